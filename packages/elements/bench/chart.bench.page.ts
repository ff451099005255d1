/**
 * The page side of the chart benchmark (chart.bench.ts bundles it and loads it in Chromium): times
 * `<fit-chart>` and bare uPlot given the same data, from creation until the plot is painted.
 */
import uPlot from 'uplot';
import type { Rating } from '@fitline/core';
import { FitChart } from '../src/fit-chart/fit-chart.js';
import { defineElement } from '../src/shared/define-element.js';

defineElement('fit-chart', FitChart);

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

export async function uplotFull(ratings: Rating[]): Promise<number> {
  root.replaceChildren();
  const data = alignedData(ratings);
  const [t, plot] = await timeOneFrame(() => {
    const host = document.createElement('div');
    root.append(host);
    return new uPlot(bareOptions(root.clientWidth, 320, false), data, host);
  });
  assertPainted(root, 'uPlot');
  plot.destroy();
  root.replaceChildren();
  return t;
}

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

export async function uplotCompactPage(episodes: { ratings: Rating[] }[]): Promise<number> {
  root.replaceChildren();
  const data = episodes.map((e) => alignedData(e.ratings));
  const [t, plots] = await timeOneFrame(() =>
    data.map((d) => {
      const host = document.createElement('div');
      host.style.cssText = 'display: inline-block; width: 128px; height: 32px';
      root.append(host);
      return new uPlot(bareOptions(128, 32, true), d, host);
    }),
  );
  if (root.querySelectorAll('canvas').length !== episodes.length) throw new Error('uPlot drew fewer canvases than episodes');
  for (const p of plots) p.destroy();
  root.replaceChildren();
  return t;
}

Object.assign(window, { fitChartFull, uplotFull, fitChartCompactPage, uplotCompactPage });
