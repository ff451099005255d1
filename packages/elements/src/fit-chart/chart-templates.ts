/**
 * The chart's words: the readout for the session under the cursor and the data table. The canvas
 * holds the picture; everything it says is also here, as text.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { ChartModel } from './chart-model.js';

/** One line of the readout; an alert's line is marked as such. */
export interface ReadoutLine {
  text: string;
  alert: boolean;
}

/** The readout's lines for the session at `x`: date, items, total and change for each rating, then its alerts. */
export function pointDescription(model: ChartModel, x: number): ReadoutLine[] {
  const t = model.text;
  const { s } = t;
  const rows = model.rows.filter((r) => r.x === x);
  const dates = [...new Set(rows.map((r) => t.date(r.date)))].join(s.alerts.separator);
  const line = (text: string, alert = false): ReadoutLine => ({ text, alert });
  return [
    line(t.fill(dates ? s.sessionDates : s.sessionLine, { session: x, dates })),
    ...rows.map((r) =>
      line(t.fill(s.ratingLine, { label: r.label, total: t.total(r.total), items: r.items.map(t.total).join(s.alerts.separator) || s.notMeasured, change: t.signed(r.change) })),
    ),
    ...model.alerts.filter((a) => a.session === x).map((a) => line(t.fill(a.severity === 'critical' ? s.criticalAlertLine : s.alertLine, { message: a.message }), true)),
  ];
}

/**
 * The table scrolls sideways on its own at narrow widths, so it takes keyboard focus, named by its
 * caption: the arrow keys then scroll its wrapper (WebKit does not make a scrolling box focusable by
 * itself). The template text is not indented: lit ships it as written.
 */
export function tableTemplate(model: ChartModel, hidden: boolean): TemplateResult {
  const t = model.text;
  const { s } = t;
  const cells = (r: ChartModel['rows'][number]) => [
    html`${r.x}`,
    html`<time datetime=${r.date}>${t.date(r.date)}</time>`,
    r.instrument.toUpperCase(),
    s.raters[r.rater],
    ...(r.items.length ? r.items.map(t.total) : Array<string>(4).fill(s.notMeasured)),
    t.total(r.total),
    t.signed(r.change),
  ];
  return html`<div class="table-wrap" id="table" ?hidden=${hidden}><table part="table" tabindex="0">
<caption>${s.caption}</caption>
<thead><tr>${s.heads.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${model.rows.map((r) => html`<tr>${cells(r).map((v) => html`<td>${v}</td>`)}</tr>`)}</tbody>
</table></div>`;
}
