import { expect } from 'chai';
import fc from 'fast-check';
import {
  expectedScore,
  fitTrajectoryModel,
  validateTrajectoryModel,
  ILLUSTRATIVE_TRAJECTORY,
  MIN_RATINGS,
  FitlineError,
} from '../src/index.js';
import type { Rating, RegressionTrajectoryModel, TableTrajectoryModel, TrajectoryModel, TrajectoryCoefficients } from '../src/index.js';
import { quantileRegression, checkLoss } from '../src/quantile-regression.js';
import { resolveTrajectoryModel } from '../src/validate-trajectory.js';
import { catchFitlineError } from './catch-fitline-error.js';
import { generateCaseload } from '../src/sample/index.js';

/** A small seeded generator (mulberry32), so the data behind each fit is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An ORS rating with the given total (spread over the four items in whole tenths). */
function ors(total: number, extra: Partial<Rating> = {}): Rating {
  const tenths = Math.round(Math.min(40, Math.max(0, total)) * 10);
  const items = [0, 1, 2, 3].map((i) => Math.floor((tenths + 3 - i) / 4) / 10);
  return { instrument: 'ors', items, date: '2026-01-05', ...extra };
}

/**
 * Episodes with a known linear quantile structure: total = 2 + 0.9 a + 5 L - 0.15 a L + (1 + 0.8 L) e,
 * with a the intake, L = ln(session) and e uniform on (-1, 1), whose tau-quantile is 2 tau - 1. So the
 * true tau-quantile coefficients are intercept 2 + q, intake 0.9, logSession 5 + 0.8 q, intakeLogSession -0.15.
 */
function knownEpisodes(count: number, sessions: number, seed: number): { ratings: Rating[] }[] {
  const rnd = seeded(seed);
  return Array.from({ length: count }, () => {
    const intake = Math.round(50 + 250 * rnd()) / 10;
    const ratings = [ors(intake, { session: 1 })];
    for (let s = 2; s <= sessions; s++) {
      const ln = Math.log(s);
      ratings.push(ors(2 + 0.9 * intake + 5 * ln - 0.15 * intake * ln + (1 + 0.8 * ln) * (2 * rnd() - 1), { session: s }));
    }
    return { ratings };
  });
}
const truth = (tau: number): TrajectoryCoefficients => {
  const q = 2 * tau - 1;
  return { intercept: 2 + q, intake: 0.9, logSession: 5 + 0.8 * q, intakeLogSession: -0.15 };
};


const table: TableTrajectoryModel = {
  kind: 'table',
  format: 1,
  label: 'Test table',
  illustrative: true,
  source: 'Made up for tests',
  bands: [
    { intakeMin: 0, intakeMax: 20, sessions: [{ expected: 15, lower: 12, upper: 18 }, { expected: 17, lower: 13, upper: 21 }] },
    { intakeMin: 20, intakeMax: 40, sessions: [{ expected: 26, lower: 24, upper: 28.5 }] },
  ],
};

