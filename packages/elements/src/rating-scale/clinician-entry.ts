/**
 * Clinician entry: reading a value a clinician typed into an entry field (fields 0 to 3 are the
 * items, field 4 the total). A value that is not a number from 0 to the maximum with at most one
 * decimal is refused with a message, never rounded, and leaves the scale's values as they were.
 */
import type { LocaleStrings } from '../locale/strings.js';
import { fill } from '../locale/strings.js';
import { parseTypedTenths } from './line-input.js';

/** The index of the total's entry field. */
export const TOTAL_FIELD = 4;

export interface TypedEntry {
  index: number;
  /** Tenths typed, null for an emptied field; undefined when refused. */
  tenths: number | null | undefined;
  /** The refusal shown under the field; empty when the value was taken. */
  error: string;
}

/** What `input` now holds, or undefined when it is not an entry field. */
export function readEntry(input: HTMLInputElement, strings: LocaleStrings): TypedEntry | undefined {
  // Fields that are not entry fields have no data-entry: NaN.
  const index = Number(input.dataset.entry);
  if (Number.isNaN(index)) return undefined;
  const text = input.value.trim();
  const max = index === TOTAL_FIELD ? 40 : 10;
  const tenths = text === '' ? null : parseTypedTenths(text, max);
  return tenths === null && text !== '' ? { index, tenths: undefined, error: fill(strings.badNumber, { max: String(max) }) } : { index, tenths, error: '' };
}

/** `errors` with the message of field `index` replaced. */
export function withError(errors: readonly string[], index: number, error: string): string[] {
  return errors.map((e, i) => (i === index ? error : e));
}
