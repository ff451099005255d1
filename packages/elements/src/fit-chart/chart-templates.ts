/**
 * The chart's text parts as lit templates: the legend (each series' dash and marker shape drawn in
 * SVG), the readout for the session under the cursor, and the data table. The canvas holds the
 * picture; everything it says is also here, as text.
 */
import { html, svg, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ChartModel, ChartRow } from './chart-model.js';
import { shapePoints } from './series-look.js';
import type { SeriesLook } from './series-look.js';

const fmt = (n: number) => n.toFixed(1);
const signed = (n: number) => (n > 0 ? `+${fmt(n)}` : n < 0 ? `\u2212${fmt(-n)}` : fmt(0));

function swatch(look: SeriesLook | null, dash: number[], color: string): TemplateResult {
  const points = look ? shapePoints(look.shape, 14, 7, 4.5) : [];
  return html`<svg width="28" height="14" aria-hidden="true" style="color: var(--_chart-${color})">
    ${svg`<line x1="0" y1="7" x2="28" y2="7" stroke="currentColor" stroke-width="2" stroke-dasharray=${dash.join(' ') || nothing}></line>`}
    ${look
      ? svg`<polygon points=${points.map((p) => p.join(',')).join(' ')} fill=${look.filled ? 'currentColor' : 'var(--_chart-surface)'} stroke="currentColor" stroke-width="1.5"></polygon>`
      : nothing}
  </svg>`;
}

export function legendTemplate(model: ChartModel): TemplateResult {
  const hasAlliance = model.series.some((s) => s.kind === 'alliance');
  return html`<ul class="legend" part="legend" aria-label="Legend">
    ${model.series.map((s) => html`<li>${swatch(s.look, s.look.dash, s.look.color)}${s.label}</li>`)}
    ${model.outcomeCutoff !== null ? html`<li>${swatch(null, [8, 4], 'text')}Cutoff ${model.outcomeCutoff}</li>` : nothing}
    ${hasAlliance && model.allianceCutoff !== null ? html`<li>${swatch(null, [3, 3], 'text')}Alliance cutoff ${model.allianceCutoff}</li>` : nothing}
    ${model.band ? html`<li>${swatch(null, [6, 3], 'muted')}Expected band: ${model.band.label}</li>` : nothing}
    ${model.offTrack.length > 0 ? html`<li><svg width="28" height="14" aria-hidden="true"><circle cx="14" cy="7" r="6" fill="none" stroke="var(--_chart-alert)" stroke-width="2"></circle></svg>Below the expected band</li>` : nothing}
    ${model.alerts.some((a) => a.session !== undefined)
      ? html`<li><svg width="28" height="14" aria-hidden="true"><polygon points="14,0 21,13 7,13" fill="var(--_chart-alert)"></polygon></svg>Alert</li>`
      : nothing}
  </ul>`;
}

/** Change of a row's total since the first rating of the same series, in whole tenths. */
export function changeSinceFirst(model: ChartModel, row: ChartRow): number {
  const first = model.rows.find((r) => r.series === row.series) as ChartRow;
  return (Math.round(row.total * 10) - Math.round(first.total * 10)) / 10;
}

/** The readout's lines for the session at `x`: date, items, total and change for each rating, then its alerts. */
export function pointDescription(model: ChartModel, x: number): string[] {
  const rows = model.rows.filter((r) => r.x === x);
  const dates = [...new Set(rows.map((r) => r.rating.date.slice(0, 10)))].join(', ');
  const lines = [`Session ${x}${dates ? `, ${dates}` : ''}`];
  for (const row of rows) {
    const label = model.series.find((s) => s.key === row.series)?.label ?? row.rating.instrument;
    const change = changeSinceFirst(model, row);
    lines.push(`${label}: total ${fmt(row.total)} (items ${row.items.map(fmt).join(', ')}), change since intake ${signed(change)}`);
  }
  for (const alert of model.alerts.filter((a) => a.session === x)) lines.push(`Alert: ${alert.message}`);
  return lines;
}

export function tableTemplate(model: ChartModel, hidden: boolean): TemplateResult {
  return html`<div class="table-wrap" id="table" ?hidden=${hidden}>
    <table part="table">
      <caption>Ratings shown in the chart</caption>
      <thead>
        <tr>
          <th scope="col">Session</th>
          <th scope="col">Date</th>
          <th scope="col">Measure</th>
          <th scope="col">Rater</th>
          <th scope="col">Item 1</th>
          <th scope="col">Item 2</th>
          <th scope="col">Item 3</th>
          <th scope="col">Item 4</th>
          <th scope="col">Total</th>
          <th scope="col">Change since intake</th>
        </tr>
      </thead>
      <tbody>
        ${model.rows.map(
          (row) => html`<tr>
            <td>${row.x}</td>
            <td>${row.rating.date}</td>
            <td>${row.rating.instrument.toUpperCase()}</td>
            <td>${row.rating.rater ?? 'client'}</td>
            ${row.items.map((v) => html`<td>${fmt(v)}</td>`)}
            <td>${fmt(row.total)}</td>
            <td>${signed(changeSinceFirst(model, row))}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