describe('expectedScore', () => {
  it('gives the intake itself at session 1, for both kinds', () => {
    expect(expectedScore(ILLUSTRATIVE_TRAJECTORY, 12.3, 1)).to.deep.equal({ expected: 12.3, lower: 12.3, upper: 12.3 });
    expect(expectedScore(table, 31, 1)).to.deep.equal({ expected: 31, lower: 31, upper: 31 });
  });

  it('computes the illustrative curve: intake + (6.6 - 0.2 intake) ln(session), band 2.2 ln(session) either side', () => {
    // ln 5 = 1.6094: expected 10 + 4.6 * 1.6094 = 17.40, lower 10 + 2.4 * 1.6094 = 13.86, upper 10 + 6.8 * 1.6094 = 20.94.
    expect(expectedScore(ILLUSTRATIVE_TRAJECTORY, 10, 5)).to.deep.equal({ expected: 17.4, lower: 13.9, upper: 20.9 });
    expect(expectedScore(ILLUSTRATIVE_TRAJECTORY, 0, 2)).to.deep.equal({ expected: 4.6, lower: 3, upper: 6.1 });
    expect(ILLUSTRATIVE_TRAJECTORY.illustrative).to.equal(true);
    expect(ILLUSTRATIVE_TRAJECTORY.label).to.contain('Illustrative');
    expect(ILLUSTRATIVE_TRAJECTORY.source).to.contain('NOT a validated expected treatment response');
  });

  it('holds sessions beyond maxSession at maxSession', () => {
    const at = expectedScore(ILLUSTRATIVE_TRAJECTORY, 15, ILLUSTRATIVE_TRAJECTORY.maxSession);
    expect(expectedScore(ILLUSTRATIVE_TRAJECTORY, 15, 45)).to.deep.equal(at);
    expect(expectedScore(ILLUSTRATIVE_TRAJECTORY, 15, ILLUSTRATIVE_TRAJECTORY.maxSession - 1)).to.not.deep.equal(at);
    expect(expectedScore(table, 5, 3)).to.deep.equal({ expected: 17, lower: 13, upper: 21 });
    expect(expectedScore(table, 5, 30)).to.deep.equal({ expected: 17, lower: 13, upper: 21 });
  });

  it('clamps to 0..40', () => {
    // 39 + (8.8 - 8.06) ln 20 = 41.2 for the upper quantile.
    expect(expectedScore(ILLUSTRATIVE_TRAJECTORY, 39, 20).upper).to.equal(40);
    const low: RegressionTrajectoryModel = { ...ILLUSTRATIVE_TRAJECTORY, lower: { intercept: -50, intake: 0, logSession: 0, intakeLogSession: 0 } };
    expect(expectedScore(low, 3, 4).lower).to.equal(0);
  });

  it('looks up the intake band of a table, the top band taking its upper end', () => {
    expect(expectedScore(table, 19.9, 2)).to.deep.equal({ expected: 15, lower: 12, upper: 18 });
    expect(expectedScore(table, 20, 2)).to.deep.equal({ expected: 26, lower: 24, upper: 28.5 });
    expect(expectedScore(table, 40, 7)).to.deep.equal({ expected: 26, lower: 24, upper: 28.5 });
    const partial: TableTrajectoryModel = { ...table, bands: [table.bands[0]!] };
    const error = catchFitlineError(() => expectedScore(partial, 25, 2));
    expect(error).to.be.instanceOf(FitlineError);
    expect([error.code, error.field]).to.deep.equal(['bad-option', 'intake']);
  });

  it('keeps lower <= expected <= upper when fitted quantiles cross', () => {
    const crossed: RegressionTrajectoryModel = { ...ILLUSTRATIVE_TRAJECTORY, lower: ILLUSTRATIVE_TRAJECTORY.upper, upper: ILLUSTRATIVE_TRAJECTORY.lower };
    expect(expectedScore(crossed, 10, 5)).to.deep.equal({ expected: 17.4, lower: 13.9, upper: 20.9 });
  });

  for (const [label, intake, session, field] of [
    ['a NaN intake', NaN, 2, 'intake'],
    ['a negative intake', -0.1, 2, 'intake'],
    ['an intake over 40', 40.1, 2, 'intake'],
    ['a string intake', '20', 2, 'intake'],
    ['session 0', 20, 0, 'session'],
    ['session 1.5', 20, 1.5, 'session'],
    ['a NaN session', 20, NaN, 'session'],
  ] as const) {
    it(`refuses ${label}`, () => {
      const error = catchFitlineError(() => expectedScore(ILLUSTRATIVE_TRAJECTORY, intake as number, session));
      expect(error).to.be.instanceOf(FitlineError);
      expect([error.code, error.field]).to.deep.equal(['bad-option', field]);
    });
  }
});

