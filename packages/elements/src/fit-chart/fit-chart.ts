/**
 * `<fit-chart>`: a client's outcome and alliance totals by session, drawn with uPlot, with the
 * clinical cutoff, the expected band, collateral raters and alerts; and everything it shows as text.
 */
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { FitlineError } from '@fitline/core';
import type { NormsProfile, Rating, TrajectoryModel } from '@fitline/core';
import { toCsv } from '@fitline/core/csv';
import { themeStyles } from '../shared/theme.styles.js';
import { uplotStyles } from './uplot.styles.js';
import { fitChartStyles } from './fit-chart.styles.js';
import { buildChartModel } from './chart-model.js';
import type { ChartModel } from './chart-model.js';
import { legendTemplate, pointDescription, tableTemplate } from './chart-templates.js';
import { UplotView } from './uplot-view.js';
import { exportPng } from './export-png.js';
import uPlot from 'uplot';

const KEY_STEPS: Record<string, (i: number, last: number) => number> = {
  ArrowRight: (i, last) => Math.min(i + 1, last),
  ArrowUp: (i, last) => Math.min(i + 1, last),
  ArrowLeft: (i) => Math.max(i - 1, 0),
  ArrowDown: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, last) => last,
};

/**
 * @summary A progress chart of Outcome and Session Rating Scale totals, full-size or inline (`compact`).
 *
 * @csspart base - The wrapper of everything the chart shows.
 * @csspart summary - The text summary above the plot.
 * @csspart plot - The plot area (focusable; arrow keys, Home and End move between sessions).
 * @csspart legend - The legend, with each series' dash pattern and marker shape.
 * @csspart readout - The details of the session under the cursor.
 * @csspart table - The data table, shown on request and when printing.
 * @csspart error - The message shown instead of the chart when the ratings are not valid.
 *
 * @cssprop [--fit-chart-height=20rem] - Height of the plot in full size.
 * @cssprop [--fit-chart-compact-width=8rem] - Width of a compact chart.
 * @cssprop [--fit-chart-compact-height=2rem] - Height of a compact chart.
 * @cssprop [--fit-chart-outcome-color=var(--fit-color-mark)] - The client's outcome series.
 * @cssprop [--fit-chart-alliance-color=var(--fit-color-alliance)] - Alliance series.
 * @cssprop [--fit-chart-collateral-color=light-dark(#2f6b31, #8fd694)] - Collateral raters' outcome series.
 * @cssprop [--fit-chart-band-color=var(--fit-color-accent)] - The expected band's fill (drawn translucent).
 * @cssprop [--fit-chart-grid-color=light-dark(#d8dee4, #343b44)] - Grid lines.
 */
export class FitChart extends LitElement {
  static override styles = [themeStyles, uplotStyles, fitChartStyles];

  static override properties = {
    ratings: { attribute: false },
    norms: { attribute: false },
    trajectory: { attribute: false },
    age: { type: Number },
    compact: { type: Boolean, reflect: true },
    _model: { state: true },
    _error: { state: true },
    _cursor: { state: true },
    _tableShown: { state: true },
    _promptsShown: { state: true },
    _announcement: { state: true },
  };

  /** The episode's ratings, ORS and SRS families together, any raters. Invalid ones show an error, never throw. */
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
  private _cursor: number | null = null;
  private _tableShown = false;
  private _promptsShown = false;
  private _announcement = '';
  private _printing = false;
  private _view: UplotView | null = null;

  /** The text summary the chart shows (and, compact, its accessible name); empty in the error state. */
  get summary(): string {
    return this._model?.summary ?? '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this._onPrint);
    window.addEventListener('afterprint', this._onPrint);
    // A DOM move disconnects and reconnects: the plot was destroyed, so draw it again with the same data.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this._onPrint);
    window.removeEventListener('afterprint', this._onPrint);
    this._view?.destroy();
    this._view = null;
  }

  /** The chart as a PNG image (summary above the plot), for a note. Rejects when nothing is drawn. */
  async toPNG(): Promise<Blob> {
    await this.updateComplete;
    if (this._error) throw this._error;
    // A chart just put on the page draws at its first layout, one frame on.
    if (!this._view?.plot) await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const plot = this._view?.plot;
    const palette = this._view?.palette;
    if (!plot || !palette) throw new Error('The chart is not drawn: it must be on the page and visible to export a PNG.');
    return exportPng(plot.ctx.canvas, this.summary, palette, uPlot.pxRatio);
  }

