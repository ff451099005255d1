/**
 * Checks a trajectory model field by field. Models arrive as hosts' JSON (saved fits, licensed
 * tables), so nothing is assumed: every number is checked before a chart or an alert relies on it.
 */
import { FitlineError } from './errors.js';
import type { FitlineProblem } from './errors.js';
import type { TrajectoryModel } from './trajectory-model.js';

type Bad = (field: string, rule: string) => false;
type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTotal = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 40;
const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
/** Coefficients beyond this could only overflow: no outcome total needs them. */
const COEFFICIENT_MAX = 1e6;

/** Every problem with a trajectory model; an empty list means it can be used. */
export function validateTrajectoryModel(model: unknown): FitlineProblem[] {
  const problems: FitlineProblem[] = [];
  const bad: Bad = (field, rule) => {
    problems.push({ code: 'bad-trajectory-model', field, message: `${field} ${rule}.` });
    return false;
  };
  if (!isObject(model)) return [{ code: 'bad-trajectory-model', field: '', message: 'A trajectory model must be an object.' }];
  if (model.format !== 1) bad('format', 'must be 1');
  for (const key of ['label', 'source']) if (typeof model[key] !== 'string' || !model[key]) bad(key, 'must be a non-empty string');
  if (typeof model.illustrative !== 'boolean') bad('illustrative', 'must be true or false');
  if (model.kind === 'quantile-regression') checkRegression(model, bad);
  else if (model.kind === 'table') checkTable(model, bad);
  else bad('kind', 'must be "quantile-regression" or "table"');
  return problems;
}

/** The model after checking it; throws a FitlineError listing every problem otherwise. */
export function resolveTrajectoryModel(model: unknown): TrajectoryModel {
  const problems = validateTrajectoryModel(model);
  if (problems.length > 0) throw FitlineError.fromProblems(problems);
  return model as TrajectoryModel;
}

const LEVELS = ['lower', 'expected', 'upper'] as const;

function checkRegression(m: Obj, bad: Bad): void {
  const q = m.quantiles;
  if (!isObject(q)) bad('quantiles', 'must be { lower, expected, upper }');
  else {
    const ok = LEVELS.filter((level) => {
      const v = q[level];
      return typeof v === 'number' && v > 0 && v < 1 ? true : bad(`quantiles.${level}`, 'must be a number between 0 and 1');
    });
    if (ok.length === 3 && !((q.lower as number) < (q.expected as number) && (q.expected as number) < (q.upper as number))) {
      bad('quantiles', 'must rise: lower < expected < upper');
    }
  }
  for (const level of LEVELS) {
    const c = m[level];
    if (!isObject(c)) bad(level, 'must be { intercept, intake, logSession, intakeLogSession }');
    else {
      for (const key of ['intercept', 'intake', 'logSession', 'intakeLogSession']) {
        const v = c[key];
        if (!(typeof v === 'number' && Math.abs(v) <= COEFFICIENT_MAX)) bad(`${level}.${key}`, `must be a finite number from -${COEFFICIENT_MAX} to ${COEFFICIENT_MAX}`);
      }
    }
  }
  if (!(Number.isSafeInteger(m.maxSession) && (m.maxSession as number) >= 2)) bad('maxSession', 'must be a whole number from 2 up');
  const f = m.fittedOn;
  if (f !== undefined && !(isObject(f) && isCount(f.episodes) && isCount(f.ratings))) bad('fittedOn', 'must be { episodes, ratings } as whole numbers when given');
}

function checkTable(m: Obj, bad: Bad): void {
  const bands = m.bands;
  if (!Array.isArray(bands) || bands.length === 0) {
    bad('bands', 'must be a non-empty list of intake bands');
    return;
  }
  const ranges: [number, number, number][] = [];
  // Index loops, not forEach: a hole in a list is a problem too, not something to skip.
  for (let i = 0; i < bands.length; i++) {
    const band: unknown = bands[i];
    const at = `bands[${i}]`;
    if (!isObject(band)) {
      bad(at, 'must be { intakeMin, intakeMax, sessions }');
      continue;
    }
    const { intakeMin: min, intakeMax: max, sessions } = band;
    if (!isTotal(min)) bad(`${at}.intakeMin`, 'must be a total from 0 to 40');
    if (!isTotal(max)) bad(`${at}.intakeMax`, 'must be a total from 0 to 40');
    if (isTotal(min) && isTotal(max)) {
      if (min < max) ranges.push([min, max, i]);
      else bad(`${at}.intakeMax`, 'must be greater than intakeMin');
    }
    if (!Array.isArray(sessions) || sessions.length === 0) {
      bad(`${at}.sessions`, 'must be a non-empty list, from session 2');
      continue;
    }
    for (let s = 0; s < sessions.length; s++) {
      const row: unknown = sessions[s];
      const rowAt = `${at}.sessions[${s}]`;
      if (!isObject(row)) {
        bad(rowAt, 'must be { expected, lower, upper }');
        continue;
      }
      for (const level of LEVELS) if (!isTotal(row[level])) bad(`${rowAt}.${level}`, 'must be a total from 0 to 40');
      if ((row.lower as number) > (row.expected as number)) bad(`${rowAt}.lower`, 'must be <= expected');
      if ((row.upper as number) < (row.expected as number)) bad(`${rowAt}.upper`, 'must be >= expected');
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  for (let k = 1; k < ranges.length; k++) {
    const [min, , i] = ranges[k]!;
    const [, prevMax, j] = ranges[k - 1]!;
    if (min < prevMax) bad(`bands[${i}]`, `must not overlap bands[${j}]`);
  }
}