describe('validateTrajectoryModel', () => {
  it('accepts the illustrative model and a table', () => {
    expect(validateTrajectoryModel(ILLUSTRATIVE_TRAJECTORY)).to.deep.equal([]);
    expect(validateTrajectoryModel(table)).to.deep.equal([]);
    expect(resolveTrajectoryModel(table)).to.equal(table);
  });

  const broken = (base: object, change: (m: any) => void) => {
    const m = JSON.parse(JSON.stringify(base));
    change(m);
    return m;
  };
  const bands = (count: number) => Array.from({ length: count }, (_, i) => ({ intakeMin: i * 10, intakeMax: i * 10 + 10, sessions: [{ expected: 20, lower: 18, upper: 22 }] }));
  for (const [label, model, field, text] of [
    ['a NaN coefficient', broken(ILLUSTRATIVE_TRAJECTORY, (m) => (m.expected.intercept = NaN)), 'expected.intercept', 'expected.intercept must be a finite number'],
    ['a missing coefficient set', broken(ILLUSTRATIVE_TRAJECTORY, (m) => delete m.upper), 'upper', 'upper must be'],
    ['quantiles out of order', broken(ILLUSTRATIVE_TRAJECTORY, (m) => (m.quantiles.lower = 0.6)), 'quantiles', 'lower < expected < upper'],
    ['a quantile of 1', broken(ILLUSTRATIVE_TRAJECTORY, (m) => (m.quantiles.upper = 1)), 'quantiles.upper', 'between 0 and 1'],
    ['maxSession 1', broken(ILLUSTRATIVE_TRAJECTORY, (m) => (m.maxSession = 1)), 'maxSession', 'whole number from 2'],
    ['an unknown kind', broken(ILLUSTRATIVE_TRAJECTORY, (m) => (m.kind = 'etr')), 'kind', 'kind must be'],
    ['format 2', broken(ILLUSTRATIVE_TRAJECTORY, (m) => (m.format = 2)), 'format', 'format must be 1'],
    ['an empty label', broken(ILLUSTRATIVE_TRAJECTORY, (m) => (m.label = '')), 'label', 'non-empty string'],
    ['bad fittedOn counts', broken(ILLUSTRATIVE_TRAJECTORY, (m) => (m.fittedOn = { episodes: -1, ratings: 3 })), 'fittedOn', 'fittedOn must be'],
    ['lower above expected', broken({ ...table, bands: bands(3) }, (m) => (m.bands[2].sessions[0].lower = 21)), 'bands[2].sessions[0].lower', 'bands[2].sessions[0].lower must be <= expected'],
    ['upper below expected', broken(table, (m) => (m.bands[0].sessions[1].upper = 16)), 'bands[0].sessions[1].upper', 'must be >= expected'],
    ['a total over 40', broken(table, (m) => (m.bands[1].sessions[0].upper = 41)), 'bands[1].sessions[0].upper', 'from 0 to 40'],
    ['overlapping bands', broken(table, (m) => (m.bands[1].intakeMin = 19)), 'bands[1]', 'overlap'],
    ['an empty band', broken(table, (m) => (m.bands[0].sessions = [])), 'bands[0].sessions', 'non-empty'],
    ['a hole in the sessions', broken(table, (m) => (m.bands[0].sessions = [, { expected: 1, lower: 1, upper: 1 }])), 'bands[0].sessions[0]', 'must be'],
    ['no bands', broken(table, (m) => (m.bands = [])), 'bands', 'non-empty'],
    ['a string', 'model', '', 'A trajectory model must be an object { kind, format, label, source, illustrative }, not "model".'],
    ['a coefficient given as text', broken(ILLUSTRATIVE_TRAJECTORY, (m) => (m.lower.intake = '0.5')), 'lower.intake', 'lower.intake must be a finite number from -1e6 to 1e6, not "0.5".'],
    ['illustrative given as text', broken(ILLUSTRATIVE_TRAJECTORY, (m) => (m.illustrative = 'yes')), 'illustrative', 'illustrative must be true or false, not "yes".'],
  ] as const) {
    it(`reports ${label} as bad-trajectory-model at ${field || 'the top'}`, () => {
      const problems = validateTrajectoryModel(model);
      const problem = problems.find((p) => p.field === field);
      expect(problem, JSON.stringify(problems)).to.not.equal(undefined);
      expect(problem!.code).to.equal('bad-trajectory-model');
      expect(problem!.message).to.contain(text);
      const error = catchFitlineError(() => resolveTrajectoryModel(model));
      expect(error).to.be.instanceOf(FitlineError);
      expect(error.code).to.equal('bad-trajectory-model');
      expect(error.problems).to.deep.equal(problems);
      expect(catchFitlineError(() => expectedScore(model as TrajectoryModel, 20, 3)).code).to.equal('bad-trajectory-model');
    });
  }
});

