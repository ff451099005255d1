/**
 * A compact chart's picture, painted straight onto its canvas: the client's outcome line, the
 * clinical cutoff and a marker on the latest rating, on a scale fitted to the movement. A caseload
 * page shows a hundred of these; made without uPlot, each costs a canvas and a few strokes, and a
 * page of compact charts only never downloads uPlot at all.
 */
import type { ChartModel } from './chart-model.js';
import type { Palette } from './read-palette.js';
import { paintShape } from './series-look.js';

/** Room at each edge, in CSS px, so the line and the marker are never cut. */
const EDGE = 6;

/**
 * The scale fits the client's totals and the cutoff, at least 10 points tall, within 0 to 40: a small
 * chart shows the movement, and the cutoff line stays in view.
 */
export function fittedRange(model: ChartModel): [number, number] {
  const values = [...model.client, model.outcomeCutoff].filter((v) => v != null);
  if (values.length === 0) return [0, 40];
  const mid = (Math.min(...values) + Math.max(...values)) / 2;
  const half = Math.max(5, (Math.max(...values) - Math.min(...values)) / 2 + 2);
  const low = Math.min(Math.max(0, mid - half), 40 - 2 * half);
  return [Math.max(0, low), Math.min(40, low + 2 * half)];
}

/** Paints the sparkline over the whole canvas, whose size (in device pixels) is `pxRatio` times its CSS size. */
export function paintSparkline(canvas: HTMLCanvasElement, model: ChartModel, palette: Palette, pxRatio: number): void {
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  const { width, height } = canvas;
  ctx.clearRect(0, 0, width, height);
  const edge = EDGE * pxRatio;
  const [low, high] = fittedRange(model);
  const first = model.xs[0] ?? 1;
  const last = model.xs[model.xs.length - 1] ?? 1;
  // Half a session of room either side of the first and the last, as the full chart has.
  const x = (session: number) => edge + ((session - (first - 0.5)) / (last - first + 1)) * (width - 2 * edge);
  const y = (total: number) => edge + ((high - total) / (high - low)) * (height - 2 * edge);

  if (model.outcomeCutoff !== null) {
    const at = Math.round(y(model.outcomeCutoff)) + 0.5;
    ctx.strokeStyle = palette.text;
    ctx.lineWidth = Math.max(1, Math.round(1.5 * pxRatio));
    ctx.setLineDash([8 * pxRatio, 4 * pxRatio]);
    ctx.beginPath();
    ctx.moveTo(edge, at);
    ctx.lineTo(width - edge, at);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  // The client's outcome, joined across a session with no rating.
  const points = model.client.flatMap((total, i) => (total == null ? [] : [[x(model.xs[i] as number), y(total)] as const]));
  if (points.length === 0) return;
  ctx.strokeStyle = palette.mark;
  ctx.lineWidth = 1.5 * pxRatio;
  ctx.lineJoin = 'round';
  ctx.beginPath();
  for (const [px, py] of points) ctx.lineTo(px, py);
  ctx.stroke();
  const [lx, ly] = points[points.length - 1] as readonly [number, number];
  paintShape(ctx, 'circle', lx, ly, 3 * pxRatio, palette.mark, palette.mark, 1.5 * pxRatio);
}
