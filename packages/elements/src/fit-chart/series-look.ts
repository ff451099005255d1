/**
 * How each series is told apart without colour: a dash pattern and a marker shape per series, shared
 * by the canvas, the legend's SVG and the PNG's legend so all three always agree.
 */
import type { InstrumentId, InstrumentKind, Rater } from '@fitline/core';

/** A colour role, resolved from the theme's custom properties when the chart draws (read-palette.ts). */
export type ColorRole = 'mark' | 'alliance' | 'collateral' | 'alert' | 'muted' | 'text' | 'surface' | 'band' | 'grid';

/**
 * Each marker as [corners, outer radius, inner radius, turn]: `corners` points alternating between
 * the two radii (a star when they differ), the first straight up, turned by `turn` of a corner.
 */
const SHAPES = {
  circle: [16, 1, 1, 0],
  square: [4, 1.2, 1.2, 0.5],
  triangle: [3, 1.1, 1.1, 0],
  diamond: [4, 1.2, 1.2, 0],
  cross: [8, 1.25, 0.45, 0],
  star: [10, 1.2, 0.5, 0],
  hexagon: [6, 1.15, 1.15, 0],
};
export type MarkerShape = keyof typeof SHAPES;

/** A marker's outline as x,y pairs on a radius of `r` around (x, y). */
export function shapePath(shape: MarkerShape, x: number, y: number, r: number): [number, number][] {
  const [n, a, b, turn] = SHAPES[shape] as [number, number, number, number];
  return Array.from({ length: n }, (_, i) => {
    const angle = (2 * Math.PI * (i + turn)) / n - Math.PI / 2;
    const radius = (i % 2 ? b : a) * r;
    return [x + radius * Math.cos(angle), y + radius * Math.sin(angle)];
  });
}

export interface SeriesLook {
  dash: number[];
  shape: MarkerShape;
  color: ColorRole;
  /** Filled markers for the client's own ratings, hollow for collateral raters. */
  filled: boolean;
}

const COLLATERAL: Record<Exclude<Rater, 'client'>, [number[], MarkerShape]> = {
  caretaker: [[2, 3], 'triangle'],
  teacher: [[8, 3, 2, 3], 'diamond'],
  partner: [[1, 4], 'cross'],
  other: [[10, 5], 'star'],
};

/** The client's own series: outcome a solid line of circles, alliance dashed squares, a group's alliance (GSRS) dotted hexagons. */
function clientLook(kind: InstrumentKind, instrument: InstrumentId): [number[], MarkerShape] {
  if (kind === 'outcome') return [[], 'circle'];
  return instrument === 'gsrs' ? [[2, 2], 'hexagon'] : [[6, 4], 'square'];
}

export function seriesLook(kind: InstrumentKind, rater: Rater, instrument: InstrumentId): SeriesLook {
  const client = rater === 'client';
  const [dash, shape] = client ? clientLook(kind, instrument) : COLLATERAL[rater];
  return { dash, shape, color: kind === 'alliance' ? 'alliance' : client ? 'mark' : 'collateral', filled: client };
}

/** Traces a marker into the current canvas path. */
export function traceShape(ctx: CanvasRenderingContext2D, shape: MarkerShape, x: number, y: number, r: number): void {
  for (const [px, py] of shapePath(shape, x, y, r)) ctx.lineTo(px, py);
  ctx.closePath();
}

/** Fills and outlines a marker: the plot's points and the PNG legend's swatches. */
export function paintShape(ctx: CanvasRenderingContext2D, shape: MarkerShape, x: number, y: number, r: number, stroke: string, fill: string, width: number): void {
  ctx.beginPath();
  traceShape(ctx, shape, x, y, r);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = width;
  ctx.strokeStyle = stroke;
  ctx.stroke();
}

/** The same outline as an SVG `points` attribute. */
export const shapePoints = (shape: MarkerShape, x: number, y: number, r: number): string => shapePath(shape, x, y, r).map((p) => p.map((v) => v.toFixed(1))).join(' ');