describe('quantile regression solver', () => {
  const column = (values: number[][]) => Float64Array.from(values.flat());

  it('gives the sample quantile for an intercept-only model', () => {
    const y = Float64Array.from([7, 1, 9, 3, 5, 2, 8, 4, 6]);
    const ones = column(Array.from({ length: 9 }, () => [1]));
    expect(quantileRegression(ones, y, 1, [0.5])![0]![0]).to.be.closeTo(5, 1e-4);
    // 9 * 0.3 = 2.7, so the 3rd smallest value is the unique 0.3-quantile.
    expect(quantileRegression(ones, y, 1, [0.3])![0]![0]).to.be.closeTo(3, 1e-4);
  });

  it('returns null when the features are collinear', () => {
    const x = column([[1, 2], [1, 2], [1, 2], [1, 2]]);
    expect(quantileRegression(x, Float64Array.from([1, 2, 3, 4]), 2, [0.5])).to.equal(null);
  });

  it('property: reaches the exact minimum of the check loss (a line through two points, found by brute force)', () => {
    const point = fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 })).map(([a, b]) => [a / 10, b / 10] as const);
    fc.assert(
      fc.property(fc.array(point, { minLength: 5, maxLength: 14 }), fc.integer({ min: 5, max: 95 }), (points, percent) => {
        const tau = percent / 100;
        if (new Set(points.map(([px]) => px)).size < 2) return true;
        const loss = (b0: number, b1: number) => points.reduce((s, [px, py]) => s + checkLoss(py - b0 - b1 * px, tau), 0);
        // A linear programme's optimum lies on a vertex: a line through two of the points.
        let best = Infinity;
        for (const [x1, y1] of points) for (const [x2, y2] of points) {
          if (x1 === x2) continue;
          const slope = (y2 - y1) / (x2 - x1);
          best = Math.min(best, loss(y1 - slope * x1, slope));
        }
        const [b0, b1] = quantileRegression(column(points.map(([px]) => [1, px])), Float64Array.from(points.map(([, py]) => py)), 2, [tau])![0]!;
        // Exact, up to rounding, even on data full of ties (a degenerate programme).
        return loss(b0!, b1!) <= best + 1e-9 * (1 + best);
      }),
      { numRuns: 500 },
    );
  });
  it('property: reaches the exact minimum with the four trajectory features, on small data full of ties', () => {
    // Rows [1, intake, ln s, intake ln s]; the optimum is a vertex through four observations, found by brute force.
    const observation = fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 0, max: 20 }));
    fc.assert(
      fc.property(fc.array(observation, { minLength: 6, maxLength: 10 }), fc.integer({ min: 5, max: 95 }), (points, percent) => {
        const tau = percent / 100;
        const rows = points.map(([intake, session]) => [1, intake * 5, Math.log(session), intake * 5 * Math.log(session)]);
        const ys = points.map(([, , total]) => total * 2);
        const loss = (b: number[]) => rows.reduce((s, row, i) => s + checkLoss(ys[i]! - row.reduce((f, v, j) => f + v * b[j]!, 0), tau), 0);
        const fit = quantileRegression(Float64Array.from(rows.flat()), Float64Array.from(ys), 4, [tau]);
        let best = Infinity;
        const n = rows.length;
        for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) for (let c = b + 1; c < n; c++) for (let d = c + 1; d < n; d++) {
          const vertex = solve4([a, b, c, d].map((i) => rows[i]!), [a, b, c, d].map((i) => ys[i]!));
          if (vertex) best = Math.min(best, loss(vertex));
        }
        if (best === Infinity) return fit === null;
        return fit !== null && loss(fit[0]!) <= best + 1e-9 * (1 + best);
      }),
      { numRuns: 300 },
    );
  });
});

/** Solves a 4 x 4 system by elimination; null when it is singular. */
function solve4(a: number[][], b: number[]): number[] | null {
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < 4; c++) {
    const pivot = m.slice(c).reduce((best, row, k) => (Math.abs(row[c]!) > Math.abs(m[best]![c]!) ? c + k : best), c);
    if (Math.abs(m[pivot]![c]!) < 1e-9) return null;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = 0; r < 4; r++) if (r !== c) {
      const f = m[r]![c]! / m[c]![c]!;
      m[r] = m[r]!.map((v, j) => v - f * m[c]![j]!);
    }
  }
  return m.map((row, i) => row[4]! / row[i]!);
}

