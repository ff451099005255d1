/**
 * The page side of the chart benchmark (chart.bench.ts bundles it and loads it in Chromium): times
 * `<fit-chart>`, bare uPlot, and bare uPlot inside a minimal lit element, given the same data, from
 * creation until the plot is painted; and a caseload page of 100 compact charts until its first
 * screen of charts is painted, beside bare uPlot drawing all 100.
 */
import uPlot from 'uplot';
import { LitElement, html } from 'lit';
import type { Rating } from '@fitline/core';
import { FitChart } from '../src/fit-chart/fit-chart.js';
import { uplotStyles } from '../src/fit-chart/uplot.styles.js';
import { defineElement } from '../src/shared/define-element.js';

defineElement('fit-chart', FitChart);

/**
 * The floor for any chart element: bare uPlot's options and data, drawn by a lit element of its own in
 * its shadow root, with uPlot's styles, at a size given up front. Whatever `<fit-chart>` costs beyond
 * this is its own doing (validation, summary, legend, theme, sizing to its container).
 */
class UplotInElement extends LitElement {
  static override styles = uplotStyles;
  options!: uPlot.Options;
  data!: uPlot.AlignedData;
  plot: uPlot | undefined;
  protected override render() {
    return html`<div></div>`;
  }
  protected override firstUpdated(): void {
    this.plot = new uPlot(this.options, this.data, this.renderRoot.firstElementChild as HTMLElement);
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.plot?.destroy();
  }
}
defineElement('uplot-in-element', UplotInElement);

/**
 * Times `create` from the start of a frame until `painted(made)` holds and the frame showing it is
 * rendered: style, layout, the ResizeObserver callbacks and the microtasks they queue (lit's render,
 * uPlot's commit), the tasks the charts' work is split into, paint. A chain of short tasks, posted as
 * messages (no timer clamping), checks after each task and frame, and notes the longest the main
 * thread was busy between two of them: the longest task (or frame) meanwhile, but for the last
 * wait, for the next frame, which is mostly idle. Starting in a
 * requestAnimationFrame callback keeps out the wait for the next frame: 0 to 16.7 ms at random and
 * alike for every contender, it only added noise and pulled every ratio toward 1. Garbage left by the
 * previous sample is collected first, so no contender pays for another's.
 */
function timeUntilPainted<T>(create: () => T, painted: (made: T) => boolean = () => true): Promise<[number, T, number]> {
  (globalThis as { gc?: () => void }).gc?.();
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const t0 = performance.now();
      const made = create();
      let [last, longest, first] = [t0, 0, true];
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
        if (painted(made)) {
          // The first check runs once the first frame is rendered; a later one waits for the next frame.
          if (first) return resolve([now - t0, made, longest]);
          channel.port1.onmessage = () => resolve([performance.now() - t0, made, longest]);
          requestAnimationFrame(() => channel.port2.postMessage(null));
          return;
        }
        first = false;
        channel.port2.postMessage(null);
      };
      channel.port2.postMessage(null);
    }),
  );
}

/** Throws unless `root` holds a painted uPlot canvas: a sample that drew nothing must not count. */
function assertPainted(root: ParentNode, who: string): void {
  const canvas = root.querySelector('canvas');
  if (!canvas || canvas.width === 0 || canvas.height === 0) throw new Error(`${who} drew no canvas in the first frame`);
}

/** The aligned data bare uPlot is given: the client's outcome and alliance totals by session. */
function alignedData(ratings: Rating[]): uPlot.AlignedData {
  const total = (r: Rating) => r.items.reduce((s, v) => s + Math.round(v * 10), 0) / 10;
  const client = ratings.filter((r) => (r.rater ?? 'client') === 'client');
  const xs = [...new Set(client.map((r) => r.session as number))].sort((a, b) => a - b);
  const at = new Map(xs.map((x, i) => [x, i]));
  const outcome: (number | null)[] = xs.map(() => null);
  const alliance: (number | null)[] = xs.map(() => null);
  for (const r of client) (r.instrument.endsWith('ors') ? outcome : alliance)[at.get(r.session as number)!] = total(r);
  return [xs, outcome, alliance];
}

function bareOptions(width: number, height: number, compact: boolean): uPlot.Options {
  return {
    width,
    height,
    scales: { x: { time: false }, y: { range: [0, 40] }, alliance: { range: [0, 40] } },
    axes: compact ? [{ show: false }, { show: false }] : [{}, { scale: 'y' }, { scale: 'alliance', side: 1 }],
    series: [{}, { stroke: '#0b5cad', width: 2, spanGaps: true }, { stroke: '#7a4b00', width: 2, dash: [6, 4], spanGaps: true, scale: 'alliance', show: !compact }],
    legend: { show: false },
    cursor: compact ? { show: false } : {},
  };
}

const root = document.getElementById('root') as HTMLElement;

export async function fitChartFull(ratings: Rating[]): Promise<number> {
  root.replaceChildren();
  // Its plot draws in a slice of its own (main-thread-slices.ts), after its update: timed until painted.
  const [t, el] = await timeUntilPainted(
    () => {
      const chart = document.createElement('fit-chart');
      chart.ratings = ratings;
      root.append(chart);
      return chart;
    },
    (chart) => Boolean(chart.shadowRoot?.querySelector('.plot canvas')),
  );
  // What a host gets by then: the plot painted, the summary and the legend in place.
  const shadow = el.shadowRoot as ShadowRoot;
  assertPainted(shadow, 'fit-chart');
  if (!el.summary || shadow.querySelector('[part="summary"]')?.textContent !== el.summary) throw new Error('fit-chart showed no summary');
  if (shadow.querySelectorAll('[part="legend"] li').length === 0) throw new Error('fit-chart showed no legend');
  root.replaceChildren();
  return t;
}

