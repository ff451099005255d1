/**
 * The options of a scale, as attributes and properties: variant, mode, entry, rater,
 * administration, date, content, name and the boolean states. Each choice is checked when it is
 * set: a bad one throws a FitlineError naming it and leaves the old value in place. A property a
 * host set before the tag was defined is applied at upgrade, each in its own guard: one refused
 * there has no caller to throw to, so it is reported by a `fit-error` event and the rest apply.
 * `name`, `required` and `disabled` reach the form at once, as `values` does: a framework sets
 * them as properties and may check validity right after.
 * `RatingScale` builds the marks, input, form and rendering on top of these.
 */
import { LitElement } from 'lit';
import type { PropertyDeclaration, PropertyDeclarations, PropertyValues } from 'lit';
import { FitlineError, MODES, RATERS, isIsoDate } from '@fitline/core';
import type { InstrumentId, Mode, Rater } from '@fitline/core';
import type { ContentPack } from '@fitline/core/content';
import { assertContentPack } from '@fitline/core/content';
import { freeze } from '../content/registry.js';
import { errorEvent } from './events.js';

export type ScaleMode = 'client' | 'clinician' | 'review';
export type EntryKind = 'items' | 'total';

/** Checks a choice attribute or property; throws a FitlineError naming it, keeping the old value. */
function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new FitlineError('bad-option', `${field} must be one of ${allowed.join(', ')}, not "${String(value)}".`, field);
  }
  return value as T;
}

export abstract class ScaleProperties extends LitElement {
  static override properties: PropertyDeclarations = {
    // Lit wraps the accessors below (getPropertyDescriptor), calling requestUpdate after each set that did not throw.
    variant: {},
    mode: {},
    entry: {},
    rater: {},
    administration: {},
    date: {},
    content: { attribute: false },
    name: {},
    required: { type: Boolean },
    // Reflected by its own setter, at once: the browser leaves a disabled form-associated element
    // out of the form, and out of validity checks, only by its attribute.
    disabled: { type: Boolean },
    readonly: { type: Boolean },
    showValues: { type: Boolean, attribute: 'show-values' },
    submitLabel: { attribute: 'submit-label' },
  };

  /** Variant name to instrument id; the first entry is the default. */
  protected abstract readonly variants: Readonly<Record<string, InstrumentId>>;

  /** The marks show but cannot be moved; the lines stay focusable and announce their values. */
  declare readonly: boolean;
  /** Shows each item's number and the total to the client (hidden unless set). */
  declare showValues: boolean;
  /** Renders a submit button with this text; it sends `fit-submit` once per completed rating. */
  declare submitLabel: string | undefined;

  protected _variant = 'adult';
  protected _mode: ScaleMode = 'client';
  protected _entry: EntryKind = 'items';
  protected _rater: Rater = 'client';
  protected _administration: Mode | undefined;
  protected _date: string | undefined;
  protected _content: ContentPack | undefined;
  private _name = '';
  private _required = false;
  private _disabled = false;
  /** True only while lit applies the properties set before the tag was defined (see performUpdate). */
  private upgrading = false;

  constructor() {
    super();
    this.readonly = this.showValues = false;
  }

  /**
   * Each property's setter, guarded while lit applies the properties set before upgrade: lit applies
   * them in one loop at the first update, where one refusal would stop the rest and the render.
   */
  static override getPropertyDescriptor(name: PropertyKey, key: string | symbol, options: PropertyDeclaration): PropertyDescriptor | undefined {
    const descriptor = super.getPropertyDescriptor(name, key, options);
    const set = descriptor?.set;
    if (!set) return descriptor;
    return {
      ...descriptor,
      set(this: ScaleProperties, value: unknown) {
        if (!this.upgrading) return set.call(this, value);
        try {
          set.call(this, value);
        } catch (error) {
          this.dispatchEvent(errorEvent(error as FitlineError));
        }
      },
    };
  }

  protected override performUpdate(): void {
    // Lit applies the properties set before upgrade at the start of the first update, then asks shouldUpdate.
    this.upgrading = !this.hasUpdated;
    try {
      super.performUpdate();
    } finally {
      this.upgrading = false;
    }
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    this.upgrading = false;
    return super.shouldUpdate(changed);
  }

