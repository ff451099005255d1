/**
 * The shared base of `<ors-scale>` and `<srs-scale>`: four rating lines with no preset mark, exact
 * tenths from pointer and keyboard (line-gestures.ts), client / clinician-entry (clinician-entry.ts)
 * / review modes, form association (form-association.ts), and a built-in submit that sends each
 * completed rating once (submit.ts), over the checked options of scale-properties.ts. This file
 * holds the marks and the state the parts share.
 */
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { FitlineError, fromTenths, toTenths, validateItemValue } from '@fitline/core';
import type { Rating } from '@fitline/core';
import { isPlaceholderPack } from '@fitline/core/content';
import { resolveContent } from '../content/registry.js';
import { fill, formatDate, formatTenths, resolveStrings } from '../locale/strings.js';
import type { LocaleStrings } from '../locale/strings.js';
import { themeStyles } from '../shared/theme.styles.js';
import { restyle, styledRenderRoot } from '../shared/document-styles.js';
import { ratingScaleStyles } from './rating-scale.styles.js';
import { listenForGestures } from './line-gestures.js';
import type { DraggedLine } from './line-gestures.js';
import { TOTAL_FIELD, readEntry, withError } from './clinician-entry.js';
import { fieldSelector, firstMissing, syncForm, totalTenths } from './form-association.js';
import { decodeState } from './form-value.js';
import type { Tenths } from './form-value.js';
import { submitEvent } from './submit.js';
import { langOf, unwatchLang, watchLang } from './scale-lang.js';
import { renderEntry, renderLine } from './rating-line.js';
import { ScaleProperties } from './scale-properties.js';
import { readAloudSetting, readsAloud, speechFor } from './read-aloud-option.js';
import type { ReadAloudSetting } from './read-aloud-option.js';
import { dirOf } from './text-direction.js';

const COUNT = 4;
const empty = (): Tenths => [null, null, null, null, null];
const noErrors = () => ['', '', '', '', ''];
const NOT_HELD = Symbol('not held');

/** Throws a FitlineError naming `field` unless `value` is a score from 0 to `max` in tenths. */
function assertValue(value: unknown, field: string, max?: 10 | 40): void {
  const problem = validateItemValue(value, field, max);
  if (problem) throw FitlineError.fromProblems([problem]);
}

export type { ScaleMode, EntryKind } from './scale-properties.js';

export abstract class RatingScale extends ScaleProperties {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', delegatesFocus: true };
  static override styles = [themeStyles, ratingScaleStyles];
  static override properties: PropertyDeclarations = {
    // Lit wraps the accessor (ScaleProperties.getPropertyDescriptor), but the setter asks for an
    // update itself, only when a mark changes: re-assigning equal values renders nothing.
    values: { attribute: false, hasChanged: () => false },
    missingLine: { state: true },
    entryErrors: { state: true },
    readAloud: { attribute: 'read-aloud' },
  };

