/**
 * The legend as data (each entry's colour role, dash pattern and marker shape), drawn as SVG beside
 * the plot and onto the canvas of the PNG export, so the two always list the same things. A swatch's
 * colour is set through its style property: a style attribute would break a strict Content Security Policy.
 */
import { html, svg, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ChartModel } from './chart-model.js';
import { shapePoints } from './series-look.js';
import type { ColorRole, MarkerShape } from './series-look.js';

export interface LegendEntry {
  label: string;
  color: ColorRole;
  /** The line's dash pattern; no line when absent. */
  dash?: number[];
  shape?: MarkerShape;
  filled?: boolean;
  /** Marker radius, 4.5 when absent. */
  r?: number;
}

/** The sessions that get an alert flag, each with its flag: critical where any of its alerts is. */
export function flaggedSessions(model: ChartModel): Map<number, 'critical' | 'warning'> {
  const flags = new Map<number, 'critical' | 'warning'>();
  for (const { session, severity } of model.alerts) {
    if (session !== undefined && flags.get(session) !== 'critical') flags.set(session, severity);
  }
  return flags;
}

export function legendEntries(model: ChartModel): LegendEntry[] {
  const { text: t } = model;
  const entries: LegendEntry[] = model.series.map(({ label, look }) => ({ label, ...look }));
  const { outcomeCutoff, allianceCutoff, band } = model;
  if (outcomeCutoff !== null) entries.push({ label: t.fill(t.s.cutoff, { cutoff: outcomeCutoff }), color: 'text', dash: [8, 4] });
  if (allianceCutoff !== null && model.series.some((s) => s.kind === 'alliance')) {
    entries.push({ label: t.fill(t.s.allianceCutoff, { cutoff: allianceCutoff }), color: 'text', dash: [3, 3] });
  }
  if (band) entries.push({ label: t.fill(t.s.expectedBand, { label: band.label }), color: 'muted', dash: [6, 3] });
  if (model.offTrack.length > 0) entries.push({ label: t.s.belowBand, color: 'alert', shape: 'circle', r: 6 });
  // A session's flag is filled where any of its alerts is critical, hollow for warnings only (draw-overlays.ts):
  // the legend lists the flags drawn, so the severity is told by shape, not colour alone.
  const flags = new Set(flaggedSessions(model).values());
  if (flags.has('critical')) entries.push({ label: t.s.criticalAlert, color: 'alert', shape: 'triangle', filled: true });
  if (flags.has('warning')) entries.push({ label: t.s.alert, color: 'alert', shape: 'triangle' });
  return entries;
}

export const legendTemplate = (entries: LegendEntry[], name: string): TemplateResult =>
  html`<ul class="legend" part="legend" aria-label=${name}>${entries.map(
    (e) =>
      html`<li><svg width="28" height="14" aria-hidden="true" .style=${`color:var(--_chart-${e.color})`}>${e.dash
        ? svg`<line x2="28" y1="7" y2="7" stroke-width="2" stroke-dasharray=${e.dash.join(' ') || nothing}/>`
        : nothing}${e.shape ? svg`<polygon points=${shapePoints(e.shape, 14, 7, e.r ?? 4.5)} fill=${e.filled ? 'currentColor' : 'var(--_chart-surface)'} stroke-width="1.5"/>` : nothing}</svg>${e.label}</li>`,
  )}</ul>`;
