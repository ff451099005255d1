// A caseload page of a hundred compact charts never blocks: charts off screen do not draw until
// they come near the viewport, and the charts due are drawn in short slices, so no task holds the
// main thread for long. Each chart is named by its summary from the start, drawn or not.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { ILLUSTRATIVE_TRAJECTORY } from '@fitline/core';
import { generateCaseload } from '@fitline/core/sample';
import './define.js';
import { FitChart } from './fit-chart.js';
import { PlotView } from './plot-view.js';
import { plotCanvas } from './chart-test-helpers.js';

const CASELOAD = generateCaseload(11, 100);
/** Where a task is long (the Long Tasks API's threshold, RAIL's budget for answering input). */
const LONG_TASK_MS = 50;

const chartsIn = (root: Element) => [...root.querySelectorAll<FitChart>('fit-chart')];
const drawn = (charts: FitChart[]) => charts.filter((chart) => plotCanvas(chart));

/** Waits, a frame at a time, until `done()` holds or `frames` have passed. */
async function framesUntil(done: () => boolean, frames = 180): Promise<void> {
  for (let i = 0; i < frames && !done(); i++) await nextFrame();
}

/**
 * Times every unit of chart work from here on: a chart's update (lit's, with its model and template)
 * and a plot's draw with its paint (uPlot paints in a microtask it queues as it draws, so the end is
 * a microtask queued after it). `taskNow` says which task a unit runs in.
 */
function timeChartWork(taskNow: () => number) {
  const units: { task: number; start: number; end: number }[] = [];
  const chart = FitChart.prototype as unknown as { performUpdate(): void };
  const view = PlotView.prototype;
  const [update, draw] = [chart.performUpdate, view.draw];
  chart.performUpdate = function (this: FitChart) {
    const start = performance.now();
    try {
      return update.call(this);
    } finally {
      units.push({ task: taskNow(), start, end: performance.now() });
    }
  };
  view.draw = function (this: PlotView) {
    const start = performance.now();
    draw.call(this);
    const task = taskNow();
    queueMicrotask(() => units.push({ task, start, end: performance.now() }));
  };
  return {
    stop: () => Object.assign(chart, { performUpdate: update }) && Object.assign(view, { draw }),
    /**
     * The chart work between each two of the test's tasks, in ms: the sum of its units' times, so no
     * frame rendered between the units counts. One task's chart work is at most that sum.
     */
    byTask: () => {
      const sums = new Map<number, number>();
      for (const u of units) sums.set(u.task, (sums.get(u.task) ?? 0) + u.end - u.start);
      return [...sums.values()].map(Math.round);
    },
  };
}

/**
 * Makes every plot's draw take at least `ms` more, as a slower device or a larger chart would: a
 * compact chart's sparkline is so quick that a fast engine draws a hundred within one slice, and
 * the tests below must see the slicing at work, not only its absence of need.
 */
function slowDraws(ms: number): () => void {
  const view = PlotView.prototype;
  const draw = view.draw;
  view.draw = function (this: PlotView) {
    const until = performance.now() + ms;
    while (performance.now() < until);
    draw.call(this);
  };
  return () => Object.assign(view, { draw });
}

/**
 * The plots drawn from here on, each once: a chart with no ratings yet may have drawn its empty plot
 * already, so whether a chart has a canvas says nothing of what was drawn since.
 */
function watchDraws(): { seen: Set<PlotView>; stop: () => void } {
  const view = PlotView.prototype;
  const draw = view.draw;
  const seen = new Set<PlotView>();
  view.draw = function (this: PlotView) {
    draw.call(this);
    seen.add(this);
  };
  return { seen, stop: () => Object.assign(view, { draw }) };
}

/** One task of a chain kept going while charts draw: how long since the one before, and whether charts were drawn since. */
interface Beat {
  gap: number;
  drew: boolean;
}

/**
 * Runs `act`, then keeps a chain of tasks going, each posting the next, until `done()` (at most 20
 * seconds). Each task records how long it waited since the one before (the main thread's work in
 * between: any other task and any frame rendered) and whether more charts were drawn meanwhile.
 * `step` runs in each task, to act as the page goes (a scroll).
 */
async function beatsWhile(act: () => void, count: () => number, done: () => boolean, step: (now: number) => void = () => {}): Promise<Beat[]> {
  const beats: Beat[] = [];
  let last = count();
  await new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    const start = performance.now();
    let before = start;
    channel.port1.onmessage = () => {
      const now = performance.now();
      const drawn = count();
      beats.push({ gap: now - before, drew: drawn > last });
      last = drawn;
      before = now;
      if (done() || now - start > 20000) return resolve();
      step(now - start);
      before = performance.now();
      channel.port2.postMessage(null);
    };
    act();
    channel.port2.postMessage(null);
  });
  return beats;
}

/** The tasks the drawing ran in, from `beatsWhile`. */
const tasksThatDrew = (beats: Beat[]) => beats.filter((beat) => beat.drew).length;

/** Rows of a caseload page, 40 px each, with a compact chart in each (its ratings given later, if `given` is false). */
const caseloadRows = (given = true) => html`<ul style="margin: 0; padding: 0; list-style: none">
  ${CASELOAD.map((episode) => html`<li style="height: 40px; display: flex; align-items: center; gap: 1rem">${episode.id} <fit-chart compact .ratings=${given ? episode.ratings : undefined} .age=${episode.age}></fit-chart></li>`)}
</ul>`;