describe('fitTrajectoryModel', () => {
  it('recovers known quantile coefficients from seeded data', () => {
    const model = fitTrajectoryModel(knownEpisodes(3000, 12, 7));
    for (const level of ['lower', 'expected', 'upper'] as const) {
      const want = truth(model.quantiles[level]);
      const got = model[level];
      expect(got.intercept, `${level}.intercept`).to.be.closeTo(want.intercept, 0.3);
      expect(got.intake, `${level}.intake`).to.be.closeTo(want.intake, 0.015);
      expect(got.logSession, `${level}.logSession`).to.be.closeTo(want.logSession, 0.2);
      expect(got.intakeLogSession, `${level}.intakeLogSession`).to.be.closeTo(want.intakeLogSession, 0.01);
      for (const intake of [6, 15, 29]) for (const session of [2, 6, 12]) {
        const ln = Math.log(session);
        const curve = (c: TrajectoryCoefficients) => c.intercept + c.intake * intake + ln * (c.logSession + c.intakeLogSession * intake);
        expect(curve(got), `${level} at intake ${intake}, session ${session}`).to.be.closeTo(curve(want), 0.2);
      }
    }
    expect(model.quantiles).to.deep.equal({ lower: 0.25, expected: 0.5, upper: 0.75 });
    expect(model.maxSession).to.equal(12);
    expect(model.fittedOn).to.deep.equal({ episodes: 3000, ratings: 36000 });
    expect(model.illustrative).to.equal(false);
    expect(model.source).to.contain('own records').and.contain('3000 episodes');
    expect(validateTrajectoryModel(model)).to.deep.equal([]);
  });

  // How fast is for the benchmarks to say; this says a large fit completes and is usable.
  it('fits 10,000 episodes of 12 sessions into a valid model', function () {
    this.timeout(60000);
    const model = fitTrajectoryModel(knownEpisodes(10000, 12, 11));
    expect(model.fittedOn).to.deep.equal({ episodes: 10000, ratings: 120000 });
    expect(validateTrajectoryModel(model)).to.deep.equal([]);
    expect(expectedScore(model, 15, 6).expected).to.be.closeTo(2 + 0.9 * 15 + (5 - 0.15 * 15) * Math.log(6), 0.2);
  });

  it('fits the client’s own outcome ratings only, ordered by date when sessions are missing', () => {
    const clean = knownEpisodes(60, 6, 3);
    const rnd = seeded(5);
    const messy = clean.map(({ ratings }) => {
      const dated = ratings.map(({ session, ...r }) => ({ ...r, date: `2026-02-${String(10 + session!).padStart(2, '0')}` }));
      const noise: Rating[] = [
        ors(40, { rater: 'caretaker', date: '2026-02-01' }),
        { instrument: 'srs', items: [1, 1, 1, 1], date: '2026-02-01' },
        ors(0, { rater: 'teacher', date: '2026-02-20' }),
      ];
      return { ratings: [...dated, ...noise].sort(() => rnd() - 0.5) };
    });
    expect(fitTrajectoryModel(messy)).to.deep.equal(fitTrajectoryModel(clean));
  });

  it('defaults maxSession to the last session with enough ratings, and takes one as an option', () => {
    const episodes = [...knownEpisodes(MIN_RATINGS + 10, 6, 1), ...knownEpisodes(10, 10, 2)];
    expect(fitTrajectoryModel(episodes).maxSession).to.equal(6);
    const longer = fitTrajectoryModel(episodes, { maxSession: 8, quantiles: { lower: 0.1, upper: 0.9 }, label: 'Ours', source: 'Our clinic' });
    expect([longer.maxSession, longer.label, longer.source]).to.deep.equal([8, 'Ours', 'Our clinic']);
    expect(longer.quantiles).to.deep.equal({ lower: 0.1, expected: 0.5, upper: 0.9 });
    expect(longer.fittedOn).to.deep.equal({ episodes: 50, ratings: 40 * 6 + 10 * 8 });
  });

  it('refuses too little data, saying how much is needed', () => {
    const error = catchFitlineError(() => fitTrajectoryModel(knownEpisodes(5, 5, 1)));
    expect([error.code, error.field]).to.deep.equal(['bad-option', 'episodes']);
    expect(error.message).to.contain(String(MIN_RATINGS)).and.contain('found 20');
  });

  it('needs 30 client ratings after the intake in all and at one session: 30 at session 2 fit, 29 do not', () => {
    // Sessions 1 to 3 for 30 episodes: 30 ratings at sessions 2 and 3 each.
    expect(fitTrajectoryModel(knownEpisodes(MIN_RATINGS, 3, 4)).maxSession).to.equal(3);
    const few = catchFitlineError(() => fitTrajectoryModel(knownEpisodes(MIN_RATINGS - 1, 3, 4)));
    expect([few.code, few.field, few.message]).to.deep.equal([
      'bad-option',
      'episodes',
      `fitTrajectoryModel needs at least ${MIN_RATINGS} client outcome ratings after the intake at one session; it found 58 after the intake, at most 29 at one session.`,
    ]);
    // Many ratings in all, but spread thin: 40 episodes of 2 sessions each starting at a different session.
    const spread = Array.from({ length: 40 }, (_, e) => ({ ratings: [ors(10 + (e % 20), { session: 1 }), ors(15, { session: 2 + (e % 20) })] }));
    const thin = catchFitlineError(() => fitTrajectoryModel(spread));
    expect(thin.message).to.contain('it found 40 after the intake, at most 2 at one session');
  });

  it('names maxSession when no session from 3 on has enough ratings, and says how far the ratings reach', () => {
    const twoSessions = [...knownEpisodes(MIN_RATINGS + 5, 2, 5), ...knownEpisodes(3, 4, 6)];
    const error = catchFitlineError(() => fitTrajectoryModel(twoSessions));
    expect([error.field, error.message]).to.deep.equal([
      'maxSession',
      `fitTrajectoryModel fits how totals change with the session, which needs ${MIN_RATINGS} client outcome ratings at a session from 3 on; none has that many. Set maxSession (the ratings reach session 4) to fit on sessions with fewer ratings.`,
    ]);
    // Asked for session 2 only: the session cannot be told from the intercept.
    const one = catchFitlineError(() => fitTrajectoryModel(twoSessions, { maxSession: 2 }));
    expect([one.field, one.message]).to.deep.equal(['maxSession', 'maxSession 2 leaves ratings at one session only; it must take in two or more sessions after the intake.']);
    // Asked for sessions up to 4: fitted on the few there are.
    expect(fitTrajectoryModel(twoSessions, { maxSession: 4 }).fittedOn).to.deep.equal({ episodes: 38, ratings: 38 * 2 + 3 * 2 });
  });

  it('refuses a maxSession that leaves too few ratings, and words an option the model refuses as an option', () => {
    const late = [...knownEpisodes(MIN_RATINGS + 5, 4, 7)].map(({ ratings }) => ({ ratings: [ratings[0]!, ...ratings.slice(2)] }));
    const error = catchFitlineError(() => fitTrajectoryModel(late, { maxSession: 2 }));
    expect([error.field, error.message]).to.deep.equal(['maxSession', `fitTrajectoryModel needs at least ${MIN_RATINGS} ratings from session 2 to maxSession 2; it found 0.`]);
    const label = catchFitlineError(() => fitTrajectoryModel(knownEpisodes(40, 4, 1), { label: '' }));
    expect(label.message).to.equal('label must be a non-empty string, not "" (an option of fitTrajectoryModel).');
  });

  it("passes over an episode with no outcome rating of the client's, and names a rating that cannot be ordered by its episode", () => {
    const episodes = knownEpisodes(40, 4, 1);
    const withAllianceOnly = [...episodes, { ratings: [{ instrument: 'srs', items: [9, 9, 9, 9], date: '2026-01-05', session: 1 } as Rating] }];
    expect(fitTrajectoryModel(withAllianceOnly)).to.deep.equal(fitTrajectoryModel(episodes));
    const unplaceable = [...episodes, { ratings: [ors(20, { session: 1 }), ors(21, { date: '2026-02-01' })] }];
    const error = catchFitlineError(() => fitTrajectoryModel(unplaceable));
    expect([error.code, error.field]).to.deep.equal(['bad-session', 'episodes[40].ratings[1].session']);
    expect(catchFitlineError(() => fitTrajectoryModel([null] as never)).field).to.equal('episodes[0].ratings');
    const notAList = catchFitlineError(() => fitTrajectoryModel({ ratings: [] } as never));
    expect([notAList.code, notAList.field, notAList.message]).to.deep.equal(['bad-option', 'episodes', 'episodes must be a list of { ratings }.']);
  });

  it('refuses data that cannot separate intake from session', () => {
    const same = knownEpisodes(40, 4, 1).map(({ ratings }) => ({ ratings: [ors(20, { session: 1 }), ...ratings.slice(1)] }));
    const error = catchFitlineError(() => fitTrajectoryModel(same));
    expect([error.code, error.field, error.message]).to.deep.equal(['bad-option', 'episodes', 'episodes must differ in intake, to tell intake and session effects apart.']);
  });

  it('fits at an extreme quantile, where rounding can make a step of the walk singular', () => {
    // Found by the fuzzer: at a quantile of 5e-324 a step reached a basis that floating point cannot invert.
    const model = fitTrajectoryModel(generateCaseload(3, 50), { quantiles: { lower: 5e-324 } });
    expect(validateTrajectoryModel(model)).to.deep.equal([]);
    expect(model.quantiles.lower).to.equal(5e-324);
  });

  it('keeps only the three quantiles of the quantiles option, so the model is plain JSON', () => {
    // Found by the fuzzer: whatever else the option held went into the model.
    const model = fitTrajectoryModel(generateCaseload(3, 50), { quantiles: { upper: 0.8, extra: [[undefined]] } as never });
    expect(model.quantiles).to.deep.equal({ lower: 0.25, expected: 0.5, upper: 0.8 });
    expect(JSON.parse(JSON.stringify(model))).to.deep.equal(model);
  });

  it('refuses invalid ratings and options, naming the field', () => {
    const episodes = knownEpisodes(40, 4, 1);
    episodes[1]!.ratings[0] = { ...episodes[1]!.ratings[0]!, items: [10.1, 5, 5, 5] };
    const error = catchFitlineError(() => fitTrajectoryModel(episodes));
    expect([error.code, error.field]).to.deep.equal(['item-out-of-range', 'episodes[1].ratings[0].items[0]']);
    const good = knownEpisodes(40, 4, 1);
    for (const [options, field] of [
      [{ quantiles: { lower: 0.6 } }, 'quantiles'],
      [{ quantiles: { upper: 1.2 } }, 'quantiles.upper'],
      [{ maxSession: 1 }, 'maxSession'],
      // An object that cannot become text once threw a TypeError as the model's source was written.
      [{ maxSession: { toString: [] } as never }, 'maxSession'],
      [{ maxSession: null as never }, 'maxSession'],
      [{ maxSession: '8' as never }, 'maxSession'],
      [{ label: '' }, 'label'],
    ] as const) {
      const e = catchFitlineError(() => fitTrajectoryModel(good, options));
      expect([e.code, e.field]).to.deep.equal(['bad-option', field]);
    }
    expect(catchFitlineError(() => fitTrajectoryModel('episodes' as never)).field).to.equal('episodes');
    expect(catchFitlineError(() => fitTrajectoryModel([{}] as never)).field).to.equal('episodes[0].ratings');
  });
});

