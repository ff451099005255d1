// A caseload page of a hundred compact charts never blocks: charts off screen do not draw until
// they come near the viewport, and the charts due are drawn in short slices, so no task holds the
// main thread for long. Each chart is named by its summary from the start, drawn or not.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { generateCaseload } from '@fitline/core/sample';
import './define.js';
import type { FitChart } from './fit-chart.js';
import { plotCanvas } from './chart-test-helpers.js';

const CASELOAD = generateCaseload(11, 100);

const chartsIn = (root: Element) => [...root.querySelectorAll<FitChart>('fit-chart')];
const drawn = (charts: FitChart[]) => charts.filter((chart) => plotCanvas(chart));

/** Waits, a frame at a time, until `done()` holds or `frames` have passed. */
async function framesUntil(done: () => boolean, frames = 180): Promise<void> {
  for (let i = 0; i < frames && !done(); i++) await nextFrame();
}

/**
 * Runs `act`, then keeps a chain of tasks going, each posting the next, until `done()`; returns how
 * many of those tasks saw more charts drawn than the one before: the tasks the drawing ran in.
 */
async function tasksThatDrew(act: () => void, count: () => number, done: () => boolean): Promise<number> {
  let tasks = 0;
  let last = count();
  await new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    const start = performance.now();
    channel.port1.onmessage = () => {
      const now = count();
      if (now > last) tasks++;
      last = now;
      if (done() || performance.now() - start > 8000) resolve();
      else channel.port2.postMessage(null);
    };
    act();
    channel.port2.postMessage(null);
  });
  return tasks;
}

describe('a caseload of compact charts', () => {
  afterEach(() => scrollTo(0, 0));

  it('draws the charts near the viewport, and the others only once scrolled near', async () => {
    const list = await fixture<HTMLElement>(html`<ul style="margin: 0; padding: 0; list-style: none">
      ${CASELOAD.map((episode) => html`<li style="height: 40px; display: flex; align-items: center; gap: 1rem">${episode.id} <fit-chart compact .ratings=${episode.ratings} .age=${episode.age}></fit-chart></li>`)}
    </ul>`);
    const charts = chartsIn(list);
    const screen = () => charts.filter((chart) => chart.getBoundingClientRect().top < innerHeight);
    await framesUntil(() => drawn(screen()).length === screen().length);
    expect(drawn(screen()), 'every chart on the first screen').to.have.length(screen().length);
    await framesUntil(() => false, 10);
    // Far below the first screen (4,000 px of rows): nothing drawn there.
    const last = charts.slice(-20);
    expect(drawn(last), 'charts far below the viewport').to.have.length(0);
    // Each is named by its summary all the same.
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
    const tasks = await tasksThatDrew(
      () => charts.forEach((chart, i) => (chart.ratings = CASELOAD[i]!.ratings)),
      () => drawn(charts).length,
      () => drawn(charts).length === charts.length,
    );
    expect(drawn(charts)).to.have.length(charts.length);
    expect(tasks, 'tasks the hundred charts were drawn in').to.be.above(1);
    grid.remove();
  });
});
