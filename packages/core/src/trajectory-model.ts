/**
 * The expected-trajectory model: for a client's intake score, the expected outcome total at a
 * session and a band around it. Fitline ships no licensed curve: a model is fitted on an
 * organisation's own history (fit-trajectory.ts), supplied as a table from licensed data, or the
 * clearly labelled illustrative default (illustrative-trajectory.ts).
 *
 * A model is plain JSON: it can be saved, sent and reloaded without loss.
 */

/** score = intercept + intake * b_intake + ln(session) * b_log + intake * ln(session) * b_interaction */
export interface TrajectoryCoefficients {
  intercept: number;
  intake: number;
  logSession: number;
  intakeLogSession: number;
}

/**
 * A trajectory model of three quantile regressions on intake and log session: the lower bound, the
 * expected score and the upper bound.
 */
export interface RegressionTrajectoryModel {
  kind: 'quantile-regression';
  /** Format version of this JSON shape. */
  format: 1;
  label: string;
  /** True for a model made up for demonstrations; it must never be shown as a validated trajectory. */
  illustrative: boolean;
  source: string;
  /** The quantiles the band was fitted at, such as 0.25 and 0.75, and the median for `expected`. */
  quantiles: { lower: number; expected: number; upper: number };
  lower: TrajectoryCoefficients;
  expected: TrajectoryCoefficients;
  upper: TrajectoryCoefficients;
  /** Sessions beyond this are held at its value: the data said nothing about them. */
  maxSession: number;
  /** How much data the model was fitted on, when it was fitted. */
  fittedOn?: { episodes: number; ratings: number };
}

/** A licensed or hand-made table: for each intake band, the expected score and band by session. */
export interface TableTrajectoryModel {
  kind: 'table';
  format: 1;
  label: string;
  illustrative: boolean;
  source: string;
  /** Bands by intake score, [min, max) each, covering the intakes the model is for. */
  bands: {
    intakeMin: number;
    intakeMax: number;
    /** Row i is session i + 2: session 1 is the intake itself. */
    sessions: { expected: number; lower: number; upper: number }[];
  }[];
}

/** A model of the expected outcome total by session for a given intake: a regression or a table. */
export type TrajectoryModel = RegressionTrajectoryModel | TableTrajectoryModel;

/** The expected outcome total at one session, with the lower and upper bounds of the band around it. */
export interface ExpectedScore {
  expected: number;
  lower: number;
  upper: number;
}
