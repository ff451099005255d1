/**
 * `<fit-chart>`: a client's outcome and alliance totals by session, drawn with uPlot (compact: a
 * sparkline of the outcome, painted without it, sparkline.ts), with the
 * clinical cutoff, the expected band, collateral raters and alerts; and everything it shows as text.
 */
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import type { FitlineError, NormsProfile, Rating, TrajectoryModel } from '@fitline/core';
import { toCsv } from '@fitline/core/csv';
import { themeStyles } from '../shared/theme.styles.js';
import { restyle, styledRenderRoot } from '../shared/document-styles.js';
import { uplotStyles } from './uplot.styles.js';
import { fitChartStyles } from './fit-chart.styles.js';
import { buildChartModel } from './chart-model.js';
import type { ChartModel } from './chart-model.js';
import { pointDescription, shortDescription, tableTemplate } from './chart-templates.js';
import { howToReadTemplate } from './how-to-read.js';
import { describeChange } from './rating-changes.js';
import { alertListTemplate } from './alert-list.js';
import { downloadCsv } from './download-csv.js';
import { legendEntries, legendTemplate } from './legend.js';
import { chartData, chartOptions } from './chart-options.js';
import { PlotView } from './plot-view.js';
import { exportPng } from './export-png.js';
import { loadedUplot } from './load-uplot.js';
import { nextSlice, sliceSpent } from './main-thread-slices.js';
import { drawsWaiting } from './draw-queue.js';
import { chartStringsFor } from './chart-lang.js';
import { chartText } from './chart-text.js';
import type { ChartText } from './chart-text.js';
import type { ChartStrings } from './chart-strings.js';
import { fill } from '../locale/strings.js';
import { langOf, unwatchLang, watchLang } from '../rating-scale/scale-lang.js';
import { dirOf } from '../rating-scale/text-direction.js';
import type uPlot from 'uplot';

/** How long the pointer rests on a session before the short readout is announced: a sweep across the plot says nothing. */
const POINTER_PAUSE_MS = 700;

/** How far each key moves the cursor, in sessions; the ends are clamped. */
const KEY_STEPS: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, Home: -Infinity, End: Infinity };

/**
 * @tag fit-chart
 * @summary A progress chart of Outcome and Session Rating Scale totals, full-size or inline (`compact`).
 *
 * @csspart base - The wrapper of everything the chart shows.
 * @csspart summary - The text summary above the plot.
 * @csspart plot - The plot area (focusable; arrow keys, Home and End move between sessions).
 * @csspart legend - The legend, with each series' dash pattern and marker shape.
 * @csspart how-to-read - The "how to read this chart" disclosure above the plot.
 * @csspart hint - The line under the plot that says which keys move between sessions.
 * @csspart readout - The details of the session under the cursor.
 * @csspart status - The status line: what changed when new ratings came (shown), or the session the cursor moved to (for screen readers only).
 * @csspart alerts - The list of every alert of the episode, with its prompt (a disclosure).
 * @csspart table - The data table, shown on request and when printing.
 * @csspart prompts - The conversation prompts for the current session's alerts, shown on request.
 * @csspart error - The message shown instead of the chart when the ratings are not valid.
 *
 * @cssprop [--fit-chart-height=20rem] - Height of the plot in full size.
 * @cssprop [--fit-chart-compact-width=8rem] - Width of a compact chart.
 * @cssprop [--fit-chart-compact-height=2rem] - Height of a compact chart.
 * @cssprop [--fit-chart-outcome-color=var(--fit-color-mark)] - The client's outcome series.
 * @cssprop [--fit-chart-alliance-color=var(--fit-color-alliance)] - Alliance series.
 * @cssprop [--fit-chart-collateral-color=light-dark(#008768, #049900)] - Collateral raters' outcome series.
 * @cssprop [--fit-chart-band-color=var(--fit-color-accent)] - The expected band's fill (drawn translucent).
 * @cssprop [--fit-chart-grid-color=light-dark(#d8dee4, #343b44)] - Grid lines.
 * @cssprop [--fit-color-text=#1f2328 / #e6e8eb dark] - Text, axis labels, and the cutoff lines with their labels.
 * @cssprop [--fit-color-muted=#57606a / #a8b0b9 dark] - The expected band's edges and the cursor's cross-hair.
 * @cssprop [--fit-color-surface=#ffffff / #15191e dark] - Background, and the inside of hollow markers.
 * @cssprop [--fit-color-line=#4d5560 / #9aa4b1 dark] - The data table's row rules.
 * @cssprop [--fit-color-mark=#0b5cad / #6cb2ff dark] - Default of `--fit-chart-outcome-color`.
 * @cssprop [--fit-color-accent=#0b5cad / #6cb2ff dark] - Default of `--fit-chart-band-color`.
 * @cssprop [--fit-color-alliance=#8d702f / #ffe67f dark] - Default of `--fit-chart-alliance-color`.
 * @cssprop [--fit-color-alert=#b3261e / #ff8a80 dark] - Alert markers, alert text and the error message.
 * @cssprop [--fit-font-family=system-ui] - Font.
 * @cssprop [--fit-font-size=1rem] - Base font size.
 * @cssprop [--fit-spacing=0.75rem] - Space between summary, plot, legend and readout.
 */
