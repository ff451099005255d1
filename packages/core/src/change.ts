/**
 * Reliable and clinically significant change (Jacobson and Truax 1991) for outcome totals.
 */
import type { ReliableChangeRule } from './norms.js';
import { assertArgument, is, object, total } from './shape.js';
import { toTenths } from './tenths.js';

/**
 * How an outcome total changed from intake to latest: recovered, improved, no reliable change, or
 * deteriorated.
 *
 * "recovered" is a reliable improvement from below the clinical cutoff to at or above it.
 */
export type ChangeClass = 'recovered' | 'improved' | 'no-change' | 'deteriorated';

/** A test-retest reliability: from 0 up to, not including, 1 (at 1 there would be no measurement error). */
export const RELIABILITY = /* @__PURE__ */ is((v) => typeof v === 'number' && v >= 0 && v < 1, 'a number from 0 to below 1');

/**
 * A standard deviation of totals on the 0 to 40 scale: at least a tenth, the scale's step (a smaller
 * one would make every change "reliable", and underflows to a division by zero near 1e-300).
 */
const SD = /* @__PURE__ */ is((v) => typeof v === 'number' && v >= 0.1 && v <= 40, 'a number from 0.1 to 40');

const RCI_INPUTS = /* @__PURE__ */ object({ before: total, after: total, sd: SD, reliability: RELIABILITY });
const SAMPLE = /* @__PURE__ */ object({ mean: total, sd: SD });
const CUTOFF_INPUTS = /* @__PURE__ */ object({ clinical: SAMPLE, functional: SAMPLE });

/**
 * The Jacobson-Truax reliable change index: (after - before) / S_diff, where S_diff = sqrt(2) * SD * sqrt(1 - r).
 * Throws a FitlineError naming the argument (`sd`, `reliability`...) that is not a usable number.
 */
export function reliableChangeIndex(before: number, after: number, sd: number, reliability: number): number {
  assertArgument(RCI_INPUTS, { before, after, sd, reliability });
  return changeIndex(after - before, sd, reliability);
}

/** The index of a change, for numbers already checked (a norms profile's rule). S_diff = sqrt(2) * SE, unsquared. */
function changeIndex(change: number, sd: number, reliability: number): number {
  return change / (Math.SQRT2 * sd * Math.sqrt(1 - reliability));
}

/**
 * The Jacobson-Truax clinical cutoff c, between the clinical and the functional population's means.
 * Throws a FitlineError naming the field (`functional.sd`) that is not a usable number.
 */
export function jacobsonTruaxCutoff(clinical: { mean: number; sd: number }, functional: { mean: number; sd: number }): number {
  assertArgument(CUTOFF_INPUTS, { clinical, functional });
  return (functional.sd * clinical.mean + clinical.sd * functional.mean) / (functional.sd + clinical.sd);
}

/** -1 for reliable worsening, 1 for reliable improvement, 0 otherwise. Symmetric by construction. */
export function reliableDirection(before: number, after: number, rule: ReliableChangeRule): -1 | 0 | 1 {
  // Compared in whole tenths, so a change of exactly the fixed value counts the same both ways; a
  // value finer than a tenth (6.84, from a host's own 1.96 * S_diff) is not rounded: a change must reach it.
  const changeTenths = toTenths(after) - toTenths(before);
  const reliable =
    rule.method === 'fixed'
      ? Math.abs(changeTenths) >= rule.points * 10 - 1e-9
      : Math.abs(changeIndex(changeTenths / 10, rule.sd, rule.reliability)) > 1.96;
  return reliable ? (Math.sign(changeTenths) as -1 | 1) : 0;
}

/**
 * The change class from intake to latest. Clinical range is total < cutoff. Only a client who started
 * in the clinical range can be "recovered"; one who started at or above the cutoff, or whose
 * instrument has no cutoff, is at most "improved".
 */
export function classifyChange(intake: number, latest: number, rule: ReliableChangeRule, cutoff: number | null): ChangeClass {
  const direction = reliableDirection(intake, latest, rule);
  if (direction < 0) return 'deteriorated';
  if (direction === 0) return 'no-change';
  return cutoff !== null && intake < cutoff && latest >= cutoff ? 'recovered' : 'improved';
}

/**
 * The size of change that counts as reliable under `rule`, as the smallest tenth that counts: a
 * threshold of 6.72 from a formula is 6.8, since a change of 6.7 does not count. Found with the same
 * comparison that classifies, so the figure shown and the rule applied can never disagree.
 */
export function smallestReliableChange(rule: ReliableChangeRule): number {
  const estimate = rule.method === 'fixed' ? rule.points : 1.96 * Math.SQRT2 * rule.sd * Math.sqrt(1 - rule.reliability);
  // The comparison is checked from a tenth below the estimate up: floating point can put the
  // threshold a hair either side of it. Above 40 no total can change that much, and the figure still
  // says exactly how much it would take.
  let tenths = Math.max(0, Math.floor(estimate * 10) - 1);
  const last = Math.ceil(estimate * 10) + 1;
  while (tenths < last && reliableDirection(0, tenths / 10, rule) === 0) tenths++;
  return tenths / 10;
}
