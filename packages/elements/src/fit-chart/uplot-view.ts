/**
 * Owns the uPlot instance of one chart and the traps that come with it: uPlot never resizes itself
 * (a ResizeObserver calls setSize, a frame later), caches its bounding box (syncRect after the
 * element's own layout changes), must be destroyed, and paints colours it cannot read from CSS
 * (re-read and redrawn when the colour scheme or forced colours change). A change of pixel ratio
 * is uPlot's own: it listens for it and redraws at the new density.
 */
import uPlot from 'uplot';
import { readPalette } from './read-palette.js';
import type { Palette } from './read-palette.js';

/** What the chart gives to draw: options for a palette and a size, and the data. */
export type PlotSource = (palette: Palette, width: number, height: number) => [uPlot.Options, uPlot.AlignedData];

const views = new Map<Element, UplotView>();
let observer: ResizeObserver | undefined;

export class UplotView {
  plot: uPlot | undefined;
  palette: Palette | undefined;
  private width = 0;
  private height = 0;
  private frame = 0;

  /**
   * The first plot waits for the ResizeObserver's first report, which gives the size without forcing
   * a layout per chart: a page of a hundred compact charts is laid out once. Nothing is drawn while
   * the container has no size (hidden); the observer calls back once it has one.
   */
  constructor(
    private readonly container: HTMLElement,
    private readonly probe: Element,
    private readonly source: PlotSource,
  ) {
    views.set(container, this);
    (observer ??= watch()).observe(container);
  }

  /** Reads the theme's colours from the probe (read-palette.ts). */
  colors(): void {
    this.palette = readPalette(this.probe);
  }

  /** Draws anew with the colours last read. */
  draw(): void {
    this.plot?.destroy();
    const [options, data] = this.source(this.palette as Palette, this.width, this.height);
    this.plot = new uPlot(options, data, this.container);
  }

  /** After the element's own layout moved the plot (a table shown above it, a scroll). */
  syncRect(): void {
    this.plot?.syncRect(true);
  }

  destroy(): void {
    this.plot?.destroy();
    cancelAnimationFrame(this.frame);
    observer?.unobserve(this.container);
    views.delete(this.container);
  }

  /** Records the size the observer reported; true when a first plot is now due. */
  resized({ width, height }: DOMRectReadOnly): boolean {
    this.width = Math.floor(width);
    this.height = Math.floor(height);
    if (!this.plot) return this.width > 0 && this.height > 0;
    cancelAnimationFrame(this.frame);
    // Deferred a frame: resizing inside the observer's callback can loop ("ResizeObserver loop").
    this.frame = requestAnimationFrame(() => this.width > 0 && this.height > 0 && this.plot?.setSize({ width: this.width, height: this.height }));
    return false;
  }
}

/**
 * Set up once for every chart on the page: the observer's one callback reads the colours of all the
 * charts due a first plot before drawing any, so a page of charts computes styles once, not once
 * per chart; and a change of colour scheme or forced colours redraws every chart in its new colours.
 */
function watch(): ResizeObserver {
  for (const query of ['(prefers-color-scheme: dark)', '(forced-colors: active)']) {
    matchMedia(query).addEventListener('change', () => views.forEach((v) => v.plot && (v.colors(), v.draw())));
  }
  return new ResizeObserver((entries) => {
    const due: UplotView[] = [];
    for (const { target, contentRect } of entries) {
      const view = views.get(target);
      if (view?.resized(contentRect)) due.push(view);
    }
    for (const view of due) view.colors();
    for (const view of due) view.draw();
  });
}
