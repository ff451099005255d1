/**
 * What a scale gives its form: the entries it submits and the state the browser saves for
 * back/forward navigation and autofill restore.
 */
import { fromTenths } from '@fitline/core';
import { TOTAL_FIELD } from './clinician-entry.js';

/**
 * A scale's fields in tenths, null where empty: the four items (0 to 100), then the total typed in
 * total-only entry (0 to 400) at TOTAL_FIELD, the total's entry field number.
 */
export type Tenths = (number | null)[];

/**
 * `NAME.ITEMID` for each marked item and `NAME.total` when the total is known; unmarked items
 * are left out, like an unchecked checkbox. Null when there is no name, so nothing is submitted.
 */
export function formEntries(name: string, itemIds: readonly string[], tenths: Tenths, total: number | null): FormData | null {
  if (!name) return null;
  const data = new FormData();
  itemIds.forEach((id, i) => {
    const t = tenths[i];
    if (t != null) data.append(`${name}.${id}`, String(fromTenths(t)));
  });
  if (total !== null) data.append(`${name}.total`, String(fromTenths(total)));
  return data;
}

/** The restore state: the five fields comma-separated, empty where empty ("42,,100,,"). */
export function encodeState(tenths: Tenths): string {
  // join() writes null as an empty string.
  return tenths.join(',');
}

/** Reads a state written by `encodeState`; null when it is not one (the browser may hand back anything). */
export function decodeState(state: unknown): Tenths | null {
  if (typeof state !== 'string') return null;
  const fields = state.split(',').map((part) => (part === '' ? null : Number(part)));
  const valid = fields.length === TOTAL_FIELD + 1 && fields.every((n, i) => n === null || (Number.isInteger(n) && n >= 0 && n <= (i < TOTAL_FIELD ? 100 : 400)));
  return valid ? fields : null;
}
