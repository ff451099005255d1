/**
 * Scoring: the total is the sum of the four items, computed in whole tenths so it is exact.
 */
import { assertRating } from './validate.js';
import { fromTenths, toTenths } from './tenths.js';

export interface Score {
  /** 0 to 40, to one decimal. */
  total: number;
  /** The four item values, 0 to 10, to one decimal, in the instrument's order. */
  items: number[];
}

/** Scores a rating; throws a FitlineError naming the field and the rule when it is not valid. */
export function scoreRating(rating: unknown): Score {
  assertRating(rating);
  const tenths = rating.items.map(toTenths);
  return { total: fromTenths(sumTenths(tenths)), items: tenths.map(fromTenths) };
}

/** The total of a valid rating in tenths (0 to 400), for callers that go on computing with it. */
export function totalTenths(items: readonly number[]): number {
  return sumTenths(items.map(toTenths));
}

function sumTenths(tenths: readonly number[]): number {
  let sum = 0;
  for (const t of tenths) sum += t;
  return sum;
}
