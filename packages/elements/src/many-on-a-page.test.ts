/**
 * Many on a page: a caseload list shows dozens of scales and a compact chart per client. 50 scales
 * and 100 compact charts render and respond; 100 mount and unmount cycles leave no element and no
 * listener behind, and (where the heap can be read: Chromium, through heap-command.js) the memory
 * retained after garbage collection stops growing once warm, printed as numbers of bytes.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys } from '@web/test-runner-commands';
import './define.js';
import { loadUplot } from './fit-chart/load-uplot.js';
import type { FitChart } from './fit-chart/fit-chart.js';
import type { RatingScale } from './rating-scale/rating-scale.js';
import { EPISODE, nearViewport, ors, painted, paintedPixels, plotCanvas } from './fit-chart/chart-test-helpers.js';
import { clickLine, slider, sliders } from './rating-scale/test-helpers.js';

const CYCLES = 100;
/** The heap test mounts a caseload view at a time: this many of each of the four elements. */
const VIEW_SETS = 10;
/**
 * Cycles before the first heap reading. Chromium's JavaScript compilers keep adding optimised code
 * until the elements' code has run a few hundred times (in 10-set cycles: about 1.2 MB in the first 4
 * cycles, then 30 to 150 kB per 4 cycles up to cycle 28, then within +-20 kB); that code stays for
 * the page's life, so it is warm-up, not a leak. Past 30 cycles only per-cycle growth is left.
 */
const WARM_UP_CYCLES = 30;
/** Cycles in each measured batch: 100 of each element. */
const BATCH_CYCLES = 10;
/**
 * Per-batch growth allowed (see the test for which). Measured once warm: +22 to +57 kB per batch; in
 * shorter batches also -60 kB, and once +83 kB right after -33 kB (code freed and compiled again).
 * Measured with a leak put in on purpose: 1.9 kB kept per set, +192 kB; every scale kept (its
 * language listener never removed), +2.3 MB; every chart kept (its view never removed), +4.8 MB.
 * One kept compact chart, the smallest element (5.5 kB of heap), would add 550 kB.
 */
const HEAP_SLACK_BYTES = 128 * 1024;

afterEach(() => resetMouse());

