/**
 * How each series is told apart without colour: a dash pattern and a marker shape per series, shared
 * by the canvas drawing and the legend so the two always agree.
 */
import type { InstrumentKind, Rater } from '@fitline/core';

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star';

/** A colour role, resolved from the theme's custom properties when the chart draws. */
export type ColorRole = 'mark' | 'alliance' | 'collateral' | 'alert' | 'muted' | 'text' | 'surface' | 'band';

export interface SeriesLook {
  dash: number[];
  shape: MarkerShape;
  color: ColorRole;
  /** Filled markers for the client's own ratings, hollow for collateral raters. */
  filled: boolean;
}

const RATER_SHAPES: Record<Exclude<Rater, 'client'>, { shape: MarkerShape; dash: number[] }> = {
  caretaker: { shape: 'triangle', dash: [2, 3] },
  teacher: { shape: 'diamond', dash: [8, 3, 2, 3] },
  partner: { shape: 'cross', dash: [1, 4] },
  other: { shape: 'star', dash: [10, 5] },
};

export function seriesLook(kind: InstrumentKind, rater: Rater): SeriesLook {
  if (rater === 'client') {
    return kind === 'outcome'
      ? { dash: [], shape: 'circle', color: 'mark', filled: true }
      : { dash: [6, 4], shape: 'square', color: 'alliance', filled: true };
  }
  const { shape, dash } = RATER_SHAPES[rater];
  return { dash, shape, color: kind === 'outcome' ? 'collateral' : 'alliance', filled: false };
}

/** Traces a marker of radius `r` centred on (x, y) into the current canvas path. */
export function traceMarker(ctx: CanvasRenderingContext2D, shape: MarkerShape, x: number, y: number, r: number): void {
  switch (shape) {
    case 'circle':
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      break;
    case 'square':
      ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
    default:
      polygon(ctx, shapePoints(shape, x, y, r));
  }
}

function polygon(ctx: CanvasRenderingContext2D, points: [number, number][]): void {
  points.forEach(([px, py], i) => (i === 0 ? ctx.moveTo(px, py) : ctx.lineTo(px, py)));
  ctx.closePath();
}

/** The corners of the polygonal shapes, used by the canvas and by the legend's SVG alike. */
export function shapePoints(shape: MarkerShape, x: number, y: number, r: number): [number, number][] {
  switch (shape) {
    case 'triangle':
      return [[x, y - r * 1.1], [x + r, y + r * 0.75], [x - r, y + r * 0.75]];
    case 'diamond':
      return [[x, y - r * 1.2], [x + r, y], [x, y + r * 1.2], [x - r, y]];
    case 'cross': {
      const a = r * 0.35;
      return [
        [x - a, y - r], [x + a, y - r], [x + a, y - a], [x + r, y - a], [x + r, y + a], [x + a, y + a],
        [x + a, y + r], [x - a, y + r], [x - a, y + a], [x - r, y + a], [x - r, y - a], [x - a, y - a],
      ];
    }
    case 'star':
      return Array.from({ length: 10 }, (_, i) => {
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        const radius = i % 2 === 0 ? r * 1.2 : r * 0.5;
        return [x + radius * Math.cos(angle), y + radius * Math.sin(angle)] as [number, number];
      });
    case 'square':
      return [[x - r * 0.85, y - r * 0.85], [x + r * 0.85, y - r * 0.85], [x + r * 0.85, y + r * 0.85], [x - r * 0.85, y + r * 0.85]];
    default:
      return Array.from({ length: 16 }, (_, i) => {
        const angle = (Math.PI / 8) * i;
        return [x + r * Math.cos(angle), y + r * Math.sin(angle)] as [number, number];
      });
  }
}
