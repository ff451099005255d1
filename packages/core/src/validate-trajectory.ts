/**
 * Checks a trajectory model field by field. Models arrive as hosts' JSON (saved fits, licensed
 * tables), so nothing is assumed: every number is checked before a chart or an alert relies on it.
 */
import { throwProblems } from './errors.js';
import type { FitlineProblem } from './errors.js';
import type { TrajectoryModel } from './trajectory-model.js';
import type { Shape } from './shape.js';
import { check, fail, inTurn, is, isObject, list, object, oneOf, optional, relation, total, variant, text } from './shape.js';

const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
const quantile = is((v) => typeof v === 'number' && v > 0 && v < 1, 'a number between 0 and 1');
// Coefficients beyond a million could only overflow: no outcome total needs them.
const coefficient = is((v) => typeof v === 'number' && Math.abs(v) <= 1e6, 'a finite number from -1e6 to 1e6');
const coefficients = object({ intercept: coefficient, intake: coefficient, logSession: coefficient, intakeLogSession: coefficient });

const row = inTurn(
  object({ expected: total, lower: total, upper: total }),
  relation('lower', (r) => r.lower <= r.expected, '<= expected'),
  relation('upper', (r) => r.upper >= r.expected, '>= expected'),
);
const band = inTurn(
  object({ intakeMin: total, intakeMax: total, sessions: list(row, 'a non-empty list, from session 2') }),
  relation('intakeMax', (b) => b.intakeMin < b.intakeMax, 'greater than intakeMin'),
);
/** Bands are [intakeMin, intakeMax) ranges: no intake may fall in two. */
const apart: Shape = (bands: { intakeMin: number; intakeMax: number }[], field, context) => {
  const order = bands.map((_, i) => i).sort((i, j) => bands[i]!.intakeMin - bands[j]!.intakeMin);
  let ok = true;
  for (let k = 1; k < order.length; k++) {
    const [i, j] = [order[k]!, order[k - 1]!];
    if (bands[i]!.intakeMin < bands[j]!.intakeMax) ok = fail(context, `${field}[${i}]`, `clear of bands[${j}] (bands must not overlap)`, bands[i]);
  }
  return ok;
};

/** The last session a fitted model holds: fitTrajectoryModel checks its option by the same rule. */
export const MAX_SESSION = /* @__PURE__ */ is((v) => Number.isSafeInteger(v) && v >= 2, 'a whole number from 2 up');

const common = {
  kind: oneOf(['quantile-regression', 'table']),
  format: is((v) => v === 1, '1'),
  label: text,
  source: text,
  illustrative: is((v) => typeof v === 'boolean', 'true or false'),
};
const MODEL = variant(
  'kind',
  {
    'quantile-regression': object({
      ...common,
      quantiles: inTurn(
        object({ lower: quantile, expected: quantile, upper: quantile }),
        relation('', (q) => q.lower < q.expected && q.expected < q.upper, 'rising: lower < expected < upper'),
      ),
      lower: coefficients,
      expected: coefficients,
      upper: coefficients,
      maxSession: MAX_SESSION,
      fittedOn: optional(is((f) => isObject(f) && isCount(f.episodes) && isCount(f.ratings), '{ episodes, ratings } as whole numbers')),
    }),
    table: object({ ...common, bands: inTurn(list(band, 'a non-empty list of intake bands'), apart) }),
  },
  object(common),
);

/** Every problem with a trajectory model; an empty list means it can be used. */
export function validateTrajectoryModel(model: unknown): FitlineProblem[] {
  return check(MODEL, model, 'bad-trajectory-model', 'A trajectory model');
}

/**
 * Models that passed, so charts and summaries that ask for an expected score per session check each
 * model once. A model is plain JSON the host treats as read-only: one changed after it passed is
 * the host's bug, and is not checked again.
 */
const passed = new WeakSet<object>();

/** The model after checking it; throws a FitlineError listing every problem otherwise. */
export function resolveTrajectoryModel(model: unknown): TrajectoryModel {
  if (!passed.has(model as object)) {
    throwProblems(validateTrajectoryModel(model));
    passed.add(model as object);
  }
  return model as TrajectoryModel;
}