export class FitChart extends LitElement {
  static override styles = [themeStyles, uplotStyles, fitChartStyles];

  static override properties = {
    ratings: { attribute: false },
    norms: { attribute: false },
    trajectory: { attribute: false },
    age: { type: Number },
    compact: { type: Boolean, reflect: true },
    _cursor: { state: true },
    _tableShown: { state: true },
    _promptsShown: { state: true },
    _descending: { state: true },
    _announced: { state: true },
    _updateShown: { state: true },
  };

  /**
   * The episode's ratings, ORS and SRS families together, any raters. Invalid ones show an error, never
   * throw; unset (undefined), there are none. Assign a new list to change them: the chart keeps the list
   * it is given and redraws when the property is set to another one, so a list changed in place is not seen.
   */
  ratings: Rating[] = [];
  /** The norms profile for cutoffs and reliable change; the default profile when not set. */
  norms: NormsProfile | undefined;
  /** An expected-trajectory model: draws the expected band and tells whether the client is on track. */
  trajectory: TrajectoryModel | undefined;
  /** The client's age in years, which picks the cutoff of the age group. */
  age: number | undefined;
  /** An inline chart for lists: small, no axes, the cutoff and the latest point; the summary is its name. */
  compact = false;

  private _model: ChartModel | null = null;
  private _error: Error | null = null;
  /** The model or the mode changed since the plot was drawn. */
  private _stale = true;
  private _cursor: number | null = null;
  private _tableShown = false;
  private _promptsShown = false;
  /** The data table's order by session. */
  private _descending = false;
  /** What the live region says: the short form of the session the keys moved to, or the pointer rested on. */
  private _announced = '';
  /** The status region holds what changed with the host's last ratings, shown as well as said. */
  private _updateShown = false;
  private _pause = 0;
  private _printing = false;
  private _view: PlotView | null = null;
  /** Why uPlot could not load, if it could not: shown instead of the plot (the data stays valid). */
  private _drawError: Error | null = null;
  private _printWindow: Window | null = null;
  /** The language the chart last rendered in (its nearest `lang`), and its text. */
  private _lang = '';
  private _text: ChartText | null = null;

  /** The text summary the chart shows (and, compact, its accessible name); empty in the error state. */
  get summary(): string {
    return this._model?.summary ?? '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
    // The window of the document the chart is in, which an iframe's print preview is not the top page's.
    this._printWindow = this.ownerDocument.defaultView;
    this._printWindow?.addEventListener('beforeprint', this._onPrint);
    this._printWindow?.addEventListener('afterprint', this._onPrint);
    // A DOM move disconnects and reconnects: the plot was destroyed, so draw it again with the same data.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
    clearTimeout(this._pause);
    // The window listened to at connect: a move into another document has already changed ownerDocument.
    this._printWindow?.removeEventListener('beforeprint', this._onPrint);
    this._printWindow?.removeEventListener('afterprint', this._onPrint);
    this._view?.destroy();
    this._view = null;
  }

  /** @internal Called by the browser when the element is moved into another document (an iframe): the ratings and listeners come along; the styles are made there. */
  adoptedCallback(): void {
    restyle(this);
  }

  protected override createRenderRoot() {
    return styledRenderRoot(this, () => super.createRenderRoot());
  }