  /** Form name: the scale submits `NAME.ITEMID` for each marked item and `NAME.total`. */
  get name(): string {
    return this._name;
  }
  set name(value: string) {
    this._name = value == null ? '' : String(value);
    this.commit();
  }

  /** A form submit needs every line marked (or, in total-only entry, the total typed). */
  get required(): boolean {
    return this._required;
  }
  set required(value: boolean) {
    this._required = Boolean(value);
    this.commit();
  }

  /** Marks cannot be placed or moved and the submit button is disabled; the form gets no value. */
  get disabled(): boolean {
    return this._disabled;
  }
  set disabled(value: boolean) {
    this._disabled = Boolean(value);
    if (this.hasAttribute('disabled') !== this._disabled) this.toggleAttribute('disabled', this._disabled);
    this.commit();
  }

  /** The form value and validity depend on the mode and entry: refreshed as soon as they change. */
  protected abstract commit(): void;

  /** `adult` (default) or one of the element's other variants. */
  get variant(): string {
    return this._variant;
  }
  set variant(value: string) {
    this._variant = oneOf(value ?? 'adult', Object.keys(this.variants), 'variant');
  }

  /** The instrument the current variant records, such as `cors`. */
  get instrument(): InstrumentId {
    // `_variant` is always one of the variants: its setter checks it and `load` restores it on failure.
    return this.variants[this._variant] as InstrumentId;
  }

  /** `client` (default), `clinician` (typed entry of measured values) or `review` (read-only). */
  get mode(): ScaleMode {
    return this._mode;
  }
  set mode(value: ScaleMode) {
    this._mode = oneOf(value ?? 'client', ['client', 'clinician', 'review'], 'mode');
    this.commit();
  }

  /** Clinician entry: `items` (default, item by item) or `total` (the total only). */
  get entry(): EntryKind {
    return this._entry;
  }
  set entry(value: EntryKind) {
    this._entry = oneOf(value ?? 'items', ['items', 'total'], 'entry');
    this.commit();
  }

  /** Who gives the rating: `client` (default) or a collateral rater. */
  get rater(): Rater {
    return this._rater;
  }
  set rater(value: Rater) {
    this._rater = oneOf(value ?? 'client', RATERS, 'rater');
  }

  /** The administration mode recorded on the Rating; defaults to `in-session`, or `paper` in clinician entry. */
  get administration(): Mode {
    return this._administration ?? (this._mode === 'clinician' ? 'paper' : 'in-session');
  }
  set administration(value: Mode | undefined) {
    this._administration = value == null ? undefined : oneOf(value, MODES, 'administration');
  }

  /** When the rating was given (ISO 8601). Unset: the moment the last line was marked. */
  get date(): string | undefined {
    return this._date;
  }
  set date(value: string | undefined) {
    if (value != null && (typeof value !== 'string' || !isIsoDate(value))) {
      throw new FitlineError('bad-date', `date must be an ISO 8601 date such as 2026-03-04, not "${String(value)}".`, 'date');
    }
    this._date = value ?? undefined;
  }

  /** Licensed wording for this element, overriding registered packs (see `registerContent`). */
  get content(): ContentPack | undefined {
    return this._content;
  }
  set content(pack: ContentPack | undefined) {
    if (pack != null) {
      assertContentPack(pack);
      this.assertRecords(pack.instrument, 'bad-content');
    }
    this._content = pack == null ? undefined : freeze(pack);
  }

  /** Refuses an instrument this element does not record (a loaded rating's, a pack's), naming the ones it does. */
  protected assertRecords(instrument: InstrumentId, code: 'unknown-instrument' | 'bad-content'): void {
    const instruments = Object.values(this.variants);
    if (!instruments.includes(instrument)) throw new FitlineError(code, `This element records ${instruments.join(', ')}, not ${instrument}.`, 'instrument');
  }

  /** The total only, no item values: typed in clinician entry, or a saved total-only rating under review. */
  protected get totalOnly(): boolean {
    return this._mode !== 'client' && this._entry === 'total';
  }

  /** Read-only, or reviewing a saved rating: the values show but do not change. */
  protected get locked(): boolean {
    return this.readonly || this._mode === 'review';
  }
}
