/**
 * Shared by the wrappers' browser tests: a React root in a fixture that renders synchronously, and
 * a person's clicks and key presses on a scale's lines and button.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ReactNode } from 'react';
import { sendKeys, sendMouse } from '@web/test-runner-commands';

export interface Mounted {
  container: HTMLElement;
  /** Renders (or re-renders) into the fixture and returns once React has committed. */
  render(node: ReactNode): void;
  unmount(): void;
}

export function mount(): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  return {
    container,
    render: (node) => flushSync(() => root.render(node)),
    unmount: () => {
      flushSync(() => root.unmount());
      container.remove();
    },
  };
}

export function sliders(scale: Element): HTMLElement[] {
  return [...scale.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]')];
}

/** Each line's value as a screen reader is told it: null for an unmarked line, whose value text says so. */
export function shownValues(scale: Element): (string | null)[] {
  return sliders(scale).map((s) => (s.getAttribute('aria-valuetext') === 'not marked' ? null : s.getAttribute('aria-valuenow')));
}

/** The page point at the middle of an element inside a shadow root, scrolled into view first. */
function centre(element: Element, fraction = 0.5): [number, number] {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  // Whole pixels, kept inside the box so a click at the end of a line stays on it.
  return [Math.round(Math.min(box.left + fraction * box.width, box.right - 1)), Math.round(box.top + box.height / 2)];
}

export async function clickAt(element: Element, fraction = 0.5): Promise<void> {
  await sendMouse({ type: 'click', position: centre(element, fraction) });
}

/** Clicks line `index` of a scale at `fraction` of its length. */
export async function clickLine(scale: Element, index: number, fraction: number): Promise<void> {
  await clickAt(sliders(scale)[index]!.querySelector('[part="line"]')!, fraction);
}

/** Focuses line `index` and presses the keys, one after the other. */
export async function pressOn(scale: Element, index: number, ...keys: string[]): Promise<void> {
  sliders(scale)[index]!.focus();
  for (const key of keys) await sendKeys({ press: key });
}

export function submitButton(scale: Element): HTMLButtonElement {
  return scale.shadowRoot!.querySelector<HTMLButtonElement>('button[part="submit"]')!;
}