  /** The ratings as CSV text (@fitline/core/csv). Throws the FitlineError that names the field when they are invalid. */
  toCSV(): string {
    if (this._error) throw this._error;
    return toCsv(this.ratings);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ratings') || changed.has('norms') || changed.has('trajectory') || changed.has('age') || !this._model) {
      try {
        this._model = buildChartModel({ ratings: this.ratings, norms: this.norms, trajectory: this.trajectory, age: this.age });
        this._error = null;
      } catch (error) {
        this._model = null;
        this._error = error instanceof Error ? error : new FitlineError('not-an-object', String(error), 'ratings');
      }
      this._cursor = null;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const plotEl = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!plotEl || !this._model) {
      this._view?.destroy();
      this._view = null;
      return;
    }
    if (!this._view || changed.has('_model' as keyof FitChart) || changed.has('compact')) {
      this._view ??= new UplotView(this.renderRoot as ShadowRoot, this._onCursor);
      this._view.mount(plotEl, this._model, this.compact);
    } else {
      this._view.syncRect();
    }
  }

  protected override render() {
    const model = this._model;
    if (!model) return this._renderError();
    if (this.compact) {
      return html`<div part="base" class="base compact" role="img" aria-label=${model.summary}><div class="plot" part="plot"></div></div>`;
    }
    const last = model.xs.length - 1;
    const index = this._cursor ?? last;
    const x = model.xs[index];
    const alerts = x === undefined ? [] : model.alerts.filter((a) => a.session === x);
    return html`<div part="base" class="base">
      <p class="summary" part="summary" id="summary">${model.summary}</p>
      <div
        class="plot"
        part="plot"
        role="application"
        aria-roledescription="chart"
        aria-label="Outcome and alliance totals by session. Arrow keys, Home and End move between sessions."
        aria-describedby="summary"
        tabindex="0"
        @keydown=${this._onKeydown}
        @pointerenter=${() => this._view?.syncRect()}
      ></div>
      ${legendTemplate(model)}
      <div class="readout" part="readout">
        ${x === undefined ? html`<p>No sessions to show.</p>` : pointDescription(model, x).map((line) => html`<p class=${line.startsWith('Alert') ? 'alert' : ''}>${line}</p>`)}
      </div>
      <p class="visually-hidden" role="status">${this._announcement}</p>
      <div class="actions">
        <button type="button" aria-expanded=${String(this._tableShown)} aria-controls="table" @click=${this._toggleTable}>
          ${this._tableShown ? 'Hide data table' : 'Show data table'}
        </button>
        ${alerts.length > 0
          ? html`<button type="button" aria-expanded=${String(this._promptsShown)} aria-controls="prompts" @click=${this._togglePrompts}>
              ${this._promptsShown ? 'Hide conversation prompts' : 'Show conversation prompts'}
            </button>`
          : nothing}
      </div>
      ${alerts.length > 0
        ? html`<ul class="prompts" id="prompts" part="prompts" ?hidden=${!this._promptsShown}>${alerts.map((a) => html`<li>${a.prompt}</li>`)}</ul>`
        : nothing}
      ${this._tableShown || this._printing ? tableTemplate(model, !this._tableShown) : nothing}
    </div>`;
  }

  private _renderError() {
    const message = this._error?.message ?? 'The chart has nothing valid to show.';
    const field = this._error instanceof FitlineError && this._error.field ? this._error.field : '';
    if (this.compact) {
      return html`<div part="base error" class="base compact error" role="img" aria-label=${`Chart not drawn: ${message}`}>${message}</div>`;
    }
    return html`<div part="base error" class="base error" role="alert" data-field=${field}>
      <strong>The chart cannot be drawn.</strong> ${message}
    </div>`;
  }

  private readonly _onCursor = (index: number | null) => {
    if (index !== null && index !== this._cursor) this._cursor = index;
  };

  private _onKeydown(event: KeyboardEvent): void {
    const step = KEY_STEPS[event.key];
    const model = this._model;
    if (!step || !model || model.xs.length === 0) return;
    event.preventDefault();
    const last = model.xs.length - 1;
    const next = this._cursor === null && event.key !== 'Home' ? last : step(this._cursor ?? last, last);
    this._cursor = next;
    this._view?.setCursorIndex(next);
    this._announcement = pointDescription(model, model.xs[next] as number).join('. ');
  }

  private _toggleTable(): void {
    this._tableShown = !this._tableShown;
  }

  private _togglePrompts(): void {
    this._promptsShown = !this._promptsShown;
  }

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
