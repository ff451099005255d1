/**
 * The shared base of `<ors-scale>` and `<srs-scale>`: four rating lines with no preset mark,
 * exact tenths from pointer and keyboard, client / clinician-entry / review modes, form
 * association, and a built-in submit that sends each completed rating once.
 */
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { FitlineError, MODES, RATERS, fromTenths, isIsoDate, toTenths, validateItemValue } from '@fitline/core';
import type { InstrumentId, Mode, Rater, Rating } from '@fitline/core';
import type { ContentPack } from '@fitline/core/content';
import { assertContentPack } from '@fitline/core/content';
import { freeze, resolveContent } from '../content/registry.js';
import { isPlaceholderPack } from '@fitline/core/content';
import { fill, formatTenths, resolveStrings } from '../locale/strings.js';
import { themeStyles } from '../shared/theme.styles.js';
import { ratingScaleStyles } from './rating-scale.styles.js';
import { renderEntry, renderLine } from './rating-line.js';
import { MAX_TENTHS, parseTypedTenths, tenthsAfterKey, tenthsAtPoint } from './line-input.js';
import { decodeState, encodeState, formEntries } from './form-value.js';
import type { Tenths } from './form-value.js';
import type { FitSubmitDetail } from './events.js';

export type ScaleMode = 'client' | 'clinician' | 'review';
export type EntryKind = 'items' | 'total';

const COUNT = 4;
const empty = (): Tenths => [null, null, null, null];

/** Checks a choice attribute or property; throws a FitlineError naming it, keeping the old value. */
function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new FitlineError('bad-option', `${field} must be one of ${allowed.join(', ')}, not "${String(value)}".`, field);
  }
  return value as T;
}

/** The line a keyboard or pointer event concerns, if any. */
const trackOf = (e: Event) => (e.target as Element).closest<HTMLElement>('.track');

/** Typing in an entry field must not leak the field's own `input` events out of the element. */
const stopNative = (e: Event) => e.stopPropagation();

interface Drag {
  pointerId: number;
  track: HTMLElement;
  index: number;
  /** Touch waits for a horizontal move or a lift, so a vertical swipe that becomes a scroll places nothing. */
  pending: boolean;
  before: number | null;
}

