/**
 * The chart's words: the readout for the session under the cursor and the data table. The canvas
 * holds the picture; everything it says is also here, as text.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { ChartModel, ChartRow } from './chart-model.js';

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

/** The short form the plot announces for the session at `x`: each rating's label and total, and how many alerts it has. */
export function shortDescription(model: ChartModel, x: number): string {
  const t = model.text;
  const { s } = t;
  const values = model.rows.filter((r) => r.x === x).map((r) => `${r.label} ${t.total(r.total)}`);
  const alerts = model.alerts.filter((a) => a.session === x).length;
  const line = t.fill(s.shortSession, { session: x, values: values.join(s.alerts.separator) });
  return alerts > 0 ? `${line} ${t.plural(s.alertCount, alerts, { critical: '' })}` : line;
}

/** How the table is ordered: by session, earliest first unless `descending`. */
export interface TableOrder {
  descending: boolean;
  flip: () => void;
}

/**
 * The table scrolls sideways on its own at narrow widths, so it takes keyboard focus, named by its
 * caption: the arrow keys then scroll its wrapper (WebKit does not make a scrolling box focusable by
 * itself). Its session column sorts (a button in the head, its order in `aria-sort`). Where the chart
 * draws an expected band, two more columns give the band at each of the client's outcome ratings and
 * whether the rating fell below it. The template text is not indented: lit ships it as written.
 */
export function tableTemplate(model: ChartModel, hidden: boolean, order: TableOrder): TemplateResult {
  const t = model.text;
  const { s } = t;
  const { band } = model;
  const bandCells = (r: ChartRow) => {
    if (!band) return [];
    const i = model.xs.indexOf(r.x);
    const [lower, upper] = [band.lower[i], band.upper[i]];
    if (!r.standing || lower == null || upper == null) return ['', ''];
    return [t.fill(s.bandRange, { lower: t.total(lower), upper: t.total(upper) }), model.offTrack.includes(r.x) ? s.yes : s.no];
  };
  const cells = (r: ChartRow) => [
    html`<time datetime=${r.date}>${t.date(r.date)}</time>`,
    r.instrument.toUpperCase(),
    s.raters[r.rater],
    ...(r.items.length ? r.items.map(t.total) : Array<string>(4).fill(s.notMeasured)),
    t.total(r.total),
    t.signed(r.change),
    ...bandCells(r),
  ];
  // Stable either way: within a session, rows keep the series order.
  const rows = order.descending ? [...model.rows].sort((a, b) => b.x - a.x) : model.rows;
  const [session = '', ...heads] = [...s.heads, ...(band ? [s.headBand, s.headBelow] : [])];
  return html`<div class="table-wrap" id="table" ?hidden=${hidden}><table part="table" tabindex="0">
<caption>${s.caption}</caption>
<thead><tr><th scope="col" aria-sort=${order.descending ? 'descending' : 'ascending'}><button type="button" class="sort" @click=${order.flip}>${session}<span aria-hidden="true">${order.descending ? ' \u25BC' : ' \u25B2'}</span></button></th>${heads.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${rows.map((r) => html`<tr><td>${r.x}</td>${cells(r).map((v) => html`<td>${v}</td>`)}</tr>`)}</tbody>
</table></div>`;
}
