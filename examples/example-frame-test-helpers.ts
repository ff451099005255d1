// Helpers for the examples' tests: an example page opened in a frame the size of the test window,
// as a person would see it, and page points on elements inside it for real clicks.
import { sendMouse } from '@web/test-runner-commands';

export type FrameWindow = Window & typeof globalThis;

export function frameLoad(frame: HTMLIFrameElement): Promise<unknown> {
  return new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
}

/** A frame the size of the test window, loading `path`, so a person would scroll within it, as the tests do. */
function appendExampleFrame(path: string): { frame: HTMLIFrameElement; loaded: Promise<unknown> } {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${innerWidth}px; height: ${innerHeight}px; border: 0; position: fixed; top: 0; left: 0`;
  const loaded = frameLoad(frame);
  frame.src = path;
  document.body.append(frame);
  return { frame, loaded };
}

/** Opens `path` in a frame and waits until the given tags are defined there. */
export async function openExample(path: string, tags: string[]): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  const { frame, loaded } = appendExampleFrame(path);
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

/** An example page opened with everything that went wrong in it listed, as text. */
export interface WatchedExample {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  /** Uncaught errors, rejected promises nobody handled, files that failed to load, and `console.error` calls. */
  problems: string[];
}

/**
 * Opens `path` like openExample, listening from before the page's first script runs: a frame's first
 * (blank) window is the very window a same-origin page then reuses, so listeners put on it at once see
 * the page's start. Resolves once the page has loaded and, unless something went wrong, the tags are defined.
 */
export async function openWatchedExample(path: string, tags: string[]): Promise<WatchedExample> {
  const { frame, loaded } = appendExampleFrame(path);
  const first = frame.contentWindow as FrameWindow;
  const problems: string[] = [];
  // Capturing, so a script or stylesheet that fails to load (an event that does not bubble) is seen too.
  first.addEventListener(
    'error',
    (event) => {
      const target = event.target as Partial<HTMLScriptElement & HTMLLinkElement> | null;
      if (event instanceof first.ErrorEvent) problems.push(`uncaught: ${event.message}`);
      else problems.push(`failed to load: ${target?.src || target?.href || String(target)}`);
    },
    true,
  );
  first.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${String(event.reason)}`));
  const consoleError = first.console.error;
  first.console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    consoleError.apply(first.console, args);
  };
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  // Were the window replaced, the listeners above would hear nothing: say so instead of passing.
  if (win !== first) throw new Error(`${path} did not reuse its frame's first window; its errors cannot be watched.`);
  if (problems.length > 0) throw new Error(`${path} went wrong while loading:\n${problems.join('\n')}`);
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  return { frame, win, doc: frame.contentDocument!, problems };
}

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}

/** Runs axe-core inside the frame's own document (every rule axe runs by default) and lists its violations, one line each. */
export async function axeViolations(win: FrameWindow): Promise<string[]> {
  const page = win as FrameWindow & { axe?: { run(context: Document): Promise<AxeResults> } };
  if (!page.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', () => reject(new Error('axe-core could not be loaded')), { once: true });
      win.document.head.append(script);
    });
  }
  const { violations } = await page.axe!.run(win.document);
  return violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
}