export abstract class RatingScale extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [themeStyles, ratingScaleStyles];
  static override properties = {
    variant: { noAccessor: true },
    mode: { noAccessor: true },
    entry: { noAccessor: true },
    rater: { noAccessor: true },
    administration: { noAccessor: true },
    date: { noAccessor: true },
    values: { noAccessor: true, attribute: false },
    content: { noAccessor: true, attribute: false },
    name: {},
    required: { type: Boolean },
    disabled: { type: Boolean },
    readonly: { type: Boolean },
    showValues: { type: Boolean, attribute: 'show-values' },
    submitLabel: { attribute: 'submit-label' },
    _state: { state: true },
  };

  /** Variant name to instrument id; the first entry is the default. */
  protected abstract readonly variants: Readonly<Record<string, InstrumentId>>;

  declare name: string;
  declare required: boolean;
  declare disabled: boolean;
  declare readonly: boolean;
  declare showValues: boolean;
  declare submitLabel: string | undefined;

  private readonly internals: ElementInternals;
  private tenths: Tenths = empty();
  /** The array the host assigned to `values` last (see the `values` setter). */
  private assigned: unknown;
  private typedTotal: number | null = null;
  private _variant = 'adult';
  private _mode: ScaleMode = 'client';
  private _entry: EntryKind = 'items';
  private _rater: Rater = 'client';
  private _administration: Mode | undefined;
  private _date: string | undefined;
  private _content: ContentPack | undefined;
  private completedAt = '';
  private sent = false;
  private formDisabled = false;
  private drag: Drag | undefined;
  /** Messages on screen: the missing-mark message by line, and typed-entry refusals (index 4: total). */
  private _state = { missing: -1, entryErrors: ['', '', '', '', ''] };

  constructor() {
    super();
    this.name = '';
    this.required = this.disabled = this.readonly = this.showValues = false;
    this.internals = this.attachInternals();
    this.addEventListener('invalid', () => this.showMissing());
  }

  /** `adult` (default) or one of the element's other variants. */
  get variant(): string {
    return this._variant;
  }
  set variant(value: string) {
    const old = this._variant;
    this._variant = oneOf(value ?? 'adult', Object.keys(this.variants), 'variant');
    this.requestUpdate('variant', old);
  }

  /** The instrument the current variant records, such as `cors`. */
  get instrument(): InstrumentId {
    return this.variants[this._variant] ?? (Object.values(this.variants)[0] as InstrumentId);
  }

  /** `client` (default), `clinician` (typed entry of measured values) or `review` (read-only). */
  get mode(): ScaleMode {
    return this._mode;
  }
  set mode(value: ScaleMode) {
    const old = this._mode;
    this._mode = oneOf(value ?? 'client', ['client', 'clinician', 'review'], 'mode');
    this.requestUpdate('mode', old);
    this.commit();
  }

  /** Clinician entry: `items` (default, item by item) or `total` (the total only). */
  get entry(): EntryKind {
    return this._entry;
  }
  set entry(value: EntryKind) {
    const old = this._entry;
    this._entry = oneOf(value ?? 'items', ['items', 'total'], 'entry');
    this.requestUpdate('entry', old);
    this.commit();
  }

  /** Who gives the rating: `client` (default) or a collateral rater. */
  get rater(): Rater {
    return this._rater;
  }
  set rater(value: Rater) {
    const old = this._rater;
    this._rater = oneOf(value ?? 'client', RATERS, 'rater');
    this.requestUpdate('rater', old);
  }

  /** The administration mode recorded on the Rating; defaults to `in-session`, or `paper` in clinician entry. */
  get administration(): Mode {
    return this._administration ?? (this._mode === 'clinician' ? 'paper' : 'in-session');
  }
  set administration(value: Mode | undefined) {
    const old = this._administration;
    this._administration = value == null ? undefined : oneOf(value, MODES, 'administration');
    this.requestUpdate('administration', old);
  }

  /** When the rating was given (ISO 8601). Unset: the moment the last line was marked. */
  get date(): string | undefined {
    return this._date;
  }
  set date(value: string | undefined) {
    if (value != null && (typeof value !== 'string' || !isIsoDate(value))) {
      throw new FitlineError('bad-date', `date must be an ISO 8601 date such as 2026-03-04, not "${String(value)}".`, 'date');
    }
    const old = this._date;
    this._date = value ?? undefined;
    this.requestUpdate('date', old);
  }

  /**
   * The four item values (0 to 10, tenths) in the instrument's order; null where unmarked.
   * Assigning the very array assigned last is ignored, so a framework re-rendering with unchanged
   * properties keeps the client's marks: assign a new array to change the values.
   */
  get values(): (number | null)[] {
    return this.tenths.map((t) => (t === null ? null : fromTenths(t)));
  }
  set values(value: readonly (number | null)[]) {
    if (value === this.assigned) return;
    if (!Array.isArray(value) || value.length !== COUNT) {
      throw new FitlineError('item-count', `values must be a list of ${COUNT} numbers or nulls.`, 'values');
    }
    value.forEach((v, i) => {
      const problem = v === null ? null : validateItemValue(v, `values[${i}]`);
      if (problem) throw FitlineError.fromProblems([problem]);
    });
    this.setTenths(value.map((v) => (v === null ? null : toTenths(v))), false);
    this.assigned = value;
  }

  /** Licensed wording for this element, overriding registered packs (see `registerContent`). */
  get content(): ContentPack | undefined {
    return this._content;
  }
  set content(pack: ContentPack | undefined) {
    const old = this._content;
    if (pack != null) {
      assertContentPack(pack);
      if (!Object.values(this.variants).includes(pack.instrument)) {
        throw new FitlineError('bad-content', `This element records ${Object.values(this.variants).join(', ')}, not ${pack.instrument}.`, 'instrument');
      }
    }
    this._content = pack == null ? undefined : freeze(pack);
    this.requestUpdate('content', old);
  }

  /** 0 to 40 once every line is marked (or, in total-only entry, the typed total); else null. */
  get total(): number | null {
    if (this.totalOnly) return this.typedTotal === null ? null : fromTenths(this.typedTotal);
    if (this.tenths.includes(null)) return null;
    return fromTenths((this.tenths as number[]).reduce((a, b) => a + b, 0));
  }

  get complete(): boolean {
    return this.total !== null;
  }

  /** The completed Rating; null until every item is marked (and in total-only entry). */
  get rating(): Rating | null {
    if (this.totalOnly || !this.complete) return null;
    return { instrument: this.instrument, items: this.values as number[], date: this._date ?? this.completedAt, rater: this._rater, mode: this.administration };
  }

  /**
   * Shows a saved Rating (for example with `mode="review"`): its instrument picks the variant.
   * Each field is checked by its own setter, so a bad one throws a FitlineError naming it.
   */
  load(rating: Rating): void {
    const variant = Object.keys(this.variants).find((v) => this.variants[v] === rating.instrument);
    if (!variant) throw new FitlineError('unknown-instrument', `This element shows ${Object.values(this.variants).join(', ')}, not ${rating.instrument}.`, 'instrument');
    const before = [this._variant, this._date, this._rater, this._administration] as const;
    try {
      this.variant = variant;
      this.date = rating.date;
      this.rater = rating.rater ?? 'client';
      this.administration = rating.mode;
      this.values = rating.items;
    } catch (error) {
      [this._variant, this._date, this._rater, this._administration] = before;
      throw error;
    }
  }

  /** Clears every mark and re-arms the submit button. */
  reset(): void {
    this.typedTotal = null;
    this.assigned = undefined;
    this.setTenths(empty(), false);
    this._state = { missing: -1, entryErrors: ['', '', '', '', ''] };
    this.sent = false;
  }

  /** Lets the submit button send the same values again (for example after the host's upload failed). */
  rearm(): void {
    this.sent = false;
    this.requestUpdate();
  }

  private get totalOnly(): boolean {
    return this._mode === 'clinician' && this._entry === 'total';
  }

  private get blocked(): boolean {
    return this.disabled || this.formDisabled;
  }

  private get locked(): boolean {
    return this.readonly || this._mode === 'review';
  }

  private setTenths(next: Tenths, user: boolean, typedTotal = this.typedTotal): void {
    const changed = next.some((t, i) => t !== this.tenths[i]) || typedTotal !== this.typedTotal;
    if (!changed) return;
    const wasComplete = this.complete;
    this.tenths = next;
    this.typedTotal = typedTotal;
    this.sent = false;
    if (this.complete && !wasComplete) this.completedAt = new Date().toISOString();
    if (this._state.missing >= 0 && next[this._state.missing] !== null) this._state = { ...this._state, missing: -1 };
    this.commit();
    this.requestUpdate();
    if (user) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private fireChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Form value and validity, set synchronously so a submit right after a change sees it. */
  private commit(): void {
    const ids = this.itemIds;
    this.internals.setFormValue(formEntries(this.name, ids, this.totalOnly ? empty() : this.tenths, this.total === null ? null : toTenths(this.total)), encodeState(this.tenths, this.typedTotal));
    const first = this.tenths.indexOf(null);
    if (this.required && !this.complete && !this.locked) {
      const anchor = this.renderRoot?.querySelector<HTMLElement>(this.totalOnly ? '[data-entry="4"]' : `[data-index="${first}"]`) ?? undefined;
      this.internals.setValidity({ valueMissing: true }, this.strings.markLine, anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  private get itemIds(): readonly string[] {
    return this.pack.items.map((item) => item.id);
  }

  private get lang_(): string {
    for (let n: Node | null = this; n; n = (n as Element).parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null)) {
      if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang') ?? '';
    }
    return document.documentElement.lang || 'en';
  }

  private get strings() {
    return resolveStrings(this.lang_);
  }

  private get pack(): ContentPack {
    return this._content?.instrument === this.instrument ? this._content : resolveContent(this.instrument, this.lang_);
  }

  private get rtl(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }

  /** Puts the missing-mark message on the first unmarked line and moves focus there. */
  private showMissing(): void {
    const index = this.totalOnly ? 4 : this.tenths.indexOf(null);
    if (index < 0 || (this.totalOnly && this.typedTotal !== null)) return;
    if (this.totalOnly) this._state = { ...this._state, entryErrors: this._state.entryErrors.map((e, i) => (i === 4 ? this.strings.markLine : e)) };
    else this._state = { ...this._state, missing: index };
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(this.totalOnly ? '[data-entry="4"]' : `[data-index="${index}"]`)?.focus());
  }

  private submit(): void {
    if (this.sent || this.blocked || this.locked) return;
    if (!this.complete) return this.showMissing();
    this.sent = true;
    this.requestUpdate();
    const total = this.total as number;
    const date = this._date ?? (this.completedAt || new Date().toISOString());
    const rating = this.rating === null ? null : { ...this.rating, date };
    const detail: FitSubmitDetail = { rating, total, instrument: this.instrument, date, mode: this.administration, rater: this._rater };
    this.dispatchEvent(new CustomEvent('fit-submit', { detail, bubbles: true, composed: true }));
  }

  private onKeyDown(e: KeyboardEvent): void {
    const track = trackOf(e);
    if (!track || this.blocked || this.locked) return;
    const index = Number(track.dataset.index);
    const next = tenthsAfterKey(e.key, this.tenths[index] ?? null, this.rtl);
    if (next === undefined) return;
    e.preventDefault();
    const before = this.tenths[index];
    this.setItem(index, next, true);
    if (before !== next) this.fireChange();
  }

  private onPointerDown(e: PointerEvent): void {
    const track = trackOf(e);
    if (!track || this.blocked || this.locked || this.drag || (e.pointerType === 'mouse' && e.button !== 0)) return;
    const index = Number(track.dataset.index);
    this.drag = { pointerId: e.pointerId, track, index, pending: e.pointerType === 'touch', before: this.tenths[index] ?? null };
    track.setPointerCapture(e.pointerId);
    if (!this.drag.pending) this.markAt(e);
  }

  private onPointerMove(e: PointerEvent): void {
    if (this.drag?.pointerId !== e.pointerId) return;
    this.drag.pending = false;
    this.markAt(e);
  }

  private onPointerEnd(e: PointerEvent): void {
    const drag = this.drag;
    if (drag?.pointerId !== e.pointerId) return;
    // A touch lifted without moving is a tap; a cancel (the page scrolled) keeps whatever is set.
    if (drag.pending && e.type === 'pointerup') this.markAt(e);
    this.drag = undefined;
    if (this.tenths[drag.index] !== drag.before) this.fireChange();
  }

  private markAt(e: PointerEvent): void {
    const drag = this.drag as Drag;
    const line = drag.track.querySelector('[part="line"]') as HTMLElement;
    const box = line.getBoundingClientRect();
    this.setItem(drag.index, tenthsAtPoint(e.clientX, box.left, box.width, this.rtl), true);
  }

  private setItem(index: number, tenths: number, user: boolean): void {
    const next = [...this.tenths];
    next[index] = Math.min(MAX_TENTHS, Math.max(0, tenths));
    this.setTenths(next, user);
  }

  /** A clinician typed a value: index 0 to 3 an item, 4 the total. Refusals are shown, never rounded. */
  private onEntryChange(e: Event): void {
    const input = e.target as HTMLInputElement;
    const index = Number(input.dataset.entry);
    if (Number.isNaN(index)) return;
    e.stopPropagation();
    const text = input.value.trim();
    const max = index === 4 ? 40 : 10;
    const tenths = text === '' ? null : parseTypedTenths(text, max);
    const refused = text !== '' && tenths === null;
    this._state = { ...this._state, entryErrors: this._state.entryErrors.map((err, i) => (i === index ? (refused ? fill(this.strings.badNumber, { max: String(max) }) : '') : err)) };
    if (refused) return;
    if (index === 4) this.setTenths(this.tenths, true, tenths);
    else {
      const next = [...this.tenths];
      next[index] = tenths;
      this.setTenths(next, true);
    }
    this.fireChange();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'name' || name === 'required') this.commit();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.commit();
  }

  formResetCallback(): void {
    this.reset();
    // Text a clinician typed but that was refused is not in the state, so clear the fields too.
    this.renderRoot?.querySelectorAll('input').forEach((input) => (input.value = ''));
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.requestUpdate();
  }

  formStateRestoreCallback(state: unknown, _reason?: string): void {
    const restored = decodeState(state, COUNT);
    if (restored) this.setTenths(restored.tenths, false, restored.typedTotal);
  }

  protected override render() {
    const lang = this.lang_;
    const strings = resolveStrings(lang);
    const pack = this.pack;
    const child = this._variant === 'child' || this._variant === 'young-child';
    const clinician = this._mode === 'clinician';
    const review = this._mode === 'review';
    const showValues = this.showValues || clinician || review;
    const total = this.total;
    const view = { lang, disabled: this.blocked, readonly: this.locked };
    return html`<div class="base" part="base" @change=${this.onEntryChange} @input=${stopNative}>
      <p class="title" part="title" lang=${pack.lang}>${pack.title}</p>
      ${clinician || review ? nothing : html`<p class="instructions" part="instructions" lang=${pack.lang}>${pack.instructions}</p>`}
      ${isPlaceholderPack(pack) ? html`<p class="notice" part="notice">${strings.placeholder}</p>` : nothing}
      ${this.totalOnly
        ? renderEntry('entry-total', strings.entryTotal, this.typedTotal, this._state.entryErrors[4] ?? '', view, 4)
        : html`<div class="items" part="items" @keydown=${this.onKeyDown} @pointerdown=${this.onPointerDown} @pointermove=${this.onPointerMove} @pointerup=${this.onPointerEnd} @pointercancel=${this.onPointerEnd} @lostpointercapture=${this.onPointerEnd}>
            ${pack.items.map((item, index) =>
              renderLine({ ...view, index, item, packLang: pack.lang, tenths: this.tenths[index] ?? null, strings, faces: child, showValue: showValues, entry: clinician, entryError: this._state.entryErrors[index] ?? '', message: this._state.missing === index ? strings.markLine : '' }),
            )}
          </div>`}
      ${showValues && total !== null && !this.totalOnly ? html`<p class="total" part="total">${strings.total}: ${formatTenths(toTenths(total), lang)}</p>` : nothing}
      ${review && this._date ? html`<p class="date" part="date">${fill(strings.givenOn, { d: this.formatDate(lang) })}</p>` : nothing}
      <p class="rights" part="rights" lang=${pack.lang}>${pack.rights}</p>
      ${this.submitLabel && !review
        ? html`<div class="actions"><button type="button" part="submit" ?disabled=${this.blocked} aria-disabled=${this.sent ? 'true' : nothing} @click=${this.submit}>${this.submitLabel}</button><span role="status" part="status">${this.sent ? strings.sent : ''}</span></div>`
        : nothing}
    </div>`;
  }

  private formatDate(lang: string): string {
    try {
      return new Intl.DateTimeFormat(lang || 'en', { dateStyle: 'long', timeZone: this._date?.length === 10 ? 'UTC' : undefined }).format(new Date(this._date as string));
    } catch {
      return this._date as string;
    }
  }
}
