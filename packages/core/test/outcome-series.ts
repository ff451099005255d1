// Ratings for worked examples: a series of one instrument's totals, one session a day from 2 March
// 2026, each total spread over its four items as evenly as whole tenths allow.
import type { InstrumentId, Rating } from '../src/index.js';

function itemsFor(total: number): number[] {
  const t = Math.round(total * 10);
  const base = Math.floor(t / 4);
  const rest = t - 4 * base;
  return [0, 1, 2, 3].map((i) => (base + (i < rest ? 1 : 0)) / 10);
}

/** One rating of `instrument` with this total at this session. */
export const make = (instrument: InstrumentId, total: number, session: number): Rating => ({
  instrument,
  items: itemsFor(total),
  date: `2026-03-${String(session + 1).padStart(2, '0')}`,
  session,
});

/** Ratings of `instrument` with these totals, at sessions 1, 2, 3... */
export const series = (instrument: InstrumentId, ...totals: number[]): Rating[] => totals.map((t, i) => make(instrument, t, i + 1));
