/**
 * Owns the uPlot instance of one chart and the traps that come with it: uPlot never resizes itself
 * (a ResizeObserver calls setSize, a frame later), caches its bounding box (syncRect after the
 * element's own layout changes), must be destroyed, and paints colours it cannot read from CSS
 * (re-read and redrawn when the colour scheme or forced colours change).
 */
import uPlot from 'uplot';
import type { ChartModel } from './chart-model.js';
import { chartData, chartOptions } from './chart-options.js';
import { readPalette } from './read-palette.js';
import type { Palette } from './read-palette.js';

const SCHEME_QUERIES = ['(prefers-color-scheme: dark)', '(forced-colors: active)', '(prefers-contrast: more)'];

const viewOf = new WeakMap<Element, UplotView>();
let sharedObserver: ResizeObserver | null = null;

/**
 * One observer for every chart on the page: its single callback first reads the colours of all the
 * charts that are due a first plot, then draws them, so a page of charts computes styles once
 * instead of once per chart between two DOM insertions.
 */
function observer(): ResizeObserver {
  return (sharedObserver ??= new ResizeObserver((entries) => {
    const due: UplotView[] = [];
    for (const entry of entries) {
      const view = viewOf.get(entry.target);
      if (view?.resized(entry.contentRect)) due.push(view);
    }
    for (const view of due) view.readColors();
    for (const view of due) view.create();
  }));
}

export class UplotView {
  plot: uPlot | null = null;
  palette: Palette | null = null;
  private container: HTMLElement | null = null;
  private model: ChartModel | null = null;
  private compact = false;
  private frame = 0;
  private size: { width: number; height: number } | null = null;
  private queries: MediaQueryList[] = [];

  constructor(
    private readonly root: ShadowRoot,
    private readonly onCursor: (index: number | null) => void,
  ) {}

  /**
   * Draws `model` into `container`, replacing any earlier plot. The first plot waits for the
   * ResizeObserver's first report, which gives the size without forcing a layout per chart (a page
   * of a hundred compact charts is laid out once); later ones reuse the size it reported.
   */
  mount(container: HTMLElement, model: ChartModel, compact: boolean): void {
    this.destroyPlot();
    this.model = model;
    this.compact = compact;
    if (container !== this.container) {
      if (this.container) this.unobserve();
      else {
        this.queries = SCHEME_QUERIES.map((q) => matchMedia(q));
        for (const q of this.queries) q.addEventListener('change', this.recolor);
      }
      this.container = container;
      this.size = null;
      viewOf.set(container, this);
      observer().observe(container);
    }
    this.readColors();
    this.create();
  }

  /** Moves the cursor to the session at `index`, as a pointer over it would. */
  setCursorIndex(index: number): void {
    const u = this.plot;
    const model = this.model;
    if (!u || !model) return;
    const x = model.xs[index] as number;
    const client = model.series.find((s) => s.key === 'outcome:client')?.values[index];
    const top = client == null ? u.bbox.height / uPlot.pxRatio / 2 : u.valToPos(client, 'y');
    u.setCursor({ left: u.valToPos(x, 'x'), top });
  }

  /** After the element's own layout moved the plot (a table shown above it, a scroll). */
  syncRect(): void {
    this.plot?.syncRect(true);
  }

  destroy(): void {
    this.destroyPlot();
    cancelAnimationFrame(this.frame);
    if (this.container) this.unobserve();
    for (const q of this.queries) q.removeEventListener('change', this.recolor);
    this.queries = [];
    this.container = null;
  }

  /** Reads the theme's colours, unless the plot cannot be drawn yet anyway. */
  readColors(): void {
    if (this.size && this.size.width > 0 && this.size.height > 0) this.palette = readPalette(this.root);
  }

  /** Records the size the observer reported; true when a first plot is now due. */
  resized(box: DOMRectReadOnly): boolean {
    this.size = { width: Math.floor(box.width), height: Math.floor(box.height) };
    if (!this.plot) return true;
    cancelAnimationFrame(this.frame);
    // Deferred a frame: resizing inside the observer's callback can loop ("ResizeObserver loop").
    this.frame = requestAnimationFrame(() => {
      const u = this.plot;
      const size = this.size;
      if (u && size && size.width > 0 && size.height > 0 && (size.width !== u.width || size.height !== u.height)) u.setSize(size);
    });
    return false;
  }

  private unobserve(): void {
    const c = this.container as HTMLElement;
    sharedObserver?.unobserve(c);
    viewOf.delete(c);
  }

  /** Draws the plot, when it has a size and colours. */
  create(): void {
    if (this.plot) return;
    const { container, model, size, palette } = this;
    // Nothing to draw into yet (not laid out, or hidden): the ResizeObserver calls back once it is.
    if (!container || !model || !palette || !size || size.width === 0 || size.height === 0) return;
    const options = chartOptions({
      model,
      palette,
      compact: this.compact,
      width: size.width,
      height: size.height,
      onCursor: (u) => this.onCursor(u.cursor.idx ?? null),
    });
    this.plot = new uPlot(options, chartData(model), container);
  }

  private destroyPlot(): void {
    this.plot?.destroy();
    this.plot = null;
  }

  private readonly recolor = () => {
    if (this.plot) {
      this.destroyPlot();
      this.readColors();
      this.create();
    }
  };
}
