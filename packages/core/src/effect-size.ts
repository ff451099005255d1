/**
 * Effect sizes for caseload reports: the pre-post effect size, and the severity-adjusted effect size
 * (ACORN style) that compares a caseload's change with a reference sample's after allowing for how
 * severe the intakes were.
 */
import { above0, assertArgument, finite, object, text } from './shape.js';

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

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Sample standard deviation (n - 1). */
function sd(values: readonly number[]): number {
  const m = mean(values);
  let sum = 0;
  for (const v of values) sum += (v - m) * (v - m);
  return Math.sqrt(sum / (values.length - 1));
}

/** mean(latest - intake) / SD(intake), or null with fewer than 2 episodes or intakes that do not vary. */
export function prePostEffectSize(episodes: readonly PrePost[]): number | null {
  if (episodes.length < 2) return null;
  const spread = sd(episodes.map((e) => e.intake));
  // The SD of totals in tenths is a multiple of 0.1 / sqrt(n): anything this small is a float artefact of 0.
  if (!(spread > 1e-9)) return null;
  return mean(episodes.map((e) => e.latest - e.intake)) / spread;
}

/**
 * (reference.meanChange + mean residual) / reference.sd over the episodes given (the caller passes
 * only clinical-range intakes); null when there are none.
 */
export function severityAdjustedEffectSize(episodes: readonly PrePost[], reference: EffectSizeReference): SeverityAdjustedEffectSize | null {
  checkReference(reference);
  if (episodes.length === 0) return null;
  const model = reference.changeModel;
  const residual = mean(episodes.map((e) => e.latest - e.intake - (model.intercept + model.intakeSlope * e.intake)));
  return {
    value: (reference.meanChange + residual) / reference.sd,
    episodes: episodes.length,
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

function checkReference(reference: EffectSizeReference): void {
  assertArgument(REFERENCE, reference, 'reference');
}
