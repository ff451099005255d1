/**
 * Checks a Rating field by field and names each problem: what a host gets back is enough to show
 * the client or the clinician what to fix. Nothing is rounded, clamped or dropped.
 */
import type { FitlineProblem } from './errors.js';
import { FitlineError } from './errors.js';
import { ITEM_COUNT, isInstrumentId } from './instruments.js';
import { isWholeTenths } from './tenths.js';
import type { Rating } from './rating.js';
import { INSTRUMENT_IDS, MODES, RATERS } from './rating.js';

/** A calendar date, optionally with a time and offset: 2026-03-04, 2026-03-04T10:15Z, 2026-03-04T10:15:00.000+01:00. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return false;
  return true;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/** The problems with one item value, or none. `field` is where it sits, such as `items[2]`. */
export function validateItemValue(value: unknown, field: string): FitlineProblem | null {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return { code: 'item-not-a-number', field, message: `${field} must be a number from 0 to 10, not ${describe(value)}.` };
  }
  if (!(value >= 0 && value <= 10)) {
    return { code: 'item-out-of-range', field, message: `${field} must be from 0 to 10; ${value} is out of range.` };
  }
  if (!isWholeTenths(value)) {
    return { code: 'item-too-fine', field, message: `${field} must be in steps of 0.1 (a millimetre on the line); ${value} is finer.` };
  }
  return null;
}

/** Control characters other than tab and line breaks: no record system (FHIR among them) can carry them. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function validateOptionalString(r: Record<string, unknown>, key: string, problems: FitlineProblem[]): void {
  const value = r[key];
  if (value === undefined) return;
  if (typeof value !== 'string' || value.length === 0) {
    problems.push({ code: 'bad-string-field', field: key, message: `${key} must be a non-empty string when given, not ${describe(value)}.` });
  } else if (CONTROL_CHARACTERS.test(value)) {
    problems.push({ code: 'bad-string-field', field: key, message: `${key} must not contain control characters.` });
  }
}

/** Every problem with `rating`, in field order; an empty list means it is a valid Rating. */
export function validateRating(rating: unknown): FitlineProblem[] {
  if (typeof rating !== 'object' || rating === null || Array.isArray(rating)) {
    return [{ code: 'not-an-object', field: '', message: `A rating must be an object, not ${describe(rating)}.` }];
  }
  const r = rating as Record<string, unknown>;
  const problems: FitlineProblem[] = [];

  if (!isInstrumentId(r.instrument)) {
    problems.push({
      code: 'unknown-instrument',
      field: 'instrument',
      message: `instrument must be one of ${INSTRUMENT_IDS.join(', ')}, not ${describe(r.instrument)}.`,
    });
  }

  if (!Array.isArray(r.items) || r.items.length !== ITEM_COUNT) {
    const got = Array.isArray(r.items) ? `${r.items.length} items` : describe(r.items);
    problems.push({ code: 'item-count', field: 'items', message: `items must be a list of exactly ${ITEM_COUNT} values, not ${got}.` });
  } else {
    r.items.forEach((value, i) => {
      const problem = validateItemValue(value, `items[${i}]`);
      if (problem) problems.push(problem);
    });
  }

  if (typeof r.date !== 'string' || !isIsoDate(r.date)) {
    problems.push({ code: 'bad-date', field: 'date', message: `date must be an ISO 8601 date such as 2026-03-04, not ${describe(r.date)}.` });
  }

  if (r.session !== undefined && !(Number.isSafeInteger(r.session) && (r.session as number) >= 1)) {
    problems.push({ code: 'bad-session', field: 'session', message: `session must be a whole number from 1 up, not ${describe(r.session)}.` });
  }

  if (r.rater !== undefined && !(RATERS as readonly unknown[]).includes(r.rater)) {
    problems.push({ code: 'unknown-rater', field: 'rater', message: `rater must be one of ${RATERS.join(', ')}, not ${describe(r.rater)}.` });
  }

  if (r.mode !== undefined && !(MODES as readonly unknown[]).includes(r.mode)) {
    problems.push({ code: 'unknown-mode', field: 'mode', message: `mode must be one of ${MODES.join(', ')}, not ${describe(r.mode)}.` });
  }

  for (const key of ['id', 'clientId', 'episodeId']) validateOptionalString(r, key, problems);
  return problems;
}

/** Throws a FitlineError naming the first problem (all of them in `problems`) unless `rating` is valid. */
export function assertRating(rating: unknown): asserts rating is Rating {
  const problems = validateRating(rating);
  if (problems.length > 0) throw FitlineError.fromProblems(problems);
}
