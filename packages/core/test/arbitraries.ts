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

/** A total as a clinician could enter it alone: whole tenths from 0 to 40. */
export const totalValue = () => fc.integer({ min: 0, max: 400 }).map((t) => t / 10);

function ratingWith(items: fc.Arbitrary<number[]>): fc.Arbitrary<Rating> {
  return fc.record(
    {
      instrument: fc.constantFrom(...INSTRUMENT_IDS),
      items,
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

/** A rating with its four items (and no separate total). */
export const itemRating = () => ratingWith(fc.array(itemValue(), { minLength: 4, maxLength: 4 }));

/** A total-only rating: no items, the total a clinician entered. */
export const totalOnlyRating = () =>
  fc.tuple(ratingWith(fc.constant(null).map((): number[] => [])), totalValue()).map(([r, total]): Rating => ({ ...r, total }));

/** Any valid rating: four items, or (one time in four) a total alone. */
export function validRating(): fc.Arbitrary<Rating> {
  return fc.oneof({ arbitrary: itemRating(), weight: 3 }, { arbitrary: totalOnlyRating(), weight: 1 });
}

/** A valid rating broken in one named way, with the code that must be reported for it. */
export function invalidRating(): fc.Arbitrary<{ rating: unknown; code: FitlineErrorCode }> {
  const broken = <T>(code: FitlineErrorCode, mutate: fc.Arbitrary<(r: Rating) => T>, base = validRating()) =>
    fc.tuple(base, mutate).map(([r, f]) => ({ rating: f(r), code }));
  const atIndex = fc.integer({ min: 0, max: 3 });
  // Item faults need items to break; a total fault is checked on either kind of rating.
  const withItem = (code: FitlineErrorCode, value: fc.Arbitrary<unknown>) =>
    broken(code, fc.tuple(atIndex, value).map(([i, v]) => (r: Rating) => ({ ...r, items: r.items.map((x, j) => (j === i ? v : x)) })), itemRating());
  const withTotal = (code: FitlineErrorCode, value: fc.Arbitrary<unknown>) => broken(code, value.map((total) => (r: Rating) => ({ ...r, total })), totalOnlyRating());
  const outOfRange = (max: number) => fc.oneof(fc.double({ min: max + 0.05, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: -0.05, noNaN: true }), fc.constant(-Infinity));
  const tooFine = (max: number) => fc.integer({ min: 0, max: max * 100 - 1 }).map((t) => (t * 10 + 5) / 1000);
  return fc.oneof(
    broken('unknown-instrument', fc.string().filter((s) => !(INSTRUMENT_IDS as readonly string[]).includes(s)).map((s) => (r: Rating) => ({ ...r, instrument: s }))),
    // Without a total, no list but one of four items will do (the empty one included).
    broken('item-count', fc.array(itemValue(), { maxLength: 9 }).filter((a) => a.length !== 4).map((items) => (r: Rating) => ({ ...r, items, total: undefined }))),
    withItem('item-not-a-number', fc.constantFrom(NaN, '4', null, undefined, {}, true)),
    withItem('item-out-of-range', outOfRange(10)),
    withItem('item-too-fine', tooFine(10)),
    withTotal('item-not-a-number', fc.constantFrom(NaN, '4', null, {}, true)),
    withTotal('item-out-of-range', outOfRange(40)),
    withTotal('item-too-fine', tooFine(40)),
    broken(
      'total-mismatch',
      fc.integer({ min: 1, max: 400 }).map((shift) => (r: Rating) => {
        const sum = r.items.reduce((t, v) => t + Math.round(v * 10), 0);
        return { ...r, total: ((sum + shift) % 401) / 10 };
      }),
      itemRating(),
    ),
    broken('bad-date', fc.constantFrom('', 'yesterday', '2026-13-01', '2026-02-29', '04/03/2026', 20260304).map((date) => (r: Rating) => ({ ...r, date }))),
    broken('bad-session', fc.constantFrom(0, -1, 1.5, NaN, '3').map((session) => (r: Rating) => ({ ...r, session }))),
    broken('unknown-rater', fc.constantFrom('self', '', 'Client').map((rater) => (r: Rating) => ({ ...r, rater }))),
    broken('bad-string-field', fc.constantFrom('', 'a\u0000b', 42).map((id) => (r: Rating) => ({ ...r, id }))),
    broken('unknown-mode', fc.constantFrom('online', '', 'PAPER').map((mode) => (r: Rating) => ({ ...r, mode }))),
    fc.constantFrom(null, 42, 'ors', [1, 2, 3, 4]).map((rating) => ({ rating, code: 'not-an-object' as const })),
  );
}
