// fast-check generators for the SDK's inputs, shared by the property-based tests.
import fc from 'fast-check';
import { INSTRUMENT_IDS, MODES, RATERS } from '../src/rating.js';
import type { FitlineErrorCode } from '../src/errors.js';
import type { Rating } from '../src/rating.js';

/** An item value as a client could mark it: whole tenths from 0 to 10. */
export const itemValue = () => fc.integer({ min: 0, max: 100 }).map((t) => t / 10);

export const isoDate = () =>
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Identifiers as hosts send them: any text, control characters and emoji included. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const text = () =>
  fc.oneof(fc.string({ minLength: 1, maxLength: 12, unit: 'binary-ascii' }), fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' })).filter((s) => !CONTROL.test(s));

export function validRating(): fc.Arbitrary<Rating> {
  return fc.record(
    {
      instrument: fc.constantFrom(...INSTRUMENT_IDS),
      items: fc.array(itemValue(), { minLength: 4, maxLength: 4 }),
      date: isoDate(),
      session: fc.integer({ min: 1, max: 200 }),
      rater: fc.constantFrom(...RATERS),
      mode: fc.constantFrom(...MODES),
      id: text(),
      clientId: text(),
      episodeId: text(),
    },
    { requiredKeys: ['instrument', 'items', 'date'] },
  );
}

/** A valid rating broken in one named way, with the code that must be reported for it. */
export function invalidRating(): fc.Arbitrary<{ rating: unknown; code: FitlineErrorCode }> {
  const broken = <T>(code: FitlineErrorCode, mutate: fc.Arbitrary<(r: Rating) => T>) =>
    fc.tuple(validRating(), mutate).map(([r, f]) => ({ rating: f(r), code }));
  const atIndex = fc.integer({ min: 0, max: 3 });
  const withItem = (value: fc.Arbitrary<unknown>) =>
    fc.tuple(atIndex, value).map(([i, v]) => (r: Rating) => ({ ...r, items: r.items.map((x, j) => (j === i ? v : x)) }));
  return fc.oneof(
    broken('unknown-instrument', fc.string().filter((s) => !(INSTRUMENT_IDS as readonly string[]).includes(s)).map((s) => (r: Rating) => ({ ...r, instrument: s }))),
    broken('item-count', fc.array(itemValue(), { maxLength: 9 }).filter((a) => a.length !== 4).map((items) => (r: Rating) => ({ ...r, items }))),
    broken('item-not-a-number', withItem(fc.constantFrom(NaN, '4', null, undefined, {}, true))),
    broken('item-out-of-range', withItem(fc.oneof(fc.double({ min: 10.05, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: -0.05, noNaN: true }), fc.constant(-Infinity)))),
    broken('item-too-fine', withItem(fc.integer({ min: 0, max: 999 }).map((t) => (t * 10 + 5) / 1000).filter((v) => v <= 10))),
    broken('bad-date', fc.constantFrom('', 'yesterday', '2026-13-01', '2026-02-29', '04/03/2026', 20260304).map((date) => (r: Rating) => ({ ...r, date }))),
    broken('bad-session', fc.constantFrom(0, -1, 1.5, NaN, '3').map((session) => (r: Rating) => ({ ...r, session }))),
    broken('unknown-rater', fc.constantFrom('self', '', 'Client').map((rater) => (r: Rating) => ({ ...r, rater }))),
    broken('bad-string-field', fc.constantFrom('', 'a\u0000b', 42).map((id) => (r: Rating) => ({ ...r, id }))),
    broken('unknown-mode', fc.constantFrom('online', '', 'PAPER').map((mode) => (r: Rating) => ({ ...r, mode }))),
    fc.constantFrom(null, 42, 'ors', [1, 2, 3, 4]).map((rating) => ({ rating, code: 'not-an-object' as const })),
  );
}
