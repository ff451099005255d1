/**
 * Effect sizes for caseload reports: the pre-post effect size, and the severity-adjusted effect size
 * (ACORN style) that compares a caseload's change with a reference sample's after allowing for how
 * severe the intakes were.
 */
import { above0, assertArgument, finite, is, object, optional, text } from './shape.js';

/** An episode's first and last outcome totals. */
export interface PrePost {
  intake: number;
  latest: number;
}

/** Change predicted from the intake score: intercept + intakeSlope * intake. */
export interface ChangeModel {
  intercept: number;
  intakeSlope: number;
}

/** A clinical-range reference sample's mean change and SD, with where they come from. */
export interface EffectSizeReference {
  label: string;
  source: string;
  meanChange: number;
  sd: number;
  /**
   * Change on intake, fitted on the reference sample (or a wider population, such as the organisation's).
   * Required: fitted on the caseload itself, the mean residual would be 0 by construction and the
   * figure the reference's own meanChange / sd, whatever the caseload did.
   */
  changeModel: ChangeModel;
}

/**
 * The severity-adjusted effect size over a caseload's clinical-range episodes, with the change model
 * and reference it was computed from.
 */
export interface SeverityAdjustedEffectSize {
  value: number;
  /** How many clinical-range episodes it is computed over. */
  episodes: number;
  changeModel: ChangeModel;
  reference: { label: string; source: string };
}

/** Exact sums over episodes' intake and latest totals, in whole tenths: they add and merge in any order. */
export interface PrePostSums {
  n: number;
  changeTenths: number;
  intakeTenths: number;
  intakeSquaredTenths: number;
}

/**
 * When a pre-post effect size means something. On a handful of similar intakes it explodes (two
 * intakes of 20.0 and 20.1 give 70), so either enough episodes (`minEpisodes`, default 10) with intakes
 * that vary by a point or more, or a reference intake SD (a published one, or the service's own).
 */
export interface EffectSizeRule {
  /** The fewest measured episodes for an effect size on the caseload's own intake SD. Default 10. */
  minEpisodes?: number;
  /** A reference intake SD to divide by, instead of the caseload's own, with its source. */
  intakeSd?: { value: number; source: string };
}

/** What a pre-post effect size was computed from, or why there is none. */
export interface EffectSizeBasis {
  /** Measured episodes (two or more client outcome ratings). */
  n: number;
  /** The intake SD divided by: the caseload's own (sample SD) or the reference; null when there is none. */
  intakeSd: number | null;
  sdSource: 'caseload' | 'reference';
  /** Why the effect size is null: too few episodes, or intakes too alike (SD below one point). */
  reason: 'too-few-episodes' | 'intakes-too-uniform' | null;
}

/** Below this intake SD (in points) a caseload's intakes are too alike for an effect size. */
const MIN_INTAKE_SD = 1;

const RULE = /* @__PURE__ */ object({
  minEpisodes: optional(is((v) => Number.isSafeInteger(v) && v >= 2, 'a whole number from 2 up')),
  intakeSd: optional(object({ value: above0(40), source: text })),
});

/** An effect-size rule with its default minimum filled in. */
export type ResolvedEffectSizeRule = Required<Pick<EffectSizeRule, 'minEpisodes'>> & EffectSizeRule;

/** The rule with its default, after checking it (`effectSize.minEpisodes`...). */
export function checkEffectSizeRule(rule: EffectSizeRule | undefined): ResolvedEffectSizeRule {
  if (rule === undefined) return { minEpisodes: 10 };
  assertArgument(RULE, rule, 'effectSize');
  return { minEpisodes: 10, ...rule };
}

/**
 * mean(latest - intake) / SD(intake) from exact sums, with what it was computed from; null with a
 * reason where the rule says it would mean nothing.
 */
export function prePostEffectSize(sums: PrePostSums, rule: ResolvedEffectSizeRule): { value: number | null; basis: EffectSizeBasis } {
  const { n, changeTenths, intakeTenths, intakeSquaredTenths } = sums;
  const meanChange = changeTenths / n / 10;
  if (rule.intakeSd) {
    const basis: EffectSizeBasis = { n, intakeSd: rule.intakeSd.value, sdSource: 'reference', reason: n > 0 ? null : 'too-few-episodes' };
    return { value: n > 0 ? meanChange / rule.intakeSd.value : null, basis };
  }
  // Sample SD (n - 1) from the sums of tenths; exact up to the last division.
  const spread = n > 1 ? Math.sqrt(Math.max(0, intakeSquaredTenths - (intakeTenths * intakeTenths) / n) / (n - 1)) / 10 : null;
  const reason = n < rule.minEpisodes ? 'too-few-episodes' : spread! < MIN_INTAKE_SD ? 'intakes-too-uniform' : null;
  return { value: reason ? null : meanChange / spread!, basis: { n, intakeSd: spread, sdSource: 'caseload', reason } };
}

/**
 * (reference.meanChange + mean residual) / reference.sd over the episodes summed (the caller sums
 * only clinical-range intakes); null when there are none.
 */
export function severityAdjustedEffectSize(sums: PrePostSums, reference: EffectSizeReference): SeverityAdjustedEffectSize | null {
  checkReference(reference);
  if (sums.n === 0) return null;
  const model = reference.changeModel;
  // The mean residual from the means: mean(change) - intercept - slope * mean(intake).
  const residual = sums.changeTenths / sums.n / 10 - model.intercept - (model.intakeSlope * sums.intakeTenths) / sums.n / 10;
  return {
    value: (reference.meanChange + residual) / reference.sd,
    episodes: sums.n,
    changeModel: { intercept: model.intercept, intakeSlope: model.intakeSlope },
    reference: { label: reference.label, source: reference.source },
  };
}

const REFERENCE = object({
  label: text,
  source: text,
  meanChange: finite,
  sd: above0(40),
  changeModel: object({ intercept: finite, intakeSlope: finite }),
});

/** Refuses a reference sample that is not { label, source, meanChange, sd, changeModel }, naming the field. */
export function checkReference(reference: EffectSizeReference): void {
  assertArgument(REFERENCE, reference, 'reference');
}
