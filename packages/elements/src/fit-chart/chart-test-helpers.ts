/**
 * Shared by the chart's browser tests: the known ratings (episode-test-helpers.ts), a wait for the
 * plot to paint, and readers of what is on the canvas.
 */
import { nextFrame } from '@open-wc/testing';
import type { FitChart } from './fit-chart.js';

export * from './episode-test-helpers.js';

/**
 * Whether a compact chart is near enough the viewport to draw: half a screen above or below, the rule
 * draw-queue.ts states, written out here again so that the tests check it rather than follow it.
 */
export function nearViewport(el: Element): boolean {
  const { top, bottom } = el.getBoundingClientRect();
  return bottom > -innerHeight / 2 && top < innerHeight * 1.5;
}

/**
 * Waits until lit has rendered and the plot has painted: a plot draws once sized, and a full chart
 * once uPlot has loaded, which the first chart of a page waits for. A compact chart far off screen,
 * which waits to draw, only until it has rendered.
 */
export async function painted(el: FitChart): Promise<void> {
  await el.updateComplete;
  for (let frames = 0; frames < 120 && !plotCanvas(el) && el.shadowRoot!.querySelector('.plot') && (!el.compact || nearViewport(el)); frames++) await nextFrame();
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

export function plotCanvas(el: FitChart): HTMLCanvasElement | null {
  return el.shadowRoot!.querySelector('.plot canvas');
}

/** How many pixels of the plot canvas are not transparent. */
export function paintedPixels(canvas: HTMLCanvasElement): number {
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let count = 0;
  for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) count++;
  return count;
}

/** The plot area in CSS pixels relative to the canvas, as uPlot lays it out (its `.u-over` box). */
export function plotArea(el: FitChart): { left: number; top: number; width: number; height: number } {
  const over = el.shadowRoot!.querySelector<HTMLElement>('.u-over')!;
  const canvas = plotCanvas(el)!.getBoundingClientRect();
  const box = over.getBoundingClientRect();
  return { left: box.left - canvas.left, top: box.top - canvas.top, width: box.width, height: box.height };
}

/** Every text the canvas paints while `run` runs (axis titles, tick numbers, cutoff labels), each with the font it was painted in. */
export async function paintedTexts(run: () => Promise<unknown>): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, ...rest: [number, number, number?]) {
    texts.set(text, this.font);
    return fillText.call(this, text, ...rest);
  };
  try {
    await run();
  } finally {
    CanvasRenderingContext2D.prototype.fillText = fillText;
  }
  return texts;
}
