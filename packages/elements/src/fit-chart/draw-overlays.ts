/**
 * What uPlot does not draw itself on a full-size chart, painted over its series after each redraw:
 * the labelled cutoff lines (each label in a spot on its line that no series crosses,
 * label-placement.ts), a marker of its series' shape at every rating, rings where the client went
 * off track, and flags for the alerts in the padding above the plot, clear of the cutoff labels. All positions come
 * from uPlot's own scales (valToPos), so they stay exact at any size and pixel ratio.
 */
import type uPlot from 'uplot';
import type { ChartModel } from './chart-model.js';
import type { Palette } from './read-palette.js';
import { paintShape } from './series-look.js';
import { flaggedSessions } from './legend.js';
import { loadedUplot } from './load-uplot.js';
import { placeLabel } from './label-placement.js';
import type { Box, Polyline } from './label-placement.js';
import { withAlpha } from './read-palette.js';

export function drawOverlays(u: uPlot, model: ChartModel, palette: Palette): void {
  const { ctx, bbox } = u;
  const px = loadedUplot().pxRatio;
  const { left, top, width, height } = bbox;
  const { xs, series, client, outcomeCutoff, allianceCutoff } = model;
  const x = (i: number) => u.valToPos(xs[i] as number, 'x', true);
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top - 20 * px, width, height + 28 * px);
  ctx.clip();
  ctx.font = `${Math.round(palette.fontSize * 0.75 * px)}px ${palette.fontFamily}`;
  ctx.strokeStyle = ctx.fillStyle = palette.text;
  ctx.lineWidth = Math.max(1, Math.round(1.5 * px));
  ctx.textBaseline = 'bottom';
  // The cutoff lines under the markers; their labels last, over everything, each where no series crosses it.
  const labels: [text: string, y: number, prefer: 'start' | 'end'][] = [];
  const cutoff = (value: number | null, scale: string, dash: number[], label: string, prefer: 'start' | 'end') => {
    if (value === null) return;
    const y = Math.round(u.valToPos(value, scale, true)) + 0.5;
    ctx.setLineDash(dash.map((d) => d * px));
    ctx.beginPath();
    ctx.moveTo(left, y);
    ctx.lineTo(left + width, y);
    ctx.stroke();
    labels.push([model.text.fill(label, { cutoff: value }), y, prefer]);
  };
  cutoff(outcomeCutoff, 'y', [8, 4], model.text.s.cutoff, 'start');
  if (series.some((s) => s.kind === 'alliance')) cutoff(allianceCutoff, 'alliance', [3, 3], model.text.s.allianceCutoff, 'end');
  ctx.setLineDash([]);

  // Past 120 sessions the markers would merge into a band: the lines alone read better.
  if (xs.length <= 120) {
    for (const { values, kind, look } of series) {
      values.forEach((v, i) => {
        if (v != null) {
          const color = palette[look.color];
          paintShape(ctx, look.shape, x(i), u.valToPos(v, kind === 'alliance' ? 'alliance' : 'y', true), 4.5 * px, color, look.filled ? color : palette.surface, 1.5 * px);
        }
      });
    }
  }

  ctx.strokeStyle = palette.alert;
  ctx.lineWidth = 2 * px;
  for (const session of model.offTrack) {
    const i = xs.indexOf(session);
    ctx.beginPath();
    ctx.arc(x(i), u.valToPos(client[i] as number, 'y', true), 9 * px, 0, 2 * Math.PI);
    ctx.stroke();
  }
  // One flag a session: filled where any of its alerts is critical, hollow for warnings only (as the legend says).
  for (const [session, flag] of flaggedSessions(model)) {
    paintShape(ctx, 'triangle', u.valToPos(session, 'x', true), top - 10 * px, 7 * px, palette.alert, flag === 'critical' ? palette.alert : palette.surface, 2 * px);
  }
  paintCutoffLabels(u, model, palette, labels);
  ctx.restore();
}

/** The cutoff labels, each on its line where no series line or marker crosses it (label-placement.ts). */
function paintCutoffLabels(u: uPlot, model: ChartModel, palette: Palette, labels: [text: string, y: number, prefer: 'start' | 'end'][]): void {
  const { ctx, bbox } = u;
  const px = loadedUplot().pxRatio;
  const lines: Polyline[] = model.series.map(({ values, kind }) =>
    values.flatMap((v, i): Polyline => (v == null ? [] : [[u.valToPos(model.xs[i] as number, 'x', true), u.valToPos(v, kind === 'alliance' ? 'alliance' : 'y', true)]])),
  );
  const taken: Box[] = [];
  ctx.textAlign = 'left';
  for (const [text, y, prefer] of labels) {
    const request = { width: ctx.measureText(text).width, height: palette.fontSize * 0.75 * px, y, left: bbox.left, right: bbox.left + bbox.width, prefer, gap: 3 * px };
    // A marker reaches its radius and half its outline past its point.
    const { box, clear } = placeLabel(request, lines, 6 * px, taken);
    taken.push(box);
    if (!clear) {
      // Every spot along the line is crossed (a series that runs along the cutoff): a backing of the surface keeps the label legible.
      ctx.fillStyle = withAlpha(palette.surface, 0.85);
      ctx.fillRect(box.left - px, box.top, box.right - box.left + 2 * px, box.bottom - box.top + px);
    }
    ctx.fillStyle = palette.text;
    ctx.fillText(text, box.left, box.bottom);
  }
}
