/**
 * When charts draw, so that a caseload page of a hundred charts never blocks its main thread: a
 * compact chart waits until it comes near the viewport (one IntersectionObserver for all), and the
 * charts due are drawn in slices of main-thread time (main-thread-slices.ts), so no task runs long.
 * Within a slice the colours of every chart due are read before any draws, so the page computes
 * styles once per slice, not once per chart.
 */
import { loadUplot, uplotLoaded } from './load-uplot.js';
import { nextSlice, sliceSpent } from './main-thread-slices.js';

export interface Drawable {
  /** Sized, not yet drawn, and (compact) near the viewport. */
  readonly due: boolean;
  /** Drawn with uPlot (a full chart), which must load first; a compact chart's sparkline needs none. */
  readonly usesUplot: boolean;
  /** Reads the theme's colours: a style read, done for every chart due before any draws. */
  colors(): void;
  draw(): void;
  /** uPlot could not load: the chart says so instead. */
  failed(error: unknown): void;
}

/** How far outside the viewport a compact chart starts to draw: half a screen above and below. */
const NEAR_SCREENS = 0.5;
const NEAR = `${NEAR_SCREENS * 100}% 0px`;

/**
 * Whether `container` is near the viewport now, by the IntersectionObserver's margin: for a read
 * where layout is fresh (the ResizeObserver's callback), a frame before the observer would report it.
 * A hidden container's rectangle sits at 0, 0: the caller asks only of one with a size.
 */
export function isNearViewport(container: Element): boolean {
  const { top, bottom } = container.getBoundingClientRect();
  const screen = (container.ownerDocument.defaultView ?? window).innerHeight;
  return bottom >= -screen * NEAR_SCREENS && top <= screen * (1 + NEAR_SCREENS);
}

const queue = new Set<Drawable>();
let draining = false;

/** Draws the charts given, and any waiting, as soon as uPlot is loaded and slices allow. */
export function drawSoon(views: Iterable<Drawable>): void {
  for (const view of views) queue.add(view);
  if (!draining && queue.size > 0) void drain();
}

/**
 * Whether a chart on screen waits to be drawn, with all it needs: chart updates (off-screen
 * charts' among them) give way to it, so a page's first screen is painted before the rows below it
 * are rendered. A full chart waiting for uPlot to load does not hold anything up.
 */
export function drawsWaiting(): boolean {
  for (const view of queue) if (view.due && (!view.usesUplot || uplotLoaded())) return true;
  return false;
}

export function cancelDraw(view: Drawable): void {
  queue.delete(view);
}

async function drain(): Promise<void> {
  draining = true;
  try {
    // Charts that come due in the same task (an observer reports many at once) join this draw, so
    // their colours are read together, before any draws.
    await null;
    // A page of compact charts only never downloads uPlot.
    if ([...queue].some((view) => view.usesUplot)) {
      try {
        await loadUplot();
      } catch (error) {
        for (const view of queue) if (view.usesUplot) (queue.delete(view), view.failed(error));
      }
    }
    while (queue.size > 0) {
      if (sliceSpent()) await nextSlice();
      for (const view of queue) if (view.due) view.colors();
      for (const view of queue) {
        queue.delete(view);
        if (!view.due) continue;
        view.draw();
        // uPlot paints in a microtask it queued: let it run now, so the slice's time counts it.
        await null;
        if (sliceSpent()) break;
      }
    }
  } finally {
    draining = false;
  }
}

let nearness: IntersectionObserver | undefined;
const waiting = new Map<Element, () => void>();

/** Calls `near` once `container` comes near the viewport. */
export function whenNear(container: Element, near: () => void): void {
  nearness ??= new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        if (!isIntersecting) continue;
        const callback = waiting.get(target);
        stopWatching(target);
        callback?.();
      }
    },
    { rootMargin: NEAR },
  );
  waiting.set(container, near);
  nearness.observe(container);
}

export function stopWatching(container: Element): void {
  waiting.delete(container);
  nearness?.unobserve(container);
}
