/**
 * A made-up trajectory for demonstrations and tests, so a chart can show a band before an
 * organisation has fitted its own. It is not an expected treatment response: those curves (ETR)
 * are licensed and their coefficients are not public.
 */
import type { RegressionTrajectoryModel } from './trajectory-model.js';

/**
 * expected = intake + (6.6 - 0.2 * intake) * ln(session): clients who start low gain most, and one
 * who starts near 33 stays there. A high intake drifts down a little (at 40, 4.2 points by session 20),
 * never by a reliable change: a made-up curve must not expect a client to get reliably worse. The band
 * is 2.2 * ln(session) either side, widening with time.
 */
export const ILLUSTRATIVE_TRAJECTORY: RegressionTrajectoryModel = {
  kind: 'quantile-regression',
  format: 1,
  label: 'Illustrative trajectory (demonstration only)',
  illustrative: true,
  // Licensed ETR coefficients are not public: fit a model on your own records, or load a licensed table.
  source: 'Made up for demonstrations; NOT a validated expected treatment response.',
  quantiles: { lower: 0.25, expected: 0.5, upper: 0.75 },
  lower: { intercept: 0, intake: 1, logSession: 4.4, intakeLogSession: -0.2 },
  expected: { intercept: 0, intake: 1, logSession: 6.6, intakeLogSession: -0.2 },
  upper: { intercept: 0, intake: 1, logSession: 8.8, intakeLogSession: -0.2 },
  maxSession: 20,
};