// Arbitrary valid models, for the properties below.
const coefficient = () => fc.double({ min: -1000, max: 1000, noNaN: true });
const coefficients = () => fc.record({ intercept: coefficient(), intake: coefficient(), logSession: coefficient(), intakeLogSession: coefficient() });
const total = () => fc.integer({ min: 0, max: 400 }).map((t) => t / 10);
const regressionModel = (): fc.Arbitrary<RegressionTrajectoryModel> =>
  fc.record({
    kind: fc.constant('quantile-regression' as const),
    format: fc.constant(1 as const),
    label: fc.string({ minLength: 1 }),
    illustrative: fc.boolean(),
    source: fc.string({ minLength: 1 }),
    quantiles: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 3, maxLength: 3 }).map((q) => {
      const [lower, expected, upper] = q.sort((a, b) => a - b).map((v) => v / 100) as [number, number, number];
      return { lower, expected, upper };
    }),
    lower: coefficients(),
    expected: coefficients(),
    upper: coefficients(),
    maxSession: fc.integer({ min: 2, max: 80 }),
  });
const tableModel = (): fc.Arbitrary<TableTrajectoryModel> =>
  fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: 399 }), { maxLength: 4 }),
      fc.array(fc.array(fc.tuple(total(), total(), total()), { minLength: 1, maxLength: 8 }), { minLength: 5, maxLength: 5 }),
      fc.string({ minLength: 1 }),
    )
    .map(([cuts, rows, label]) => {
      const edges = [0, ...cuts.sort((a, b) => a - b).map((c) => c / 10), 40];
      return {
        kind: 'table',
        format: 1,
        label,
        illustrative: false,
        source: 'Made up for a property test',
        bands: edges.slice(1).map((intakeMax, i) => ({
          intakeMin: edges[i]!,
          intakeMax,
          sessions: rows[i]!.map((triple) => {
            const [lower, expected, upper] = [...triple].sort((a, b) => a - b) as [number, number, number];
            return { lower, expected, upper };
          }),
        })),
      };
    });
