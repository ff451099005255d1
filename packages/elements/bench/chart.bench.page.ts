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
 * Resolves once what was just created is on screen: after the next frame's rendering step (layout,
 * ResizeObserver callbacks, and the microtasks they queue: lit's render, uPlot's commit), posted as a
 * message so no timer clamping adds to it. Both contenders are timed to this same point.
 */
function drawn(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
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
  const t0 = performance.now();
  const el = document.createElement('fit-chart');
  el.ratings = ratings;
  root.append(el);
  await drawn();
  const t = performance.now() - t0;
  if (!el.shadowRoot?.querySelector('canvas')) throw new Error('fit-chart drew no canvas');
  root.replaceChildren();
  return t;
}

export async function uplotFull(ratings: Rating[]): Promise<number> {
  root.replaceChildren();
  const data = alignedData(ratings);
  const t0 = performance.now();
  const host = document.createElement('div');
  root.append(host);
  const plot = new uPlot(bareOptions(root.clientWidth, 320, false), data, host);
  await drawn();
  const t = performance.now() - t0;
  plot.destroy();
  root.replaceChildren();
  return t;
}

export async function fitChartCompactPage(episodes: { ratings: Rating[]; age?: number }[]): Promise<number> {
  root.replaceChildren();
  const t0 = performance.now();
  for (const episode of episodes) {
    const el = document.createElement('fit-chart');
    el.compact = true;
    el.ratings = episode.ratings;
    el.age = episode.age;
    root.append(el);
  }
  await drawn();
  const t = performance.now() - t0;
  if (root.querySelectorAll('fit-chart').length !== episodes.length) throw new Error('missing charts');
  root.replaceChildren();
  return t;
}

export async function uplotCompactPage(episodes: { ratings: Rating[] }[]): Promise<number> {
  root.replaceChildren();
  const data = episodes.map((e) => alignedData(e.ratings));
  const t0 = performance.now();
  const plots = data.map((d) => {
    const host = document.createElement('div');
    host.style.cssText = 'display: inline-block; width: 128px; height: 32px';
    root.append(host);
    return new uPlot(bareOptions(128, 32, true), d, host);
  });
  await drawn();
  const t = performance.now() - t0;
  for (const p of plots) p.destroy();
  root.replaceChildren();
  return t;
}

Object.assign(window, { fitChartFull, uplotFull, fitChartCompactPage, uplotCompactPage });
