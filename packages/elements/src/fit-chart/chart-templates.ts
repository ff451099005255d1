/**
 * The chart's words: the readout for the session under the cursor and the data table. The canvas
 * holds the picture; everything it says is also here, as text.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { ChartModel } from './chart-model.js';

const fmt = (n: number) => n.toFixed(1);
/** A total-only rating (a clinician entered the total alone) has no item values to show. */
const NOT_MEASURED = 'not measured';
const signed = (n: number) => (n > 0 ? '+' : n < 0 ? '\u2212' : '') + fmt(Math.abs(n));

/** Whether a readout line is one of an alert's, to be marked as such. */
export const isAlertLine = (line: string): boolean => /^(Critical alert|Alert):/.test(line);

/** The readout's lines for the session at `x`: date, items, total and change for each rating, then its alerts. */
export function pointDescription(model: ChartModel, x: number): string[] {
  const rows = model.rows.filter((r) => r.x === x);
  const dates = [...new Set(rows.map((r) => r.date.slice(0, 10)))].join(', ');
  return [
    `Session ${x}${dates ? `, ${dates}` : ''}`,
    ...rows.map((r) => `${r.label}: total ${fmt(r.total)} (items ${r.items.map(fmt).join(', ') || NOT_MEASURED}), change since intake ${signed(r.change)}`),
    ...model.alerts.filter((a) => a.session === x).map((a) => `${a.severity === 'critical' ? 'Critical alert' : 'Alert'}: ${a.message}`),
  ];
}

const HEADS = ['Session', 'Date', 'Measure', 'Rater', 'Item 1', 'Item 2', 'Item 3', 'Item 4', 'Total', 'Change since intake'];

/**
 * The table scrolls sideways on its own at narrow widths, so it takes keyboard focus, named by its
 * caption: the arrow keys then scroll its wrapper (WebKit does not make a scrolling box focusable by
 * itself). The template text is not indented: lit ships it as written.
 */
export const tableTemplate = (model: ChartModel, hidden: boolean): TemplateResult =>
  html`<div class="table-wrap" id="table" ?hidden=${hidden}><table part="table" tabindex="0">
<caption>Ratings shown in the chart</caption>
<thead><tr>${HEADS.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${model.rows.map(
    (r) => html`<tr>${[r.x, r.date, r.instrument.toUpperCase(), r.rater, ...(r.items.length ? r.items.map(fmt) : Array(4).fill(NOT_MEASURED)), fmt(r.total), signed(r.change)].map((v) => html`<td>${v}</td>`)}</tr>`,
  )}</tbody>
</table></div>`;
