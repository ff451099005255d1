/**
 * Form association: what a scale hands its form through ElementInternals, synchronously so that a
 * submit right after a change sees it: the submitted entries, the state the browser saves for
 * back/forward navigation and autofill restore, and validity (a required scale needs every line
 * marked, with the message on the first unmarked line).
 */
import { INSTRUMENTS } from '@fitline/core';
import type { InstrumentId } from '@fitline/core';
import { TOTAL_FIELD } from './clinician-entry.js';
import { encodeState, formEntries } from './form-value.js';
import type { Tenths } from './form-value.js';

export interface FormView {
  name: string;
  instrument: InstrumentId;
  tenths: Tenths;
  totalOnly: boolean;
  /** Whether an incomplete scale must stop its form's submit. */
  required: boolean;
  /** The message a required, incomplete scale shows. */
  message: string;
  root: ParentNode | undefined;
}

/** The total in tenths once known: the typed one in total-only entry, else the sum of four marks. */
export function totalTenths(tenths: Tenths, totalOnly: boolean): number | null {
  if (totalOnly) return tenths[TOTAL_FIELD] as number | null;
  return firstMissing(tenths, false) < 0 ? (tenths as number[]).reduce((a, b, i) => (i < TOTAL_FIELD ? a + b : a), 0) : null;
}

/** The field a required scale points at: the first unmarked line, or the total's field; -1 when none is missing. */
export function firstMissing(tenths: Tenths, totalOnly: boolean): number {
  // Total-only entry needs only the total's field; a scale of lines, only the four lines.
  const index = tenths.indexOf(null, totalOnly ? TOTAL_FIELD : 0);
  return index === TOTAL_FIELD && !totalOnly ? -1 : index;
}

/** The selector of line or field `index` in the shadow root. */
export const fieldSelector = (index: number) => (index === TOTAL_FIELD ? `[data-entry="${index}"]` : `[data-index="${index}"]`);

export function syncForm(internals: ElementInternals, v: FormView): void {
  const total = totalTenths(v.tenths, v.totalOnly);
  internals.setFormValue(formEntries(v.name, INSTRUMENTS[v.instrument].itemIds, v.totalOnly ? [] : v.tenths, total), encodeState(v.tenths));
  const missing = v.required ? firstMissing(v.tenths, v.totalOnly) : -1;
  if (missing < 0) internals.setValidity({});
  else internals.setValidity({ valueMissing: true }, v.message, v.root?.querySelector<HTMLElement>(fieldSelector(missing)) ?? undefined);
}
