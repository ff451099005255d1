/**
 * Owns one chart's picture: a full chart's uPlot instance, or a compact chart's sparkline canvas
 * (sparkline.ts), and the traps that come with them. uPlot never resizes itself (a ResizeObserver
 * calls setSize, a frame later), caches its bounding box (syncRect after the element's own layout
 * changes), must be destroyed, and paints colours it cannot read from CSS (re-read and redrawn when
 * the colour scheme or forced colours change). A change of pixel ratio is uPlot's own: it listens
 * for it and redraws at the new density; a sparkline is repainted here. When a plot is first drawn
 * is draw-queue.ts's business: once sized, and for a compact chart once near the viewport.
 */
import type uPlot from 'uplot';
import { readPalette } from './read-palette.js';
import type { Palette } from './read-palette.js';
import { cancelDraw, drawSoon, isNearViewport, stopWatching, whenNear } from './draw-queue.js';
import type { Drawable } from './draw-queue.js';
import { loadUplot, loadedUplot } from './load-uplot.js';
import type { ChartModel } from './chart-model.js';
import { paintSparkline } from './sparkline.js';
import { openSlice } from './main-thread-slices.js';

/** What the chart gives to draw: options for a palette and a size, and the data. */
export type PlotSource = (palette: Palette, width: number, height: number) => [uPlot.Options, uPlot.AlignedData];
/** What a view draws: a full chart's uPlot options and data, or a compact chart's model for its sparkline. */
export type PlotKind = { source: PlotSource } | { sparkline: ChartModel };

const views = new Map<Element, PlotView>();
/**
 * One observer per window the charts are in: one made by the top page's window reports a chart moved
 * into an iframe late, within the iframe's own layout, which Chromium reports as a ResizeObserver loop.
 */
type Realm = Window & typeof globalThis;
const observers = new WeakMap<Realm, ResizeObserver>();
let watchingColors = false;

/** The observer of the window `el`'s document belongs to (the top page's when it has none). */
function observerOf(el: Element): ResizeObserver {
  const view = el.ownerDocument.defaultView ?? window;
  let observer = observers.get(view);
  if (!observer) observers.set(view, (observer = watch(view)));
  return observer;
}

export class PlotView implements Drawable {
  /** A full chart's uPlot, once drawn. */
  plot: uPlot | undefined;
  /** A compact chart's canvas, once drawn. */
  sparkline: HTMLCanvasElement | undefined;
  palette: Palette | undefined;
  readonly usesUplot: boolean;
  private width = 0;
  private height = 0;
  private frame = 0;
  /** Near enough the viewport to draw: always for a full chart, which is one on its page. */
  private near: boolean;
  private destroyed = false;
  private readonly observer: ResizeObserver;

  /**
   * The first plot waits for the ResizeObserver's first report, which gives the size without forcing
   * a layout per chart: a page of a hundred compact charts is laid out once. Nothing is drawn while
   * the container has no size (hidden); the observer calls back once it has one. A compact chart
   * (a sparkline) also waits until it comes near the viewport.
   */
  constructor(
    private readonly container: HTMLElement,
    private readonly probe: Element,
    private readonly kind: PlotKind,
    private readonly onFail: (error: unknown) => void,
  ) {
    views.set(container, this);
    this.observer = observerOf(container);
    this.observer.observe(container);
    this.usesUplot = 'source' in kind;
    // Compact charts come by the hundred in a caseload: each draws once near the viewport.
    this.near = this.usesUplot;
    if (!this.near) whenNear(container, () => ((this.near = true), drawSoon([this])));
  }

  get drawn(): boolean {
    return Boolean(this.plot ?? this.sparkline);
  }

  get due(): boolean {
    return !this.drawn && !this.destroyed && this.near && this.width > 0 && this.height > 0;
  }

  /** Reads the theme's colours from the probe (read-palette.ts). */
  colors(): void {
    this.palette = readPalette(this.probe);
  }

  /** Draws anew with the colours last read. */
  draw(): void {
    // Read with the others due in its slice; read now if it came due after them.
    if (!this.palette) this.colors();
    const palette = this.palette as Palette;
    if ('sparkline' in this.kind) return this.paintSparkline(this.kind.sparkline, palette);
    this.plot?.destroy();
    const [options, data] = this.kind.source(palette, this.width, this.height);
    this.plot = new (loadedUplot())(options, data, this.container);
  }

