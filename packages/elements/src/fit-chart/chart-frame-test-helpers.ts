/**
 * For the chart's display-mode tests: a chart on a page of its own, in a frame of the test page, and
 * two ways to turn that page dark or zoom it while it runs, both as real as the engine allows:
 * - Where the test runner owns the browser's desktop (WebKit, on its virtual display), the desktop
 *   itself turns dark or doubles its scale, as a person's system settings do; the browser follows
 *   live (packages/internal-scripts/browsers.js, systemAppearancePlugin).
 * - Elsewhere (Chromium, Firefox), the embedding page decides: the frame's preferred colour scheme
 *   follows the `color-scheme` of the iframe element, and CSS `zoom` on the iframe element zooms the
 *   frame as the browser's zoom does, changing its device pixel ratio. WebKit's frames ignore both.
 * Either way the framed page's own media queries change, which is what the chart listens to.
 */
import { executeServerCommand } from '@web/test-runner-commands';
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
  // A host page that supports dark mode, as the chart's colour scheme follows its page's.
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"></head><body><script type="module" src="${define}"></script></body></html>`;
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

interface Appearance {
  dark: boolean;
  scale: number;
}

/** What the desktop is set to now, when the runner owns it: it starts light at 1x. */
let desktop: Appearance = { dark: false, scale: 1 };

/** Sets the browser's desktop theme and scale; false when the runner does not own that desktop. */
async function setDesktop(appearance: Partial<Appearance>): Promise<boolean> {
  const next = { ...desktop, ...appearance };
  const { applied } = await executeServerCommand<{ applied: boolean }, Appearance>('system-appearance', next);
  if (applied) desktop = next;
  return applied;
}

/** Resolves once `query` matches in `win`, or after a few seconds: the test then finds out what did not change. */
async function untilMedia(win: Window, query: string): Promise<void> {
  const until = performance.now() + 5000;
  while (!win.matchMedia(query).matches && performance.now() < until) await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

/** Turns the framed page's preferred colour scheme to `scheme`, and waits until the page sees it. */
export async function setColorScheme({ frame, win }: ChartFrame, scheme: 'light' | 'dark'): Promise<void> {
  if (!(await setDesktop({ dark: scheme === 'dark' }))) frame.style.colorScheme = scheme;
  await untilMedia(win, `(prefers-color-scheme: ${scheme})`);
}

/** Zooms the framed page by `factor` from its pixel ratio now, and waits until the page sees it. */
export async function zoomBy({ frame, win }: ChartFrame, factor: number): Promise<void> {
  const ratio = win.devicePixelRatio * factor;
  if (!(await setDesktop({ scale: ratio }))) frame.style.zoom = String(Number(frame.style.zoom || 1) * factor);
  await untilMedia(win, `(resolution: ${ratio}dppx)`);
}

/** Puts the desktop back to light at 1x (for afterEach), so no later test inherits a mode. */
export async function restoreDesktop(): Promise<void> {
  if (!(desktop.dark || desktop.scale !== 1)) return;
  await setDesktop({ dark: false, scale: 1 });
  await untilMedia(window, '(prefers-color-scheme: light) and (resolution: 1dppx)');
}