  /** The chart as a PNG image (summary above the plot, legend below), for a note. Rejects when nothing is drawn. */
  async toPNG(): Promise<Blob> {
    await this.updateComplete;
    if (this._error) throw this._error;
    // A chart just put on the page has its size at its first layout, one frame on.
    if (!this._view?.drawn) await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // Drawn now if it was waiting (a compact chart off screen, or its turn in the draw queue).
    const canvas = await this._view?.drawNow();
    const palette = this._view?.palette;
    if (!canvas || !palette) throw new Error('The chart is not drawn: it must be on the page and visible.');
    return exportPng(canvas, this.summary, legendEntries(this._model as ChartModel), palette, (this.ownerDocument.defaultView ?? window).devicePixelRatio || 1);
  }

  /**
   * The ratings the chart shows as CSV text (@fitline/core/csv), in the order of its table: of a session
   * rated twice in one series the kept one only, as the chart, table and summary read it. Throws the
   * FitlineError that names the field when they are invalid.
   */
  toCSV(): string {
    if (this._error) throw this._error;
    return toCsv(this._model?.ratings ?? []);
  }

  /** A `lang` attribute changed somewhere above (scale-lang.ts): speak the new language. */
  langChanged(): void {
    if (langOf(this) !== this._lang) this.requestUpdate();
  }

  /**
   * Many charts given their ratings in one task update in slices of it (main-thread-slices.ts), after
   * any chart on screen waiting to be drawn; a chart whose language's text is still loading waits
   * for it, so it first renders in its language.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (sliceSpent() || drawsWaiting()) return nextSlice().then(() => this.scheduleUpdate());
    const strings = chartStringsFor(langOf(this));
    return strings instanceof Promise ? strings.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._lang = langOf(this);
    // Loaded already: scheduleUpdate waited for it.
    const strings = chartStringsFor(this._lang) as ChartStrings;
    const relanguaged = this._text?.s !== strings;
    if (relanguaged) this._text = chartText(strings);
    if (relanguaged || changed.has('ratings') || changed.has('norms') || changed.has('trajectory') || changed.has('age') || !this._model) {
      const before = this._model;
      try {
        this._model = buildChartModel(this, this._text as ChartText);
        this._error = null;
      } catch (error) {
        this._model = null;
        this._error = error as Error;
      }
      this._cursor = null;
      // New ratings from the host are said, and shown under the readout, until the cursor moves; a
      // compact chart has no status region, and a first drawing nothing to compare.
      this._announced = before && this._model && !this.compact ? describeChange(before, this._model) : '';
      this._updateShown = this._announced !== '';
      this._stale = true;
    }
    if (changed.has('compact')) this._stale = true;
  }

  protected override updated(): void {
    // Removed before this update ran (a list mounted and unmounted in one task): no plot to make, and
    // none to leak, since disconnectedCallback has already run; a reconnect updates again.
    if (!this.isConnected) return;
    const view = this._view;
    if (view && !this._stale) return view.syncRect();
    view?.destroy();
    this._stale = false;
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    const { _model: model, compact } = this;
    this._view =
      plot && model
        ? new PlotView(
            plot,
            this.renderRoot.querySelector('.probe') as Element,
            compact ? { sparkline: model } : { source: (palette, width, height) => [chartOptions(model, palette, width, height, this._onCursor), chartData(model)] },
            this._onDrawFailed,
          )
        : null;
  }

  protected override render() {
    const model = this._drawError ? null : this._model;
    const compact = this.compact;
    const { s, lang } = this._text as ChartText;
    // The chart's text keeps its own direction whatever the page's: its punctuation never flips.
    const dir = dirOf(lang);
    if (!model) {
      const { message, field = '' } = (this._drawError ?? this._error) as FitlineError;
      const text = fill(s.cannotDraw, { message });
      // Compact, the box is two lines high: it shows the field, and the whole text is its name and tooltip.
      const full = compact ? text : nothing;
      return html`<div part="base error" class="base error ${compact ? 'compact' : ''}" lang=${lang} dir=${dir} role=${compact ? 'img' : 'alert'} aria-label=${full} title=${full} data-field=${field}>${compact ? fill(s.cannotDrawField, { field }) : text}</div>`;
    }
    // The probe carries the colour roles for the canvas (read-palette.ts).
    const probe = html`<i class="probe"></i>`;
    if (compact) {
      return html`<div part="base" class="base compact" lang=${lang} dir=${dir} role="img" aria-label=${model.summary}><div class="plot" part="plot"></div>${probe}</div>`;
    }
    const x = model.xs[this._cursor ?? model.xs.length - 1];
    const alerts = model.alerts.filter((a) => x !== undefined && a.session === x);
    const toggle = (shown: boolean, id: string, show: string, hide: string, flip: () => void) =>
      html`<button type="button" aria-expanded=${shown} aria-controls=${id} @click=${flip}>${shown ? hide : show}</button>`;
    return html`<div part="base" class="base" lang=${lang} dir=${dir}>
<p class="summary" part="summary" id="summary">${model.summary}</p>
${howToReadTemplate(model)}
<div class="plot" part="plot" dir="ltr" role="application" aria-roledescription=${s.chart} aria-describedby="summary" tabindex="0" aria-label=${s.plotName} @keydown=${this._onKeydown} @pointerenter=${() => this._view?.syncRect()}></div>
<p class="hint" part="hint">${s.keysHint}</p>
${legendTemplate(legendEntries(model), s.legend)}
<div class="readout" part="readout">${x === undefined ? html`<p>${s.noSessions}</p>` : pointDescription(model, x).map((line) => html`<p class=${line.alert ? 'alert' : ''}>${line.text}</p>`)}</div>
<p class=${this._updateShown ? 'hint' : 'announce'} part="status" role="status">${this._announced}</p>
<div class="actions">${toggle(this._tableShown, 'table', s.showTable, s.hideTable, () => (this._tableShown = !this._tableShown))}${alerts.length > 0 ? toggle(this._promptsShown, 'prompts', s.showPrompts, s.hidePrompts, () => (this._promptsShown = !this._promptsShown)) : nothing}<button type="button" @click=${() => downloadCsv(this.toCSV(), 'ratings.csv')}>${s.downloadCsv}</button></div>
${alerts.length > 0 ? html`<ul class="prompts" id="prompts" part="prompts" ?hidden=${!this._promptsShown}>${alerts.map((a) => html`<li>${a.prompt}</li>`)}</ul>` : nothing}
${alertListTemplate(model)}
${this._tableShown || this._printing ? tableTemplate(model, !this._tableShown, { descending: this._descending, flip: () => (this._descending = !this._descending) }) : nothing}${probe}
</div>`;
  }

  /** The cursor moved (keys or pointer): the readout follows at once; the pointer's short form is announced once it rests. */
  private readonly _onCursor = (u: uPlot) => {
    const idx = u.cursor.idx;
    if (idx == null || idx === this._cursor) return;
    this._cursor = idx;
    clearTimeout(this._pause);
    this._pause = setTimeout(() => this._announce(idx), POINTER_PAUSE_MS) as unknown as number;
  };