  /** The compact chart's canvas at its size and the window's pixel ratio, painted. */
  private paintSparkline(model: ChartModel, palette: Palette): void {
    const ratio = (this.container.ownerDocument.defaultView ?? window).devicePixelRatio || 1;
    const canvas = (this.sparkline ??= this.container.appendChild(this.container.ownerDocument.createElement('canvas')));
    canvas.style.cssText = `display:block;width:${this.width}px;height:${this.height}px`;
    canvas.width = Math.round(this.width * ratio);
    canvas.height = Math.round(this.height * ratio);
    paintSparkline(canvas, model, palette, ratio);
  }

  failed(error: unknown): void {
    if (!this.destroyed) this.onFail(error);
  }

  /**
   * Draws now if it can, wherever the chart is (an export of a chart off screen); resolves to the
   * plot, or undefined when the container has no size.
   */
  async drawNow(): Promise<HTMLCanvasElement | undefined> {
    if (this.usesUplot) await loadUplot();
    this.near = true;
    if (this.due) {
      this.colors();
      this.draw();
    }
    return this.plot?.ctx.canvas ?? this.sparkline;
  }

  /** After the element's own layout moved the plot (a table shown above it, a scroll). */
  syncRect(): void {
    this.plot?.syncRect(true);
  }

  destroy(): void {
    this.destroyed = true;
    this.plot?.destroy();
    this.sparkline?.remove();
    cancelAnimationFrame(this.frame);
    cancelDraw(this);
    stopWatching(this.container);
    this.observer.unobserve(this.container);
    views.delete(this.container);
  }

  /**
   * Marks a compact chart near when its container is near the viewport now, as the
   * IntersectionObserver would say a frame later: called from the ResizeObserver's callback, so the
   * charts of a page's first screen are drawn in the frame that lays them out.
   */
  nearNow(): void {
    if (this.near || !isNearViewport(this.container)) return;
    this.near = true;
    stopWatching(this.container);
  }

  /** Records the size the observer reported, and resizes a plot drawn already. */
  resized({ width, height }: DOMRectReadOnly): void {
    this.width = Math.floor(width);
    this.height = Math.floor(height);
    if (!this.drawn) return;
    cancelAnimationFrame(this.frame);
    // Deferred a frame: resizing inside the observer's callback can loop ("ResizeObserver loop").
    this.frame = requestAnimationFrame(() => {
      if (this.width === 0 || this.height === 0) return;
      if (this.plot) this.plot.setSize({ width: this.width, height: this.height });
      else this.draw();
    });
  }

  /** The pixel ratio changed (a zoom, a move to another screen): uPlot redraws itself; a sparkline is painted again. */
  repaintAtNewRatio(): void {
    if (this.sparkline) this.draw();
  }
}

/**
 * Set up once for every chart on the page (and in each iframe a chart is moved to): the observer's
 * one callback hands every chart now due to the draw queue; a change of colour scheme or forced
 * colours redraws every chart in its new colours.
 */
function watch(view: Realm): ResizeObserver {
  if (!watchingColors) {
    watchingColors = true;
    for (const query of ['(prefers-color-scheme: dark)', '(forced-colors: active)']) {
      matchMedia(query).addEventListener('change', () => views.forEach((v) => v.drawn && (v.colors(), v.draw())));
    }
  }
  watchPixelRatio(view);
  return new view.ResizeObserver((entries) => {
    // The draws of the charts this frame laid out get a slice of their own (main-thread-slices.ts).
    openSlice();
    const due: PlotView[] = [];
    for (const { target, contentRect } of entries) {
      const plotView = views.get(target);
      plotView?.resized(contentRect);
      // A hidden chart (no height) has no place on the page to be near by.
      if (contentRect.height > 0) plotView?.nearNow();
      if (plotView?.due) due.push(plotView);
    }
    drawSoon(due);
  });
}

/** Repaints the window's sparklines when its pixel ratio changes: a query for the ratio now, made again after each change. */
function watchPixelRatio(view: Realm): void {
  view
    .matchMedia(`(resolution: ${view.devicePixelRatio}dppx)`)
    .addEventListener('change', () => (views.forEach((v) => v.repaintAtNewRatio()), watchPixelRatio(view)), { once: true });
}
