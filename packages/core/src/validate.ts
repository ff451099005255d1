/**
 * Checks a Rating field by field and names each problem: what a host gets back is enough to show
 * the client or the clinician what to fix. Nothing is rounded, clamped or dropped.
 */
import type { FitlineProblem } from './errors.js';
import { FitlineError, nestProblems, throwProblems } from './errors.js';
import { isWholeTenths, toTenths, totalTenths } from './tenths.js';
import type { Rating } from './rating.js';
import { INSTRUMENT_IDS, MODES, RATERS } from './rating.js';
import { check, fail, inTurn, is, isObject, lazy, object, oneOf, optional, tuple } from './shape.js';

/**
 * A calendar date, or a date and time with its UTC offset: 2026-03-04, 2026-03-04T10:15Z,
 * 2026-03-04T10:15:00.000+01:00. A time without an offset is refused: read in the zone of whatever
 * machine reads it, the same record would fall on another day, or in another order, elsewhere.
 * Each field's range is in the pattern, except the month's length and the year 0000.
 */
const ISO_DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?$/;

/**
 * Whether `value` is a date a Rating accepts: ISO 8601, such as 2026-03-04 or 2026-03-04T10:15Z, on a
 * day the calendar has (not 2026-02-30), in a year from 0001 (FHIR has no year 0000).
 */
export function isIsoDate(value: string): boolean {
  // Called for every rating scored: no Date object.
  const m = ISO_DATE.exec(value);
  return !!m && m[1] !== '0000' && Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]));
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  // 31 days in odd months up to July and even months from August.
  return 30 + ((month ^ (month >> 3)) & 1);
}

/**
 * A score in whole tenths from 0 to `max`: an item (to 10) or a total (to 40). A total breaking these
 * rules gets the item codes, with its own field (`total`) and range in the message.
 */
const tenthsTo = (max: number) =>
  inTurn(
    is((v) => typeof v === 'number' && !Number.isNaN(v), `a number from 0 to ${max}`, 'item-not-a-number'),
    is((v) => v >= 0 && v <= max, `from 0 to ${max}`, 'item-out-of-range'),
    is(isWholeTenths, 'in steps of 0.1 (a millimetre on the line)', 'item-too-fine'),
  );

const ITEM = tenthsTo(10);

/** Control characters other than tab and line breaks: no record system (FHIR among them) can carry them. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const RATING = /* @__PURE__ */ lazy(() => {
  const id = optional(is((v) => typeof v === 'string' && v !== '' && !CONTROL_CHARACTERS.test(v), 'a non-empty string without control characters', 'bad-string-field'));
  const items = tuple([ITEM, ITEM, ITEM, ITEM], 'a list of exactly 4 values, or empty with a total', 'item-count');
  const total = tenthsTo(40);
  // Whether the items just checked are four good values; object() checks `items` before `total`.
  let summed = false;
  return inTurn(
    is((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'an object', 'not-an-object'),
    object({
      instrument: oneOf(INSTRUMENT_IDS, 'unknown-instrument'),
      // No items and a total: a total-only rating (entered from paper or a phone call).
      items: (v, field, context, r) => (summed = false) || (Array.isArray(v) && !v.length && r.total !== undefined) || (summed = items(v, field, context)),
      total: optional(
        (v, field, context, r) =>
          total(v, field, context) && (!summed || toTenths(v) === totalTenths(r.items) || fail(context, field, `the sum of the items, ${totalTenths(r.items) / 10}`, v, 'total-mismatch')),
      ),
      date: is((v) => typeof v === 'string' && isIsoDate(v), 'an ISO 8601 date such as 2026-03-04 or 2026-03-04T10:15+01:00', 'bad-date'),
      session: optional(is((v) => Number.isSafeInteger(v) && v >= 1, 'a whole number from 1 up', 'bad-session')),
      rater: optional(oneOf(RATERS, 'unknown-rater')),
      mode: optional(oneOf(MODES, 'unknown-mode')),
      id,
      clientId: id,
      episodeId: id,
    }),
  );
});

/**
 * The problem with one item value (or, with `max` 40, a total), or none. `field` is where it sits,
 * such as `items[2]` or `total`.
 */
export function validateItemValue(value: unknown, field: string, max: 10 | 40 = 10): FitlineProblem | null {
  return check(tenthsTo(max), value, 'item-not-a-number', 'An item', field)[0] ?? null;
}

/** Every problem with `rating`, in field order; an empty list means it is a valid Rating. */
export function validateRating(rating: unknown): FitlineProblem[] {
  return check(RATING, rating, 'not-an-object', 'A rating');
}

/** Throws a FitlineError naming the first problem (all of them in `problems`) unless `rating` is valid. */
export function assertRating(rating: unknown): asserts rating is Rating {
  throwProblems(validateRating(rating));
}

/**
 * Throws a FitlineError naming every problem, each under `path` (as `ratings[3].items[0]`), unless
 * `ratings` is a list of valid ratings.
 */
export function assertRatings(ratings: unknown, path = 'ratings'): asserts ratings is Rating[] {
  if (!Array.isArray(ratings)) throw new FitlineError('not-an-object', `${path} must be a list of ratings.`, path);
  const problems: FitlineProblem[] = [];
  for (let i = 0; i < ratings.length; i++) {
    const found = validateRating(ratings[i]);
    if (found.length > 0) problems.push(...nestProblems(`${path}[${i}]`, found));
  }
  throwProblems(problems);
}

/**
 * An options argument as the SDK's functions take it: an object, or none (undefined, read as `{}`).
 * Anything else, null and lists included, is refused by name rather than read as no options.
 */
export function assertOptions<T extends object>(options: T | undefined, field = 'options'): T {
  if (options === undefined) return {} as T;
  if (!isObject(options)) throw new FitlineError('bad-option', `${field} must be an object when given.`, field);
  return options;
}