/** The plots drawn in plain divs, destroyed after each sample (the minimal element destroys its own). */
const plainPlots = new Map<HTMLElement, uPlot>();

function destroyPlainPlots(): void {
  for (const plot of plainPlots.values()) plot.destroy();
  plainPlots.clear();
}

/** A host for bare uPlot: a plain div drawn now, or (the floor) the minimal element, drawn once it renders. */
function plotHost(inElement: boolean, options: uPlot.Options, data: uPlot.AlignedData): HTMLElement {
  if (!inElement) {
    const host = document.createElement('div');
    plainPlots.set(host, new uPlot(options, data, host));
    return host;
  }
  const host = document.createElement('uplot-in-element') as UplotInElement;
  Object.assign(host, { options, data });
  return host;
}

async function uplotFullIn(inElement: boolean, ratings: Rating[]): Promise<number> {
  root.replaceChildren();
  const data = alignedData(ratings);
  const [t] = await timeUntilPainted(() => root.append(plotHost(inElement, bareOptions(root.clientWidth, 320, false), data)));
  assertPainted(inElement ? (root.querySelector('uplot-in-element')?.shadowRoot as ShadowRoot) : root, inElement ? 'uPlot in an element' : 'uPlot');
  destroyPlainPlots();
  root.replaceChildren();
  return t;
}

export const uplotFull = (ratings: Rating[]) => uplotFullIn(false, ratings);
export const uplotInElementFull = (ratings: Rating[]) => uplotFullIn(true, ratings);

/** What the caseload page measures: time to its first screen of charts painted, and the longest task meanwhile. */
export interface FirstScreen {
  /** From the start of the frame the rows were made in until the frame showing every chart on screen is painted. */
  time: number;
  /** The longest stretch the page's main thread was busy between two of the measuring tasks (tasks, and frames rendered). */
  longest: number;
  /** Tasks over 50 ms in that time, by Chromium's Long Tasks API. */
  longTasks: number;
}

/** Height of a caseload row: a client's line with its compact chart, as in the EHR example. */
const ROW_PX = 40;

/**
 * A caseload page of 100 rows, each with a compact chart given its ratings as the rows are made:
 * times it until the charts on the first screen are painted (the others wait until scrolled near,
 * draw-queue.ts), with the longest main-thread task meanwhile, seen from a chain of short tasks
 * that runs alongside (each notes how long it waited since the one before).
 */
export async function fitChartCaseloadFirstScreen(episodes: { ratings: Rating[]; age?: number }[]): Promise<FirstScreen> {
  root.replaceChildren();
  scrollTo(0, 0);
  let longTasks = 0;
  const long = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
  long.observe({ type: 'longtask' });
  const [time, , longest] = await timeUntilPainted(
    () =>
      episodes.map((episode) => {
        const row = document.createElement('div');
        row.style.cssText = `height: ${ROW_PX}px; display: flex; align-items: center`;
        const el = document.createElement('fit-chart');
        el.compact = true;
        el.ratings = episode.ratings;
        el.age = episode.age;
        row.append(el);
        root.append(row);
        return el;
      }),
    (charts) => charts.slice(0, Math.ceil(innerHeight / ROW_PX)).every((el) => el.shadowRoot?.querySelector('.plot canvas')),
  );
  longTasks += long.takeRecords().length;
  long.disconnect();
  // The charts on the first screen named by their summary (the others are updated in later slices).
  const firstScreen = [...root.querySelectorAll('fit-chart')].slice(0, Math.ceil(innerHeight / ROW_PX));
  const named = firstScreen.filter((el) => el.summary && el.shadowRoot?.querySelector('[role="img"]')?.getAttribute('aria-label') === el.summary);
  if (named.length !== firstScreen.length) throw new Error(`${named.length} of ${firstScreen.length} compact charts on screen are named by their summary`);
  root.replaceChildren();
  return { time, longest, longTasks };
}

/** Bare uPlot drawing all 100 compact charts of the same rows, in plain divs, timed until that frame is painted. */
export async function uplotCompactPage(episodes: { ratings: Rating[] }[]): Promise<number> {
  root.replaceChildren();
  scrollTo(0, 0);
  const data = episodes.map((e) => alignedData(e.ratings));
  const [t, hosts] = await timeUntilPainted(() =>
    data.map((d) => {
      const row = document.createElement('div');
      row.style.cssText = `height: ${ROW_PX}px; display: flex; align-items: center`;
      const host = plotHost(false, bareOptions(128, 32, true), d);
      host.style.cssText = 'width: 128px; height: 32px';
      row.append(host);
      root.append(row);
      return host;
    }),
  );
  const painted = hosts.filter((host) => host.querySelector('canvas')).length;
  if (painted !== episodes.length) throw new Error(`uPlot drew ${painted} of ${episodes.length} charts`);
  destroyPlainPlots();
  root.replaceChildren();
  return t;
}

Object.assign(window, { fitChartFull, uplotFull, uplotInElementFull, fitChartCaseloadFirstScreen, uplotCompactPage });