  private readonly internals: ElementInternals;
  /** The four items, then the total of total-only entry (form-value.ts). */
  private tenths: Tenths = empty();
  /** The array the host assigned to `values` last (see the `values` setter). */
  private assigned: unknown;
  private completedAt = '';
  private sent = false;
  private formDisabled = false;
  /** The language the interface text was last rendered in (see `langChanged`). */
  private uiLang = '';
  /** The line showing the missing-mark message, -1 for none. */
  private missingLine = -1;
  /** Typed-entry refusals on screen, by field (index 4: the total). */
  private entryErrors = noErrors();
  private _readAloud: ReadAloudSetting = 'auto';
  /** The line a drag holds now (line-gestures.ts); none until the shadow root is made. */
  private draggedLine: DraggedLine = () => -1;
  /** The host's value for the dragged line, set during the drag; NOT_HELD when it set none. */
  private held: number | null | typeof NOT_HELD = NOT_HELD;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', () => this.showMissing());
  }

  /**
   * The four item values (0 to 10, tenths) in the instrument's order; null where unmarked.
   * Assigning the very array assigned last is ignored, so a framework re-rendering with unchanged
   * properties keeps the client's marks: assign a new array to change the values.
   * While the client drags a mark, that line follows the pointer, not the host: a host that holds the
   * values in its state and renders late (React, Vue) would otherwise pull the mark back under the
   * finger. Its value for that line is held, and applies when the drag ends only if the drag moved
   * nothing; a drag that moved the mark ends with one `change`, whose value the host then takes.
   */
  get values(): (number | null)[] {
    return this.tenths.slice(0, COUNT).map((t) => (t === null ? null : fromTenths(t)));
  }
  set values(value: readonly (number | null)[]) {
    // The very list assigned last, or none (React 19 and Vue unset a property with undefined or null): the marks stay.
    if (value == null || value === this.assigned) return;
    if (!Array.isArray(value) || value.length !== COUNT) {
      throw new FitlineError('item-count', `values must be a list of ${COUNT} numbers or nulls.`, 'values');
    }
    // Array.from visits a hole in the list as undefined, which is refused, where forEach would skip it.
    Array.from(value, (v, i) => v === null || assertValue(v, `values[${i}]`));
    const next = [...value.map((v) => (v === null ? null : toTenths(v))), this.tenths[TOTAL_FIELD] as number | null];
    const dragged = this.draggedLine();
    if (dragged >= 0) {
      this.held = next[dragged] as number | null;
      next[dragged] = this.tenths[dragged] as number | null;
    }
    this.setTenths(next, false);
    this.assigned = value;
  }

  /**
   * Speak buttons for the instructions and each item (client mode): `auto` (default) shows them in
   * the young-child variant only, `on` (or the bare attribute) in every variant, `off` in none.
   * Only a local voice for the content pack's language speaks; without one, no button shows.
   */
  get readAloud(): ReadAloudSetting {
    return this._readAloud;
  }
  set readAloud(value: ReadAloudSetting | '' | null) {
    this._readAloud = readAloudSetting(value);
  }

  /** 0 to 40 once every line is marked (or, in total-only entry, the typed total); else null. */
  get total(): number | null {
    const total = totalTenths(this.tenths, this.totalOnly);
    return total === null ? null : fromTenths(total);
  }

  /** True once every item is marked (or, in total-only entry, the total typed); same as `total !== null`. */
  get complete(): boolean {
    return this.total !== null;
  }

  /** The completed Rating, null until complete; in total-only entry it has no items and the typed total. */
  get rating(): Rating | null {
    const total = this.total;
    if (total === null) return null;
    const rating: Rating = { instrument: this.instrument, items: this.totalOnly ? [] : (this.values as number[]), date: this._date ?? this.completedAt, rater: this._rater, mode: this.administration };
    if (this.totalOnly) rating.total = total;
    return rating;
  }

  /**
   * Shows a saved Rating (for example with `mode="review"`): its instrument picks the variant. A
   * total-only Rating (given on paper or by phone) shows its total alone, which needs review or
   * clinician mode. Each field is checked, so a bad one throws a FitlineError naming it, and
   * nothing changes.
   */
  load(rating: Rating): void {
    this.assertRecords(rating.instrument, 'unknown-instrument');
    const variant = Object.keys(this.variants).find((v) => this.variants[v] === rating.instrument) as string;
    const totalOnly = rating.items?.length === 0 && rating.total !== undefined;
    const before = [this._variant, this._date, this._rater, this._administration, this._entry] as const;
    try {
      this.variant = variant;
      this.date = rating.date;
      // The setter takes a missing rater as the client.
      this.rater = rating.rater!;
      this.administration = rating.mode;
      this.entry = totalOnly ? 'total' : 'items';
      // A copy: loading the same saved Rating again shows it again (the values setter ignores the very same list).
      if (!totalOnly) return void (this.values = [...rating.items]);
      assertValue(rating.total, 'total', 40);
      // A client's scale has only the lines, which cannot show a total alone.
      if (this._mode === 'client') throw new FitlineError('bad-option', 'mode must be review or clinician to show a total-only rating.', 'mode');
      this.setTenths([null, null, null, null, toTenths(rating.total!)], false);
    } catch (error) {
      [this._variant, this._date, this._rater, this._administration, this._entry] = before;
      throw error;
    }
  }

  /** Clears every mark and re-arms the submit button. */
  reset(): void {
    this.assigned = undefined;
    this.setTenths(empty(), false);
    this.missingLine = -1;
    this.entryErrors = noErrors();
    this.sent = false;
  }

  /** Lets the submit button send the same values again (for example after the host's upload failed). */
  rearm(): void {
    this.sent = false;
    this.requestUpdate();
  }

  /**
   * For the gesture handlers: whether the lines take input now.
   * @internal
   */
  get interactive(): boolean {
    return !(this.disabled || this.formDisabled || this.locked);
  }

  /** @internal For the gesture handlers: an item's value in tenths, null when unmarked. */
  itemTenths(index: number): number | null {
    return this.tenths[index] ?? null;
  }

  /** @internal For the gesture handlers: the user moved a mark (fires `input`); line-input.ts keeps `tenths` on the line. */
  userSet(index: number, tenths: number): void {
    const next = [...this.tenths];
    next[index] = tenths;
    this.setTenths(next, true);
  }

  /** @internal For the gesture handlers: the user let go of a mark (fires `change`). */
  userChanged(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** @internal For the gesture handlers: see the `values` setter for what happens to a value held during the drag. */
  dragEnded(index: number, changed: boolean): void {
    const held = this.held;
    this.held = NOT_HELD;
    if (changed) return this.userChanged();
    if (held !== NOT_HELD) this.setTenths(this.tenths.map((t, i) => (i === index ? held : t)), false);
  }

  /**
   * Called when a `lang` attribute changed in a tree this scale is in.
   * @internal
   */
  langChanged(): void {
    if (langOf(this) !== this.uiLang) this.requestUpdate();
  }

  private get strings(): LocaleStrings {
    return resolveStrings(langOf(this));
  }

  private setTenths(next: Tenths, user: boolean): void {
    if (!next.some((t, i) => t !== this.tenths[i])) return;
    const wasComplete = this.complete;
    this.tenths = next;
    this.sent = false;
    if (this.complete && !wasComplete) this.completedAt = new Date().toISOString();
    if (this.missingLine >= 0 && next[this.missingLine] !== null) this.missingLine = -1;
    this.commit();
    this.requestUpdate();
    if (user) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  /** Form value and validity, set synchronously so a submit right after a change sees it. */
  protected commit(): void {
    const required = this.required && !this.locked;
    syncForm(this.internals, {
      name: this.name,
      instrument: this.instrument,
      tenths: this.tenths,
      totalOnly: this.totalOnly,
      required,
      message: required ? this.strings.markLine : '',
      root: this.renderRoot,
    });
  }

  /** Puts the missing-mark message on the first unmarked line (or the total's field) and moves focus there. */
  private showMissing(): void {
    const index = firstMissing(this.tenths, this.totalOnly);
    if (index < 0) return;
    if (index === TOTAL_FIELD) this.entryErrors = withError(this.entryErrors, index, this.strings.markLine);
    else this.missingLine = index;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(fieldSelector(index))?.focus());
  }

  /** The built-in button's click (lit calls `@click` listeners with the element as `this`). */
  private submit(): void {
    if (this.sent || !this.interactive) return;
    if (!this.complete) return this.showMissing();
    this.sent = true;
    this.requestUpdate();
    this.dispatchEvent(submitEvent(this, this.completedAt));
  }

  /** A clinician typed a value: refusals are shown under the field, never rounded. */
  private onEntryChange(e: Event): void {
    const typed = readEntry(e.target as HTMLInputElement, this.strings);
    if (!typed) return;
    e.stopPropagation();
    this.entryErrors = withError(this.entryErrors, typed.index, typed.error);
    if (typed.tenths === undefined) return;
    this.setTenths(this.tenths.map((t, i) => (i === typed.index ? (typed.tenths as number | null) : t)), true);
    this.userChanged();
  }

  protected override createRenderRoot() {
    const root = styledRenderRoot(this, () => super.createRenderRoot()) as ShadowRoot;
    this.draggedLine = listenForGestures(root, this);
    root.addEventListener('change', (e) => this.onEntryChange(e));
    // Typing in an entry field must not leak the field's own `input` events out of the element.
    root.addEventListener('input', (e) => e.stopPropagation());
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  /** @internal Called by the browser when the element is moved into another document (an iframe): the marks, listeners and form state come along; the styles are made there. */
  adoptedCallback(): void {
    restyle(this);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // After a render, so the validity message can point at the line now on screen.
    this.commit();
  }

  /** @internal Called by the browser when the form is reset. */
  formResetCallback(): void {
    this.reset();
    // Text a clinician typed but that was refused is not in the state, so clear the fields too.
    this.renderRoot?.querySelectorAll('input').forEach((input) => (input.value = ''));
  }

  /** @internal Called by the browser when a `<fieldset>` or form around the scale is disabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.requestUpdate();
  }

  /** @internal Called by the browser to restore the marks after navigation or autofill. */
  formStateRestoreCallback(state: unknown, _reason?: string): void {
    const restored = decodeState(state);
    if (restored) this.setTenths(restored, false);
  }

  protected override render() {
    const lang = (this.uiLang = langOf(this));
    const strings = resolveStrings(lang);
    const pack = this._content?.instrument === this.instrument ? this._content : resolveContent(this.instrument, lang);
    const clinician = this._mode === 'clinician';
    const review = this._mode === 'review';
    const showValues = this.showValues || clinician || review;
    const total = totalTenths(this.tenths, this.totalOnly);
    const view = { lang, disabled: this.disabled || this.formDisabled, readonly: this.locked };
    const faces = ['child', 'young-child'].includes(this._variant);
    const speech = speechFor(this, !clinician && !review && readsAloud(this._readAloud, this._variant));
    const packDir = dirOf(pack.lang);
    const notice = isPlaceholderPack(pack);
    // The scale is a group named by its title and described by what the client reads before the lines.
    const described = [clinician || review ? '' : 'instructions', notice ? 'notice' : ''].filter(Boolean).join(' ');
    // Template text is not indented: its whitespace would ship, and be parsed, in every scale.
    return html`<div class="base" part="base" lang=${strings.lang} role="group" aria-labelledby="title" aria-describedby=${described || nothing}>
<p class="title" part="title" id="title" lang=${pack.lang} dir=${packDir}>${pack.title}</p>
${clinician || review ? nothing : html`${speech?.button(pack.instructions, pack.lang, strings.readInstructions)}<p class="instructions" part="instructions" id="instructions" lang=${pack.lang} dir=${packDir}>${pack.instructions}</p>`}
${notice ? html`<p class="notice" part="notice" id="notice" dir=${dirOf(strings.lang)}>${strings.placeholder}</p>` : nothing}
${this.totalOnly
  ? renderEntry('entry-total', strings.entryTotal, this.tenths[TOTAL_FIELD] as number | null, this.entryErrors[TOTAL_FIELD] ?? '', view, TOTAL_FIELD)
  : html`<div class="items" part="items">${pack.items.map((item, index) =>
      renderLine({ ...view, index, item, packLang: pack.lang, speak: speech?.itemButton(item, pack.lang, fill(strings.readItem, { n: formatTenths((index + 1) * 10, lang, 0) })), tenths: this.tenths[index] ?? null, strings, faces, showValue: showValues, entry: clinician, entryError: this.entryErrors[index] ?? '', message: this.missingLine === index ? strings.markLine : '' }),
    )}</div>`}
${showValues && total !== null && !this.totalOnly ? html`<p class="total" part="total">${strings.total}: ${formatTenths(total, lang)}</p>` : nothing}
${review && this._date ? html`<p class="date" part="date">${fill(strings.givenOn, { d: formatDate(this._date, lang) })}</p>` : nothing}
<p class="rights" part="rights" lang=${pack.lang} dir=${packDir}>${pack.rights}</p>
${this.submitLabel && !review
  ? html`<div class="actions"><button type="button" part="submit" ?disabled=${view.disabled} aria-disabled=${this.sent ? 'true' : nothing} @click=${this.submit}>${this.submitLabel}</button><span role="status" part="status">${this.sent ? strings.sent : ''}</span></div>`
  : nothing}
</div>`;
  }
}
