/**
 * Fits an expected trajectory on an organisation's own history, so "not on track" compares a
 * client with the organisation's own clients: linear quantile regression of the total at session
 * s >= 2 on [1, intake, ln(s), intake * ln(s)], at a lower, a middle and an upper quantile.
 */
import { FitlineError, nestProblems } from './errors.js';
import type { Rating } from './rating.js';
import { quantileRegression } from './quantile-regression.js';
import type { RegressionTrajectoryModel, TrajectoryCoefficients } from './trajectory-model.js';
import { orderEpisodes } from './order-ratings.js';
import { assertOptions, assertRatings } from './validate.js';
import { MAX_SESSION, validateTrajectoryModel } from './validate-trajectory.js';
import { assertArgument } from './shape.js';

/**
 * Options for fitTrajectoryModel: the quantiles, the model's label and source, and the last session
 * fitted.
 */
export interface FitTrajectoryOptions {
  /** The quantiles for the band and the expected score; default 0.25, 0.5 and 0.75. */
  quantiles?: Partial<RegressionTrajectoryModel['quantiles']>;
  label?: string;
  source?: string;
  /**
   * The last session fitted; later ratings are left out and later sessions held at this one.
   * Default: the last session with at least MIN_RATINGS ratings after the intake.
   */
  maxSession?: number;
}

/** Fewer ratings than this, in all or at the last session, say too little to fit three quantiles on. */
export const MIN_RATINGS = 30;

const FEATURES = 4;

/**
 * `episodes` are the organisation's past episodes. Each episode's intake is the client's first own
 * outcome rating, in the order groupSeries gives (session number, else date). Throws a FitlineError
 * for an invalid rating (naming it, as `episodes[3].ratings[2].items[0]`), a bad option, or too
 * little data.
 */
export function fitTrajectoryModel(episodes: readonly { ratings: readonly Rating[] }[], options: FitTrajectoryOptions = {}): RegressionTrajectoryModel {
  const { quantiles, label, source, maxSession: lastAsked } = assertOptions(options);
  // The three quantiles only, whatever else the option holds: the model carries nothing unchecked.
  const { lower = 0.25, expected = 0.5, upper = 0.75 } = assertOptions(quantiles, 'quantiles');
  // Checked before anything reads it: it goes into the model's source text and its loops.
  if (lastAsked !== undefined) assertArgument(MAX_SESSION, lastAsked, 'maxSession');
  if (!Array.isArray(episodes)) throw new FitlineError('bad-option', 'episodes must be a list of { ratings }.', 'episodes');
  const series = episodes.flatMap((episode: unknown, e) => {
    const ratings = (episode as { ratings?: unknown } | null)?.ratings;
    const path = `episodes[${e}].ratings`;
    assertRatings(ratings, path);
    try {
      // Each episode the ratings hold (a re-intake starts another): the client's own outcome series,
      // ordered as episode summaries order it, sessions counted from the intake.
      return orderEpisodes(ratings as Rating[]).map((part) => {
        const points = part.series.find((s) => s.kind === 'outcome' && s.rater === 'client')?.points ?? [];
        return points.map((p) => ({ session: p.session - points[0]!.session + 1, total: p.total }));
      });
    } catch (error) {
      if (error instanceof FitlineError) throw FitlineError.fromProblems(nestProblems(`episodes[${e}]`, error.problems));
      throw error;
    }
  });

  const perSession: number[] = [];
  for (const points of series) for (const { session } of points) if (session >= 2) perSession[session] = (perSession[session] ?? 0) + 1;
  const found = perSession.reduce((sum, c) => sum + (c ?? 0), 0);
  const busiest = perSession.reduce((most, c) => Math.max(most, c ?? 0), 0);
  if (found < MIN_RATINGS || busiest < MIN_RATINGS) {
    throw new FitlineError(
      'bad-option',
      `fitTrajectoryModel needs at least ${MIN_RATINGS} client outcome ratings after the intake at one session; ` +
        `it found ${found} after the intake, at most ${busiest} at one session.`,
      'episodes',
    );
  }
  // By default the last session with enough ratings; from session 3 on, since with session 2 alone the
  // session terms cannot be told from the intercept. When none has enough, the option is what to change.
  let last = perSession.length - 1;
  while (last >= 3 && (perSession[last] ?? 0) < MIN_RATINGS) last--;
  if (lastAsked === undefined && last < 3) {
    throw new FitlineError(
      'bad-option',
      `fitTrajectoryModel fits how totals change with the session, which needs ${MIN_RATINGS} client outcome ratings at a session from 3 on; ` +
        `none has that many. Set maxSession (the ratings reach session ${perSession.length - 1}) to fit on sessions with fewer ratings.`,
      'maxSession',
    );
  }
  const maxSession = lastAsked ?? last;

  const x: number[] = [];
  const y: number[] = [];
  let used = 0;
  for (const points of series) {
    const intake = points[0]?.total ?? 0;
    const before = y.length;
    for (const { session, total } of points) {
      if (session < 2 || session > maxSession) continue;
      const ln = Math.log(session);
      x.push(1, intake, ln, intake * ln);
      y.push(total);
    }
    if (y.length > before) used++;
  }
  const fittedOn = { episodes: used, ratings: y.length + used };
  const zero = coefficients([]);
  const model: RegressionTrajectoryModel = {
    kind: 'quantile-regression',
    format: 1,
    label: label ?? 'Trajectory fitted on own records',
    illustrative: false,
    source: source ?? `Fitted on own records: ${fittedOn.episodes} episodes, ${fittedOn.ratings} ratings, sessions 1 to ${maxSession}.`,
    quantiles: { lower, expected, upper },
    lower: zero,
    expected: zero,
    upper: zero,
    maxSession,
    fittedOn,
  };
  // The options are checked by the model's own rules, so a fit never returns a model that fails them.
  const [problem] = validateTrajectoryModel(model);
  if (problem) throw new FitlineError('bad-option', `${problem.message.slice(0, -1)} (an option of fitTrajectoryModel).`, problem.field);
  if (y.length < MIN_RATINGS) {
    throw new FitlineError('bad-option', `fitTrajectoryModel needs at least ${MIN_RATINGS} ratings from session 2 to maxSession ${maxSession}; it found ${y.length}.`, 'maxSession');
  }

  const xs = Float64Array.from(x);
  const ys = Float64Array.from(y);
  const [expectedFit, lowerFit, upperFit] = quantileRegression(xs, ys, FEATURES, [expected, lower, upper]) ?? [];
  if (!expectedFit || !lowerFit || !upperFit) {
    // Name what would have to change: the sessions fitted (an option), or the intakes (the data).
    const sessions = new Set<number>();
    for (let i = 2; i < x.length; i += FEATURES) sessions.add(x[i]!);
    if (sessions.size < 2) throw new FitlineError('bad-option', `maxSession ${maxSession} leaves ratings at one session only; it must take in two or more sessions after the intake.`, 'maxSession');
    throw new FitlineError('bad-option', 'episodes must differ in intake, to tell intake and session effects apart.', 'episodes');
  }
  return { ...model, lower: coefficients(lowerFit), expected: coefficients(expectedFit), upper: coefficients(upperFit) };
}

function coefficients([intercept = 0, intake = 0, logSession = 0, intakeLogSession = 0]: number[]): TrajectoryCoefficients {
  return { intercept, intake, logSession, intakeLogSession };
}
