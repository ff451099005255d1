/**
 * Scores are kept as whole tenths of a point (millimetres on the 10 cm line) wherever arithmetic is
 * done, so that 0.1 + 0.2 is exactly 0.3 and never 0.30000000000000004.
 */

/** Tolerance for a number that should be a whole count of tenths but went through binary floating point. */
const EPSILON = 1e-9;

/** Whether `value` is a whole number of tenths, such as 4.2 (true) or 4.25 (false). */
export function isWholeTenths(value: number): boolean {
  const scaled = value * 10;
  return Math.abs(scaled - Math.round(scaled)) < EPSILON * Math.max(1, Math.abs(scaled));
}

/** 4.2 -> 42. The caller has checked that `value` is whole tenths. */
export function toTenths(value: number): number {
  return Math.round(value * 10);
}

/** 42 -> 4.2, as the nearest double, so it prints as 4.2. */
export function fromTenths(tenths: number): number {
  return tenths / 10;
}

/** Rounds any number to the nearest tenth, for results such as means that are not whole tenths. */
export function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The sum of whole-tenths values, in tenths (4.2 and 5.1 -> 93): exact, whatever binary rounding does. */
export function totalTenths(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += toTenths(v);
  return sum;
}
