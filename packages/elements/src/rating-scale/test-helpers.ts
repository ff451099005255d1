/**
 * Helpers shared by the `<ors-scale>` and `<srs-scale>` browser tests: where a line is on the page,
 * real clicks and drags at a fraction of it, and what the scale announces.
 */
import { sendMouse } from '@web/test-runner-commands';
import type { InstrumentId } from '@fitline/core';
import { INSTRUMENTS } from '@fitline/core';
import type { ContentPack } from '@fitline/core/content';
import type { RatingScale } from './rating-scale.js';

export function sliders(el: RatingScale): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]')];
}

/** Each line's value as a screen reader is told it: null for an unmarked line, whose value text says so. */
export function shownValues(el: RatingScale): (string | null)[] {
  return sliders(el).map((s) => (s.getAttribute('aria-valuetext') === 'not marked' ? null : s.getAttribute('aria-valuenow')));
}

export function slider(el: RatingScale, index: number): HTMLElement {
  const found = sliders(el)[index];
  if (!found) throw new Error(`no slider ${index}`);
  return found;
}

export function line(el: RatingScale, index: number): HTMLElement {
  return slider(el, index).querySelector<HTMLElement>('[part="line"]')!;
}

/** The page point at `fraction` of line `index` from its start (its right end on a right-to-left page). */
export function pointOnLine(el: RatingScale, index: number, fraction: number, rtl = false): [number, number] {
  const box = line(el, index).getBoundingClientRect();
  const x = rtl ? box.right - fraction * box.width : box.left + fraction * box.width;
  // sendMouse takes whole pixels; the lines in the tests are wide enough that rounding stays within 0.05.
  return [Math.round(Math.min(Math.max(x, box.left), box.right - 0.5)), Math.round(box.top + box.height / 2)];
}

/**
 * Scrolls the page, as a person would, until the point at `fraction` of line `index` is inside the
 * window: a line can be wider than the test browser's window, whose size not every engine's driver
 * can change.
 */
export function scrollToLine(el: RatingScale, index: number, fraction: number, rtl = false): void {
  const [x, y] = pointOnLine(el, index, fraction, rtl);
  // The window's inside, without its scroll bars.
  const { clientWidth: width, clientHeight: height } = document.documentElement;
  const off = (at: number, size: number) => (at >= 0 && at < size - 1 ? 0 : Math.round(at - size / 2));
  if (off(x, width) || off(y, height)) scrollBy(off(x, width), off(y, height));
}

export async function clickLine(el: RatingScale, index: number, fraction: number, rtl = false): Promise<void> {
  scrollToLine(el, index, fraction, rtl);
  await sendMouse({ type: 'click', position: pointOnLine(el, index, fraction, rtl) });
}

export async function dragLine(el: RatingScale, index: number, from: number, to: number, steps = 4): Promise<void> {
  await sendMouse({ type: 'move', position: pointOnLine(el, index, from) });
  await sendMouse({ type: 'down' });
  for (let s = 1; s <= steps; s++) await sendMouse({ type: 'move', position: pointOnLine(el, index, from + ((to - from) * s) / steps) });
  await sendMouse({ type: 'up' });
}

/** Counts the events a scale fires. */
export function record(el: EventTarget, ...types: string[]): Record<string, Event[]> {
  const seen: Record<string, Event[]> = {};
  for (const type of types) {
    seen[type] = [];
    el.addEventListener(type, (e) => seen[type]!.push(e));
  }
  return seen;
}

/** Visible text of the scale's shadow root, whitespace collapsed. */
export function shownText(el: RatingScale): string {
  return (el.shadowRoot!.querySelector('[part="base"]') as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
}

/** A complete test pack for `instrument`, with text that looks like markup to prove it stays text. */
export function testPack(instrument: InstrumentId, lang = 'en'): ContentPack {
  return {
    instrument,
    lang,
    title: `Test ${instrument} <b>title</b>`,
    instructions: 'Test instructions <img src=x onerror="window.__injected = true">',
    items: INSTRUMENTS[instrument].itemIds.map((id) => ({ id, label: `Label ${id}`, low: `low ${id}`, high: `high ${id}` })),
    rights: '© Test rights holder',
  };
}

export function catchError(fn: () => unknown): Error & { code?: string; field?: string } {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

/** The innermost element at a page point, looking inside open shadow roots as the browser's hit test does. */
function elementAt(x: number, y: number): Element {
  let found = document.elementFromPoint(x, y);
  while (found?.shadowRoot) {
    const inner = found.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === found) break;
    found = inner;
  }
  if (!found) throw new Error(`nothing at ${x}, ${y}`);
  return found;
}

/**
 * A finger on the screen, as pointer events with pointerType 'touch' (the test runner drives only a
 * mouse). The first point goes down on what is there; later points go to that same element, as they
 * would once the scale has captured the pointer. Each step is [type, x, y].
 */
export function touchGesture(steps: ['pointerdown' | 'pointermove' | 'pointerup' | 'pointercancel', number, number][], pointerId = 7): void {
  let target: Element | undefined;
  for (const [type, x, y] of steps) {
    target ??= elementAt(x, y);
    const down = type === 'pointerdown' || type === 'pointermove';
    target.dispatchEvent(
      new PointerEvent(type, { pointerId, pointerType: 'touch', isPrimary: true, clientX: x, clientY: y, button: type === 'pointermove' ? -1 : 0, buttons: down ? 1 : 0, bubbles: true, composed: true, cancelable: type !== 'pointercancel' }),
    );
  }
}