const anyModel = () => fc.oneof(regressionModel(), tableModel());
const smallFit = () =>
  fc.tuple(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 3, max: 8 })).map(([seed, sessions]) => fitTrajectoryModel(knownEpisodes(40, sessions, seed)));

describe('trajectory properties', () => {
  it('property: a fitted model survives JSON and gives identical expected scores', () => {
    fc.assert(
      fc.property(smallFit(), (model) => {
        const copy = JSON.parse(JSON.stringify(model)) as TrajectoryModel;
        expect(copy).to.deep.equal(model);
        for (let intake = 0; intake <= 40; intake += 2.5) for (let session = 1; session <= 15; session++) {
          expect(expectedScore(copy, intake, session)).to.deep.equal(expectedScore(model, intake, session));
        }
      }),
      { numRuns: 15 },
    );
  });

  it('property: lower <= expected <= upper, within 0..40 in tenths, for every intake 0..40 and session 1..60', () => {
    fc.assert(
      fc.property(fc.oneof(anyModel(), fc.constant(ILLUSTRATIVE_TRAJECTORY)), fc.double({ min: 0, max: 40, noNaN: true }), fc.integer({ min: 1, max: 60 }), (model, intake, session) => {
        const { lower, expected, upper } = expectedScore(model, intake, session);
        const tenths = (v: number) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9;
        return 0 <= lower && lower <= expected && expected <= upper && upper <= 40 && [lower, expected, upper].every(tenths);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: every valid model passes validation and resolves to itself', () => {
    fc.assert(
      fc.property(anyModel(), (model) => validateTrajectoryModel(model).length === 0 && resolveTrajectoryModel(model) === model),
      { numRuns: 1000 },
    );
  });

  it('property: garbage is refused with FitlineError only, never another error', () => {
    // Valid models with one field replaced by anything, and anything at all.
    const mutated = fc.tuple(anyModel(), fc.anything(), fc.nat()).map(([model, value, pick]) => {
      const copy = JSON.parse(JSON.stringify(model)) as Record<string, unknown>;
      const paths: [Record<string, unknown>, string][] = [];
      const walk = (node: unknown) => {
        if (typeof node !== 'object' || node === null) return;
        for (const key of Object.keys(node)) {
          paths.push([node as Record<string, unknown>, key]);
          walk((node as Record<string, unknown>)[key]);
        }
      };
      walk(copy);
      const [parent, key] = paths[pick % paths.length]!;
      parent[key] = value;
      return copy;
    });
    const onlyFitline = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        if (!(error instanceof FitlineError)) throw error;
      }
    };
    fc.assert(
      fc.property(fc.oneof(mutated, fc.anything()), fc.anything(), fc.anything(), (model, intake, session) => {
        expect(validateTrajectoryModel(model)).to.be.an('array');
        onlyFitline(() => resolveTrajectoryModel(model));
        onlyFitline(() => expectedScore(model as TrajectoryModel, intake as number, session as number));
        onlyFitline(() => expectedScore(model as TrajectoryModel, 20, 3));
      }),
      { numRuns: 2000 },
    );
  });
});
