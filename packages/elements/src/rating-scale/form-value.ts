/**
 * What a scale gives its form: the entries it submits and the state the browser saves for
 * back/forward navigation and autofill restore.
 */
import { fromTenths } from '@fitline/core';

export type Tenths = (number | null)[];

/**
 * `NAME.ITEMID` for each marked item and `NAME.total` when the total is known; unmarked items
 * are left out, like an unchecked checkbox. Null when there is no name, so nothing is submitted.
 */
export function formEntries(name: string, itemIds: readonly string[], tenths: Tenths, total: number | null): FormData | null {
  if (!name) return null;
  const data = new FormData();
  tenths.forEach((t, i) => {
    if (t !== null) data.append(`${name}.${itemIds[i]}`, String(fromTenths(t)));
  });
  if (total !== null) data.append(`${name}.total`, String(fromTenths(total)));
  return data;
}

/** The restore state: item tenths then the typed total, comma-separated, empty for unmarked ("42,,100,,"). */
export function encodeState(tenths: Tenths, typedTotal: number | null): string {
  // join() writes null as an empty string.
  return [...tenths, typedTotal].join(',');
}

/** Reads a state written by `encodeState`; null when it is not one (the browser may hand back anything). */
export function decodeState(state: unknown, count: number): { tenths: Tenths; typedTotal: number | null } | null {
  if (typeof state !== 'string') return null;
  const parts = state.split(',');
  if (parts.length !== count + 1) return null;
  const values: Tenths = [];
  for (const [i, part] of parts.entries()) {
    if (part === '') {
      values.push(null);
      continue;
    }
    const n = Number(part);
    if (!Number.isInteger(n) || n < 0 || n > (i < count ? 100 : 400)) return null;
    values.push(n);
  }
  return { tenths: values.slice(0, count), typedTotal: values[count] ?? null };
}
