/**
 * Many on a page: a caseload list shows dozens of scales and a compact chart per client. 50 scales
 * and 100 compact charts render and respond; 100 mount and unmount cycles leave no element and no
 * listener behind, and (where the heap can be read: Chromium, through heap-command.js) no growth
 * in the memory retained after garbage collection, printed as a number of bytes.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { FitChart } from './fit-chart/fit-chart.js';
import type { RatingScale } from './rating-scale/rating-scale.js';
import { EPISODE, ors, painted, paintedPixels, plotCanvas } from './fit-chart/chart-test-helpers.js';
import { clickLine, slider, sliders } from './rating-scale/test-helpers.js';

const CYCLES = 100;
/**
 * Retained growth allowed over 100 cycles: a quarter of one chart's canvases and data. A leak of a
 * single element, plot or listener closure per cycle is far above it; collector noise is far below.
 */
const HEAP_SLACK_BYTES = 256 * 1024;

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

  it('100 compact charts render, paint and follow new ratings', async () => {
    const page = await fixture<HTMLElement>(html`<ul style="width:200px">${Array.from({ length: 100 }, () => html`<li><fit-chart compact .ratings=${EPISODE}></fit-chart></li>`)}</ul>`);
    const charts = [...page.querySelectorAll<FitChart>('fit-chart')];
    await Promise.all(charts.map(painted));
    const summary = charts[0]!.summary;
    expect(summary).to.contain('Intake 17.3');
    expect(charts.every((c) => plotCanvas(c) !== null && c.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label') === summary)).to.equal(true);
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

/** Mounts two scales and two charts as a host's view would, uses them, and unmounts them. */
async function mountAndUnmount(host: HTMLElement, cycle: number): Promise<void> {
  host.innerHTML = '<ors-scale name="o" show-values></ors-scale><srs-scale name="s"></srs-scale><fit-chart></fit-chart><fit-chart compact></fit-chart>';
  const [orsScale, srsScale] = host.querySelectorAll<RatingScale>('ors-scale, srs-scale');
  const charts = [...host.querySelectorAll<FitChart>('fit-chart')];
  orsScale!.values = [cycle % 11, 5, 5, 5];
  srsScale!.values = [9, 9, 9, (cycle % 10) / 10];
  for (const chart of charts) chart.ratings = EPISODE;
  await Promise.all([orsScale!.updateComplete, srsScale!.updateComplete, ...charts.map(painted)]);
  host.replaceChildren();
  await nextFrame();
}

describe('mount and unmount', () => {
  it(`${CYCLES} cycles leave no element and no window or document listener behind`, async function () {
    // About 5 s alone; a loaded machine can double that.
    this.timeout(30_000);
    const host = await fixture<HTMLElement>(html`<div style="width:600px"></div>`);
    const watch = watchGlobalListeners();
    try {
      for (let cycle = 0; cycle < CYCLES; cycle++) await mountAndUnmount(host, cycle);
    } finally {
      watch.stop();
    }
    expect(document.querySelectorAll('ors-scale, srs-scale, fit-chart')).to.have.length(0);
    expect([...watch.live]).to.deep.equal([]);
  });

  it(`${CYCLES} cycles leave no growth in the heap retained after garbage collection`, async function () {
    this.timeout(30_000);
    const host = await fixture<HTMLElement>(html`<div style="width:600px"></div>`);
    const heap = () => executeServerCommand<{ usedBytes: number | null }, undefined>('heap-usage');
    // The first cycles fill caches that stay for the page's life (styles, templates, fonts): not growth.
    for (let cycle = 0; cycle < 10; cycle++) await mountAndUnmount(host, cycle);
    const before = (await heap()).usedBytes;
    if (before === null) {
      console.log('heap growth: not measured, this engine gives no access to its heap (the element and listener counts above still ran)');
      this.skip();
    }
    for (let cycle = 0; cycle < CYCLES; cycle++) await mountAndUnmount(host, cycle);
    const after = (await heap()).usedBytes as number;
    const growth = after - before;
    console.log(`heap growth after ${CYCLES} mount and unmount cycles: ${growth} bytes (${before} before, ${after} after)`);
    expect(growth).to.be.below(HEAP_SLACK_BYTES);
  });
});
