/**
 * Reliable and clinically significant change (Jacobson and Truax 1991) for outcome totals.
 */
import type { ReliableChangeRule } from './norms.js';
import { toTenths } from './tenths.js';

/**
 * How an outcome total changed from intake to latest: recovered, improved, no reliable change, or
 * deteriorated.
 *
 * "recovered" is a reliable improvement from below the clinical cutoff to at or above it.
 */
export type ChangeClass = 'recovered' | 'improved' | 'no-change' | 'deteriorated';

/** The Jacobson-Truax reliable change index: (after - before) / S_diff, where S_diff = sqrt(2) * SD * sqrt(1 - r). */
export function reliableChangeIndex(before: number, after: number, sd: number, reliability: number): number {
  const standardError = sd * Math.sqrt(1 - reliability);
  const sDiff = Math.sqrt(2 * standardError * standardError);
  return (after - before) / sDiff;
}

/** The Jacobson-Truax clinical cutoff c, between the clinical and the functional population's means. */
export function jacobsonTruaxCutoff(clinical: { mean: number; sd: number }, functional: { mean: number; sd: number }): number {
  return (functional.sd * clinical.mean + clinical.sd * functional.mean) / (functional.sd + clinical.sd);
}

/** -1 for reliable worsening, 1 for reliable improvement, 0 otherwise. Symmetric by construction. */
export function reliableDirection(before: number, after: number, rule: ReliableChangeRule): -1 | 0 | 1 {
  // Compared in whole tenths, so a change of exactly the fixed value counts the same both ways.
  const changeTenths = toTenths(after) - toTenths(before);
  const reliable =
    rule.method === 'fixed'
      ? Math.abs(changeTenths) >= toTenths(rule.points)
      : Math.abs(reliableChangeIndex(0, changeTenths / 10, rule.sd, rule.reliability)) > 1.96;
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
