// Ratings as a clinician's records hold them, for the worked examples: four items in whole tenths
// that add up to the total, given weekly from Monday 5 January 2026 unless a test says otherwise.
import type { InstrumentId, Rating } from '../src/index.js';

/** Four items (whole tenths) that sum to `total`. */
export function itemsFor(total: number): number[] {
  const t = Math.round(total * 10);
  const base = Math.floor(t / 4);
  const rest = t - 4 * base;
  return [0, 1, 2, 3].map((i) => (base + (i < rest ? 1 : 0)) / 10);
}

/** Weekly from Monday 5 January 2026, `weeks` on: a day as written. */
export const day = (weeks: number) => new Date(Date.UTC(2026, 0, 5 + 7 * weeks)).toISOString().slice(0, 10);

/** A rating at session `session` (or none), given `weeks` weeks after 5 January 2026 (by default session - 1). */
export function rate(instrument: InstrumentId, total: number, session: number | undefined, extra: Partial<Rating> = {}, weeks = (session ?? 1) - 1): Rating {
  const r: Rating = { instrument, items: itemsFor(total), date: day(weeks), ...extra };
  if (session !== undefined) r.session = session;
  return r;
}
