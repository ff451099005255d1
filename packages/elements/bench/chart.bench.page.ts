/**
 * The page side of the chart benchmark (chart.bench.ts bundles it and loads it in Chromium): times
 * `<fit-chart>`, bare uPlot, and bare uPlot inside a minimal lit element, given the same data, from
 * creation until the plot is painted.
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
 * Times `create` from the start of a frame until that frame is rendered: style, layout, the
 * ResizeObserver callbacks and the microtasks they queue (lit's render, uPlot's commit), paint. The
 * end is posted as a message from inside the frame, so it runs once the frame is rendered, with no
 * timer clamping. Starting in a requestAnimationFrame callback keeps out the wait for the next frame:
 * 0 to 16.7 ms at random and alike for both contenders, it only added noise and pulled every ratio
 * toward 1. Garbage left by the previous sample is collected first, so neither pays for the other's.
 */
function timeOneFrame<T>(create: () => T): Promise<[number, T]> {
  (globalThis as { gc?: () => void }).gc?.();
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const t0 = performance.now();
      const made = create();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve([performance.now() - t0, made]);
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
  const [t, el] = await timeOneFrame(() => {
    const chart = document.createElement('fit-chart');
    chart.ratings = ratings;
    root.append(chart);
    return chart;
  });
  // What a host gets in that frame: the plot painted, the summary and the legend in place.
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
  const [t] = await timeOneFrame(() => root.append(plotHost(inElement, bareOptions(root.clientWidth, 320, false), data)));
  assertPainted(inElement ? (root.querySelector('uplot-in-element')?.shadowRoot as ShadowRoot) : root, inElement ? 'uPlot in an element' : 'uPlot');
  destroyPlainPlots();
  root.replaceChildren();
  return t;
}

export const uplotFull = (ratings: Rating[]) => uplotFullIn(false, ratings);
export const uplotInElementFull = (ratings: Rating[]) => uplotFullIn(true, ratings);

export async function fitChartCompactPage(episodes: { ratings: Rating[]; age?: number }[]): Promise<number> {
  root.replaceChildren();
  const [t, charts] = await timeOneFrame(() =>
    episodes.map((episode) => {
      const el = document.createElement('fit-chart');
      el.compact = true;
      el.ratings = episode.ratings;
      el.age = episode.age;
      root.append(el);
      return el;
    }),
  );
  // Each compact chart painted, and named by its summary, in that frame.
  for (const el of charts) {
    const shadow = el.shadowRoot as ShadowRoot;
    assertPainted(shadow, 'a compact fit-chart');
    if (!el.summary || shadow.querySelector('[role="img"]')?.getAttribute('aria-label') !== el.summary) throw new Error('a compact fit-chart has no accessible name');
  }
  root.replaceChildren();
  return t;
}

async function uplotCompactPageIn(inElement: boolean, episodes: { ratings: Rating[] }[]): Promise<number> {
  root.replaceChildren();
  const data = episodes.map((e) => alignedData(e.ratings));
  const [t, hosts] = await timeOneFrame(() =>
    data.map((d) => {
      const host = plotHost(inElement, bareOptions(128, 32, true), d);
      host.style.cssText = 'display: inline-block; width: 128px; height: 32px';
      root.append(host);
      return host;
    }),
  );
  const painted = hosts.filter((host) => (inElement ? host.shadowRoot : host)?.querySelector('canvas')).length;
  if (painted !== episodes.length) throw new Error(`${inElement ? 'uPlot in an element' : 'uPlot'} drew ${painted} of ${episodes.length} charts`);
  destroyPlainPlots();
  root.replaceChildren();
  return t;
}

export const uplotCompactPage = (episodes: { ratings: Rating[] }[]) => uplotCompactPageIn(false, episodes);
export const uplotInElementCompactPage = (episodes: { ratings: Rating[] }[]) => uplotCompactPageIn(true, episodes);

Object.assign(window, { fitChartFull, uplotFull, uplotInElementFull, fitChartCompactPage, uplotCompactPage, uplotInElementCompactPage });
