/**
 * What uPlot does not draw itself, painted over its series after each redraw: the labelled cutoff
 * lines, a marker of its series' shape at every rating, rings where the client went off track, and
 * flags for the alerts. All positions come from uPlot's own scales (valToPos), so they stay exact.
 */
import uPlot from 'uplot';
import type { ChartModel } from './chart-model.js';
import type { Palette } from './read-palette.js';
import { traceMarker } from './series-look.js';

export function drawOverlays(u: uPlot, model: ChartModel, palette: Palette, compact: boolean): void {
  const ctx = u.ctx;
  const px = uPlot.pxRatio;
  const { left, top, width, height } = u.bbox;
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top - 8 * px, width, height + 16 * px);
  ctx.clip();

  const font = `${Math.round(12 * px)}px system-ui, sans-serif`;
  ctx.font = font;
  const cutoffs: [number | null, string, string][] = [
    [model.outcomeCutoff, 'y', 'Cutoff'],
    [compact ? null : model.allianceCutoff, 'alliance', 'Alliance cutoff'],
  ];
  for (const [value, scale, name] of cutoffs) {
    if (value === null || (scale === 'alliance' && !model.series.some((s) => s.kind === 'alliance'))) continue;
    const y = Math.round(u.valToPos(value, scale, true)) + 0.5;
    ctx.strokeStyle = palette.text;
    ctx.lineWidth = Math.max(1, Math.round(1.5 * px));
    ctx.setLineDash(scale === 'y' ? [8 * px, 4 * px] : [3 * px, 3 * px]);
    ctx.beginPath();
    ctx.moveTo(left, y);
    ctx.lineTo(left + width, y);
    ctx.stroke();
    if (!compact) {
      ctx.fillStyle = palette.text;
      ctx.textAlign = scale === 'y' ? 'left' : 'right';
      ctx.textBaseline = 'bottom';
      ctx.fillText(`${name} ${value}`, scale === 'y' ? left + 4 * px : left + width - 4 * px, y - 3 * px);
    }
  }
  ctx.setLineDash([]);

  const radius = (compact ? 3 : 4.5) * px;
  const drawPoint = (seriesIndex: number, i: number) => {
    const s = model.series[seriesIndex];
    const v = s?.values[i];
    if (!s || v == null) return;
    const x = u.valToPos(model.xs[i] as number, 'x', true);
    const y = u.valToPos(v, s.kind === 'alliance' ? 'alliance' : 'y', true);
    ctx.beginPath();
    traceMarker(ctx, s.look.shape, x, y, radius);
    ctx.fillStyle = s.look.filled ? palette[s.look.color] : palette.surface;
    ctx.fill();
    ctx.lineWidth = 1.5 * px;
    ctx.strokeStyle = palette[s.look.color];
    ctx.stroke();
  };
  if (compact) {
    // Inline charts show the latest point only: the line tells the rest.
    const client = model.series.findIndex((s) => s.key === 'outcome:client');
    const values = model.series[client]?.values ?? [];
    let last = values.length - 1;
    while (last >= 0 && values[last] == null) last--;
    if (last >= 0) drawPoint(client, last);
  } else if (model.xs.length <= 120) {
    model.series.forEach((_, si) => model.xs.forEach((_, i) => drawPoint(si, i)));
  }

  if (!compact) drawOffTrackAndAlerts(u, model, palette, px, font);
  ctx.restore();
}

function drawOffTrackAndAlerts(u: uPlot, model: ChartModel, palette: Palette, px: number, font: string): void {
  const ctx = u.ctx;
  const client = model.series.find((s) => s.key === 'outcome:client');
  ctx.strokeStyle = palette.alert;
  ctx.lineWidth = 2 * px;
  for (const x of model.offTrack) {
    const v = client?.values[model.xs.indexOf(x)];
    if (v == null) continue;
    ctx.beginPath();
    ctx.arc(u.valToPos(x, 'x', true), u.valToPos(v, 'y', true), 9 * px, 0, 2 * Math.PI);
    ctx.stroke();
  }
  const flagged = [...new Set(model.alerts.map((a) => a.session).filter((s): s is number => s !== undefined))];
  const top = u.bbox.top;
  ctx.font = `bold ${font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const x of flagged) {
    const cx = u.valToPos(x, 'x', true);
    const r = 7 * px;
    ctx.beginPath();
    ctx.moveTo(cx, top + 1 * px);
    ctx.lineTo(cx + r, top + 1 * px + r * 1.7);
    ctx.lineTo(cx - r, top + 1 * px + r * 1.7);
    ctx.closePath();
    ctx.fillStyle = palette.alert;
    ctx.fill();
    ctx.fillStyle = palette.surface;
    ctx.fillText('!', cx, top + 1 * px + r * 1.1);
  }
}
