/**
 * For the chart's display-mode tests: a chart on a page of its own, in a frame of the test page. The
 * page that embeds a frame decides two things a person's browser decides for a top-level page: the
 * frame's preferred colour scheme follows the `color-scheme` of the iframe element, and CSS `zoom` on
 * the iframe element zooms the frame as the browser's zoom does, changing its device pixel ratio. So
 * a test can turn the page dark or zoom it in every engine whose frames do this, without the test
 * runner's media and viewport emulation (a Chromium protocol, absent from Firefox and WebKit).
 */
import type { Rating } from '@fitline/core';
import type { FitChart } from './fit-chart.js';
import { painted } from './chart-test-helpers.js';

export interface ChartFrame {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  el: FitChart;
}

/** A frame whose page registers `<fit-chart>` and shows one, `width` CSS pixels wide, with `ratings`. */
export async function chartInFrame(ratings: Rating[], width = 640): Promise<ChartFrame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width + 40}px; height: 700px; border: 0; color-scheme: light; zoom: 1`;
  // The chart's own modules, loaded by the framed page, so they watch that page's media, not the test page's.
  const define = new URL('./define.ts', import.meta.url).href;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><script type="module" src="${define}"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('fit-chart');
  const el = win.document.createElement('fit-chart') as FitChart;
  el.style.width = `${width}px`;
  el.ratings = ratings;
  win.document.body.append(el);
  await painted(el);
  return { frame, win, el };
}
