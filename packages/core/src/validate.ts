/**
 * Checks a Rating field by field and names each problem: what a host gets back is enough to show
 * the client or the clinician what to fix. Nothing is rounded, clamped or dropped.
 */
import type { FitlineProblem } from './errors.js';
import { FitlineError } from './errors.js';
import { isWholeTenths } from './tenths.js';
import type { Rating } from './rating.js';
import { INSTRUMENT_IDS, MODES, RATERS } from './rating.js';
import { check, inTurn, is, lazy, object, oneOf, optional, tuple } from './shape.js';

/** A calendar date, optionally with a time and offset: 2026-03-04, 2026-03-04T10:15Z, 2026-03-04T10:15:00.000+01:00. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

export function isIsoDate(value: string): boolean {
  // Called for every rating scored: plain arithmetic, no Date object and no array per call.
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  return m[4] === undefined || (Number(m[4]) <= 23 && Number(m[5]) <= 59 && Number(m[6] ?? 0) <= 59);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const ITEM = inTurn(
  is((v) => typeof v === 'number' && !Number.isNaN(v), 'a number from 0 to 10', 'item-not-a-number'),
  is((v) => v >= 0 && v <= 10, 'from 0 to 10', 'item-out-of-range'),
  is(isWholeTenths, 'in steps of 0.1 (a millimetre on the line)', 'item-too-fine'),
);

/** Control characters other than tab and line breaks: no record system (FHIR among them) can carry them. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const RATING = /* @__PURE__ */ lazy(() => {
  const id = optional(is((v) => typeof v === 'string' && v !== '' && !CONTROL_CHARACTERS.test(v), 'a non-empty string without control characters', 'bad-string-field'));
  return inTurn(
    is((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'an object', 'not-an-object'),
    object({
      instrument: oneOf(INSTRUMENT_IDS, 'unknown-instrument'),
      items: tuple([ITEM, ITEM, ITEM, ITEM], 'a list of exactly 4 values', 'item-count'),
      date: is((v) => typeof v === 'string' && isIsoDate(v), 'an ISO 8601 date such as 2026-03-04', 'bad-date'),
      session: optional(is((v) => Number.isSafeInteger(v) && v >= 1, 'a whole number from 1 up', 'bad-session')),
      rater: optional(oneOf(RATERS, 'unknown-rater')),
      mode: optional(oneOf(MODES, 'unknown-mode')),
      id,
      clientId: id,
      episodeId: id,
    }),
  );
});

/** The problem with one item value, or none. `field` is where it sits, such as `items[2]`. */
export function validateItemValue(value: unknown, field: string): FitlineProblem | null {
  return check(ITEM, value, 'item-not-a-number', 'An item', field)[0] ?? null;
}

/** Every problem with `rating`, in field order; an empty list means it is a valid Rating. */
export function validateRating(rating: unknown): FitlineProblem[] {
  return check(RATING, rating, 'not-an-object', 'A rating');
}

/** Throws a FitlineError naming the first problem (all of them in `problems`) unless `rating` is valid. */
export function assertRating(rating: unknown): asserts rating is Rating {
  const problems = validateRating(rating);
  if (problems.length > 0) throw FitlineError.fromProblems(problems);
}
