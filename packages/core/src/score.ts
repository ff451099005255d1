/**
 * Scoring: the total is the sum of the four items, computed in whole tenths so it is exact; a
 * total-only rating (entered from paper or a phone call) carries its total and no items.
 */
import { assertRating } from './validate.js';
import type { Rating } from './rating.js';
import { fromTenths, toTenths, totalTenths } from './tenths.js';

/** A rating's score: its total and its item values, each exact to a tenth. */
export interface Score {
  /** 0 to 40, to one decimal. */
  total: number;
  /** The four item values, 0 to 10, to one decimal, in the instrument's order; empty for a total-only rating. */
  items: number[];
}

/** Scores a rating; throws a FitlineError naming the field and the rule when it is not valid. */
export function scoreRating(rating: unknown): Score {
  assertRating(rating);
  return { total: fromTenths(ratingTenths(rating)), items: rating.items.map((v) => fromTenths(toTenths(v))) };
}

/** The total of a rating already checked, in tenths: its items' sum, or a total-only rating's own total. */
export function ratingTenths(rating: Rating): number {
  return rating.items.length ? totalTenths(rating.items) : toTenths(rating.total!);
}
