/**
 * The expected outcome total at a session for a client's intake score, with the band around it,
 * from a trajectory model of either kind: what a chart draws and "not on track" compares with.
 */
import { FitlineError } from './errors.js';
import { TOTAL_MAX } from './instruments.js';
import { assertArgument, is, total } from './shape.js';
import { roundToTenth } from './tenths.js';
import type { ExpectedScore, TrajectoryModel } from './trajectory-model.js';
import { resolveTrajectoryModel } from './validate-trajectory.js';

const SESSION = /* @__PURE__ */ is((v) => Number.isSafeInteger(v) && v >= 1, 'a whole number from 1 up');

const tidy = (v: number) => roundToTenth(Math.min(TOTAL_MAX, Math.max(0, v)));

/**
 * Session 1 is the intake, so the band there is the intake itself. Sessions past the model's last
 * one are held at it. Totals are clamped to 0 to 40 and rounded to a tenth; lower <= expected <= upper.
 * Throws a FitlineError for an invalid model, an intake outside 0 to 40 (or outside every band of a
 * table) and a session that is not a whole number from 1 up.
 */
export function expectedScore(model: TrajectoryModel, intake: number, session: number): ExpectedScore {
  const m = resolveTrajectoryModel(model);
  assertArgument(total, intake, 'intake');
  assertArgument(SESSION, session, 'session');
  let values: number[];
  if (session === 1) values = [intake, intake, intake];
  else if (m.kind === 'table') {
    // Bands are [min, max); the top band also takes its max, so a table can cover 0 to 40 whole.
    const top = Math.max(...m.bands.map((b) => b.intakeMax));
    const band = m.bands.find((b) => intake >= b.intakeMin && (intake < b.intakeMax || intake === b.intakeMax && intake === top));
    if (!band) throw new FitlineError('bad-option', `intake ${intake} is outside every intake band of "${m.label}".`, 'intake');
    const row = band.sessions[Math.min(session, band.sessions.length + 1) - 2]!;
    values = [row.lower, row.expected, row.upper];
  } else {
    const ln = Math.log(Math.min(session, m.maxSession));
    values = [m.lower, m.expected, m.upper].map((c) => c.intercept + c.intake * intake + ln * (c.logSession + c.intakeLogSession * intake));
  }
  // Quantiles fitted one at a time can cross; sorting them (monotone rearrangement) keeps the band in order.
  const [lower, expected, upper] = values.sort((a, b) => a - b).map(tidy) as [number, number, number];
  return { expected, lower, upper };
}