describe('a caseload of compact charts', () => {
  afterEach(() => scrollTo(0, 0));

  it('draws the charts near the viewport, and the others only once scrolled near', async () => {
    const list = await fixture<HTMLElement>(caseloadRows());
    const charts = chartsIn(list);
    const screen = () => charts.filter((chart) => chart.getBoundingClientRect().top < innerHeight);
    await framesUntil(() => drawn(screen()).length === screen().length);
    expect(drawn(screen()), 'every chart on the first screen').to.have.length(screen().length);
    await framesUntil(() => false, 10);
    // Far below the first screen (4,000 px of rows): nothing drawn there.
    const last = charts.slice(-20);
    expect(drawn(last), 'charts far below the viewport').to.have.length(0);
    // Each is named by its summary all the same, once its update's slice has come (a loaded machine
    // can take more than the ten frames above to update a hundred charts).
    await Promise.all(last.map((chart) => chart.updateComplete));
    expect(last.every((chart) => chart.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label') === chart.summary && chart.summary)).to.equal(true);
    await expect(last[19]!).to.be.accessible();

    last[19]!.scrollIntoView();
    await framesUntil(() => plotCanvas(last[19]!) !== null);
    expect(plotCanvas(last[19]!), 'the last chart, scrolled into view').to.exist;
    list.remove();
  });

  it('draws a screen full of charts in slices, over several tasks, not in one', async () => {
    // A hundred compact charts, all on the first screen, given their ratings in one task.
    const grid = await fixture<HTMLElement>(html`<div style="display: flex; flex-wrap: wrap; gap: 2px; width: 100%">${CASELOAD.map(() => html`<fit-chart compact style="width: 60px; height: 24px"></fit-chart>`)}</div>`);
    const charts = chartsIn(grid);
    await Promise.all(charts.map((chart) => chart.updateComplete));
    await framesUntil(() => false, 5);
    expect(charts.every((chart) => chart.getBoundingClientRect().bottom <= innerHeight), 'all on screen').to.equal(true);
    // A millisecond a draw: a hundred draws need more than one 8 ms slice.
    const restore = slowDraws(1);
    const draws = watchDraws();
    const beats = await beatsWhile(
      () => charts.forEach((chart, i) => (chart.ratings = CASELOAD[i]!.ratings)),
      () => draws.seen.size,
      () => draws.seen.size >= charts.length,
    ).finally(() => (draws.stop(), restore()));
    const tasks = tasksThatDrew(beats);
    expect(drawn(charts)).to.have.length(charts.length);
    expect(tasks, 'tasks the hundred charts were drawn in').to.be.above(1);
    grid.remove();
  });

  it('loads and scrolls a page of a hundred rows with no long task of chart work', async () => {
    // The page loads: a hundred rows whose charts get their ratings in one task, as a host's script gives them.
    const list = await fixture<HTMLElement>(caseloadRows(false));
    const charts = chartsIn(list);
    await Promise.all(charts.map((chart) => chart.updateComplete));
    // Every unit of chart work (a chart's update, a plot drawn and painted), timed, with the task it ran in.
    let task = 0;
    // A millisecond a draw, as a slower device: with the updates, more work than ten slices hold.
    const restore = slowDraws(1);
    const work = timeChartWork(() => task);
    // Then the list is scrolled to its end a screen at a time, each once its charts are drawn and it
    // has been on screen 100 ms, as a person reads down the list.
    let shownAt = 0;
    const onScreen = () =>
      charts.filter((chart) => {
        const { top, bottom } = chart.getBoundingClientRect();
        return bottom > 0 && top < innerHeight;
      });
    const nextScreen = (ms: number) => {
      if (ms - shownAt < 100 || drawn(onScreen()).length < onScreen().length) return;
      scrollBy(0, innerHeight);
      shownAt = ms;
    };
    const beats = await beatsWhile(
      () => charts.forEach((chart, i) => Object.assign(chart, { trajectory: ILLUSTRATIVE_TRAJECTORY, ratings: CASELOAD[i]!.ratings })),
      () => (task++, drawn(charts).length),
      () => drawn(charts).length === charts.length,
      nextScreen,
    );
    work.stop();
    restore();
    expect(drawn(charts), 'every chart drawn once scrolled to').to.have.length(charts.length);
    const lengths = work.byTask();
    const long = lengths.filter((ms) => ms > LONG_TASK_MS);
    expect(beats.length, 'the test\'s own tasks ran between the chart work').to.be.above(lengths.length);
    // Split over many tasks (all the charts' updates and the first screen's plots in one task, as
    // without slices, leaves fewer than ten: checked).
    expect(lengths.length, `chart work between the test's tasks: ${lengths.join(', ')} ms`).to.be.at.least(10);
    // Each under 50 ms. The odd one can run long when the machine takes the thread away mid-slice
    // (other processes on a loaded test machine): at most one in ten may.
    expect(long.length, `chart work between the test's tasks: ${lengths.join(', ')} ms`).to.be.at.most(Math.floor(lengths.length / 10));
    list.remove();
  });
});
