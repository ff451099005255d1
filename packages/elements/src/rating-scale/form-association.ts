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
  /** The typed total of total-only entry, in tenths. */
  typedTotal: number | null;
  totalOnly: boolean;
  /** Whether an incomplete scale must stop its form's submit. */
  required: boolean;
  /** The message a required, incomplete scale shows. */
  message: string;
  root: ParentNode | undefined;
}

/** The total in tenths once known: the typed one in total-only entry, else the sum of four marks. */
export function totalTenths(tenths: Tenths, typedTotal: number | null, totalOnly: boolean): number | null {
  if (totalOnly) return typedTotal;
  return tenths.includes(null) ? null : (tenths as number[]).reduce((a, b) => a + b, 0);
}

/** The field a required scale points at: the first unmarked line, or the total's field; -1 when none is missing. */
export function firstMissing(tenths: Tenths, typedTotal: number | null, totalOnly: boolean): number {
  if (totalOnly) return typedTotal === null ? TOTAL_FIELD : -1;
  return tenths.indexOf(null);
}

/** The selector of line or field `index` in the shadow root. */
export const fieldSelector = (index: number) => (index === TOTAL_FIELD ? `[data-entry="${index}"]` : `[data-index="${index}"]`);

export function syncForm(internals: ElementInternals, v: FormView): void {
  const total = totalTenths(v.tenths, v.typedTotal, v.totalOnly);
  const items = v.totalOnly ? [null, null, null, null] : v.tenths;
  internals.setFormValue(formEntries(v.name, INSTRUMENTS[v.instrument].itemIds, items, total), encodeState(v.tenths, v.typedTotal));
  const missing = v.required ? firstMissing(v.tenths, v.typedTotal, v.totalOnly) : -1;
  if (missing < 0) internals.setValidity({});
  else internals.setValidity({ valueMissing: true }, v.message, v.root?.querySelector<HTMLElement>(fieldSelector(missing)) ?? undefined);
}
