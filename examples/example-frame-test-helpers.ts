// Helpers for the examples' tests: an example page opened in a frame the size of the test window,
// as a person would see it, and page points on elements inside it for real clicks.
import { sendMouse } from '@web/test-runner-commands';

export type FrameWindow = Window & typeof globalThis;

export function frameLoad(frame: HTMLIFrameElement): Promise<unknown> {
  return new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
}

/** Opens `path` in a frame and waits until the given tags are defined there. */
export async function openExample(path: string, tags: string[]): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  // The frame fits the test window, so a person would scroll within it, as the tests do.
  frame.style.cssText = `width: ${innerWidth}px; height: ${innerHeight}px; border: 0; position: fixed; top: 0; left: 0`;
  const loaded = frameLoad(frame);
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  return { frame, win, doc: frame.contentDocument! };
}

/** The test page's point at `fraction` of an element's width inside the frame, scrolled into view first. */
export function pointIn(frame: HTMLIFrameElement, element: Element, fraction = 0.5): [number, number] {
  element.scrollIntoView({ block: 'center' });
  const outer = frame.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  return [Math.round(outer.left + box.left + fraction * box.width), Math.round(outer.top + box.top + box.height / 2)];
}

export async function clickIn(frame: HTMLIFrameElement, element: Element, fraction = 0.5): Promise<void> {
  await sendMouse({ type: 'click', position: pointIn(frame, element, fraction) });
}

export function removeFrames(): void {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
}

/** A scale and a chart as the examples' tests read them: through their public properties and what is on screen. */
export type ScaleElement = HTMLElement & { values: (number | null)[] };
export type ChartElement = HTMLElement & { ratings: { instrument: string; session?: number }[] };

/** The total a scale shows, to one decimal, from its marks. */
export const totalOf = (scale: ScaleElement) => scale.values.reduce<number>((sum, v) => sum + v!, 0).toFixed(1);

/** The chart's text summary, as on screen. */
export const summaryOf = (chart: Element) => chart.shadowRoot!.querySelector('[part="summary"]')?.textContent?.trim() ?? '';