describe('many on a page', () => {
  it('50 scales render, and each takes its own marks', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="width:480px">${Array.from({ length: 50 }, (_, i) => (i % 2 ? html`<srs-scale name=${`s${i}`}></srs-scale>` : html`<ors-scale name=${`o${i}`}></ors-scale>`))}</div>`,
    );
    const scales = [...page.querySelectorAll<RatingScale>('ors-scale, srs-scale')];
    await Promise.all(scales.map((s) => s.updateComplete));
    expect(scales).to.have.length(50);
    expect(scales.every((s) => sliders(s).length === 4)).to.equal(true);
    for (const [index, item, fraction] of [[0, 0, 0.3], [25, 2, 0.6], [49, 3, 1]] as const) await clickLine(scales[index]!, item, fraction);
    slider(scales[48]!, 1).focus();
    await sendKeys({ press: 'End' });
    const marked = scales.map((s, i) => [i, s.values.filter((v) => v !== null)]).filter(([, v]) => (v as number[]).length > 0);
    expect(marked).to.deep.equal([[0, [3]], [25, [6]], [48, [10]], [49, [10]]]);
    scrollTo(0, 0);
  });

  it('100 compact charts render, the ones near the viewport paint, all are named, and they follow new ratings', async () => {
    const page = await fixture<HTMLElement>(html`<ul style="width:200px">${Array.from({ length: 100 }, () => html`<li><fit-chart compact .ratings=${EPISODE}></fit-chart></li>`)}</ul>`);
    const charts = [...page.querySelectorAll<FitChart>('fit-chart')];
    await Promise.all(charts.map(painted));
    const summary = charts[0]!.summary;
    expect(summary).to.contain('Intake 17.3');
    expect(charts.every((c) => c.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label') === summary)).to.equal(true);
    const near = charts.filter(nearViewport);
    expect(near.length).to.be.within(1, 99);
    expect(near.every((c) => plotCanvas(c) !== null)).to.equal(true);
    const last = charts[99]!;
    last.scrollIntoView();
    await painted(last);
    expect(paintedPixels(plotCanvas(last)!)).to.be.above(0);
    last.ratings = [ors(1, [1, 1, 1, 1]), ors(2, [2, 2, 2, 2])];
    await painted(last);
    expect(last.summary).to.contain('Intake 4.0').and.not.equal(summary);
    expect(charts[98]!.summary).to.equal(summary);
    scrollTo(0, 0);
  });
});

/** Listeners added to window and document and not yet removed, while `watch` is on. */
function watchGlobalListeners() {
  const live = new Set<string>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const id = (listener: unknown) => {
    if (!listener || (typeof listener !== 'object' && typeof listener !== 'function')) return 0;
    if (!ids.has(listener)) ids.set(listener, ++next);
    return ids.get(listener);
  };
  const key = (target: string, type: string, listener: unknown, options: unknown) =>
    `${target} ${type} ${id(listener)} ${typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture)}`;
  const restore: (() => void)[] = [];
  for (const [name, target] of [['window', window], ['document', document]] as const) {
    const { addEventListener: add, removeEventListener: remove } = target;
    target.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      live.add(key(name, type, listener, options));
      return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
    } as typeof target.addEventListener;
    target.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      live.delete(key(name, type, listener, options));
      return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
    } as typeof target.removeEventListener;
    restore.push(() => Object.assign(target, { addEventListener: add, removeEventListener: remove }));
  }
  return { live, stop: () => restore.forEach((r) => r()) };
}

/** Mounts `sets` times two scales and two charts as a host's view would, uses them, and unmounts them. */
async function mountAndUnmount(host: HTMLElement, cycle: number, sets = 1): Promise<void> {
  host.innerHTML = '<ors-scale name="o" show-values></ors-scale><srs-scale name="s"></srs-scale><fit-chart></fit-chart><fit-chart compact></fit-chart>'.repeat(sets);
  const scales = [...host.querySelectorAll<RatingScale>('ors-scale, srs-scale')];
  const charts = [...host.querySelectorAll<FitChart>('fit-chart')];
  scales.forEach((scale, i) => (scale.values = i % 2 ? [9, 9, 9, (cycle % 10) / 10] : [cycle % 11, 5, 5, 5]));
  for (const chart of charts) chart.ratings = EPISODE;
  await Promise.all([...scales.map((s) => s.updateComplete), ...charts.map(painted)]);
  host.replaceChildren();
  await nextFrame();
}

describe('mount and unmount', () => {
  it(`${CYCLES} cycles leave no element and no window or document listener behind`, async function () {
    // About 5 s alone; a loaded machine can double that, and WebKit beside two other engines on two
    // cores (as npm test runs them) has taken more than 30 s. The test is about what is left behind, not speed.
    this.timeout(90_000);
    const host = await fixture<HTMLElement>(html`<div style="width:600px"></div>`);
    // uPlot's module adds its window listeners once, as it loads (with the first full chart of a page):
    // loaded before the watch, so the watch sees only what the cycles leave.
    await loadUplot();
    const watch = watchGlobalListeners();
    try {
      for (let cycle = 0; cycle < CYCLES; cycle++) await mountAndUnmount(host, cycle);
    } finally {
      watch.stop();
    }
    expect(document.querySelectorAll('ors-scale, srs-scale, fit-chart')).to.have.length(0);
    expect([...watch.live]).to.deep.equal([]);
  });

  it('cycles leave no growth per cycle in the heap retained after garbage collection', async function () {
    // About 7 s alone; a loaded machine can double that, and more beside two other engines.
    this.timeout(90_000);
    const heap = async () => (await executeServerCommand<{ usedBytes: number | null }, undefined>('heap-usage')).usedBytes;
    if ((await heap()) === null) {
      console.log('heap growth: not measured, this engine gives no access to its heap (the element and listener counts above still ran)');
      this.skip();
    }
    const host = await fixture<HTMLElement>(html`<div style="width:600px"></div>`);
    let cycle = 0;
    const batch = async (cycles: number) => {
      for (const end = cycle + cycles; cycle < end; cycle++) await mountAndUnmount(host, cycle, VIEW_SETS);
      return (await heap()) as number;
    };
    const start = await batch(WARM_UP_CYCLES);
    const middle = await batch(BATCH_CYCLES);
    const end = await batch(BATCH_CYCLES);
    const [first, second] = [middle - start, end - middle];
    console.log(`heap growth per batch of ${BATCH_CYCLES} cycles of ${VIEW_SETS} sets, after ${WARM_UP_CYCLES} cycles: first ${first} bytes, second ${second} bytes (${start}, ${middle}, ${end})`);
    // A leak grows both batches alike, so the second batch and the mean of both each show it. The
    // smaller of the two is checked: a one-off in one batch (code compiled late; or freed in the first
    // batch and compiled again in the second) counts only once.
    expect(Math.min(second, (first + second) / 2)).to.be.below(HEAP_SLACK_BYTES);
  });
});