  private _announce(idx: number): void {
    const x = this._model?.xs[idx];
    if (x !== undefined && this._model) this._announced = shortDescription(this._model, x);
    // The cursor's short form repeats the readout on screen: only the screen reader hears it.
    this._updateShown = false;
  }

  private _onKeydown(event: KeyboardEvent): void {
    const step = KEY_STEPS[event.key];
    const model = this._model as ChartModel;
    const last = model.xs.length - 1;
    if (step === undefined || last < 0) return;
    event.preventDefault();
    // The cursor starts at the latest session, so the first ArrowLeft already moves to the one before.
    const next = Math.max(0, Math.min(last, (this._cursor ?? last) + step));
    this._cursor = next;
    // A key press is announced at once, in its short form; the full readout is on screen.
    clearTimeout(this._pause);
    this._announce(next);
    // Show the cursor where a pointer over this session would put it.
    const u = this._view?.plot;
    const v = model.client[next];
    u?.setCursor({ left: u.valToPos(model.xs[next] as number, 'x'), top: v == null ? u.bbox.height / loadedUplot().pxRatio / 2 : u.valToPos(v, 'y') });
  }

  /** uPlot could not load (it throws as it loads under a locale it cannot read): the chart says so. */
  private readonly _onDrawFailed = (error: unknown) => {
    this._drawError = error as Error;
    this.requestUpdate();
  };

  private readonly _onPrint = (event: Event) => {
    this._printing = event.type === 'beforeprint';
    this.requestUpdate();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'fit-chart': FitChart;
  }
}
