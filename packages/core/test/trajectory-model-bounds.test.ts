// The edges of a trajectory model a host writes by hand or fits elsewhere: each limit is checked on
// both sides, so a model one step inside passes and one step outside is refused at its field.
import { expect } from 'chai';
import { validateTrajectoryModel } from '../src/validate-trajectory.js';
import type { RegressionTrajectoryModel, TableTrajectoryModel } from '../src/index.js';

const coefficients = { intercept: 10, intake: 0.5, logSession: 2, intakeLogSession: -0.1 };
const regression = (change: Partial<RegressionTrajectoryModel>): RegressionTrajectoryModel => ({
  kind: 'quantile-regression',
  format: 1,
  label: 'Clinic model',
  illustrative: false,
  source: 'Our clinic, 2025',
  quantiles: { lower: 0.25, expected: 0.5, upper: 0.75 },
  lower: coefficients,
  expected: coefficients,
  upper: coefficients,
  maxSession: 12,
  ...change,
});
const band = (intakeMin: number, intakeMax: number) => ({ intakeMin, intakeMax, sessions: [{ lower: 10, expected: 12, upper: 14 }] });
const table = (bands: TableTrajectoryModel['bands']): TableTrajectoryModel => ({
  kind: 'table',
  format: 1,
  label: 'Clinic table',
  illustrative: false,
  source: 'Our clinic, 2025',
  bands,
});
const fields = (model: unknown) => validateTrajectoryModel(model).map((p) => p.field);

describe('trajectory model limits, on both sides', () => {
  it('takes quantiles strictly between 0 and 1, strictly rising', () => {
    expect(fields(regression({ quantiles: { lower: 0.01, expected: 0.5, upper: 0.99 } }))).to.deep.equal([]);
    expect(fields(regression({ quantiles: { lower: 0, expected: 0.5, upper: 0.75 } }))).to.deep.equal(['quantiles.lower']);
    expect(fields(regression({ quantiles: { lower: 0.25, expected: 0.5, upper: 1 } }))).to.deep.equal(['quantiles.upper']);
    expect(fields(regression({ quantiles: { lower: 0.5, expected: 0.5, upper: 0.75 } }))).to.deep.equal(['quantiles']);
    expect(fields(regression({ quantiles: { lower: 0.25, expected: 0.75, upper: 0.75 } }))).to.deep.equal(['quantiles']);
    expect(fields(regression({ quantiles: { lower: 0.25, expected: '0.5', upper: 0.75 } as never }))).to.deep.equal(['quantiles.expected']);
  });

  it('takes coefficients up to a million either way, and no further', () => {
    expect(fields(regression({ upper: { ...coefficients, intercept: 1e6, intake: -1e6 } }))).to.deep.equal([]);
    expect(fields(regression({ upper: { ...coefficients, intercept: 1e6 + 1 } }))).to.deep.equal(['upper.intercept']);
    expect(fields(regression({ lower: { ...coefficients, logSession: -1e6 - 1 } }))).to.deep.equal(['lower.logSession']);
  });

  it('counts what a model was fitted on in whole numbers from 0', () => {
    expect(fields(regression({ fittedOn: { episodes: 0, ratings: 0 } }))).to.deep.equal([]);
    expect(fields(regression({ fittedOn: { episodes: -1, ratings: 10 } }))).to.deep.equal(['fittedOn']);
    expect(fields(regression({ fittedOn: { episodes: 3, ratings: 2.5 } }))).to.deep.equal(['fittedOn']);
    expect(fields(regression({ fittedOn: { episodes: '3', ratings: 10 } as never }))).to.deep.equal(['fittedOn']);
  });

  it('takes a band whose intake range is not empty, and bands that touch without overlapping', () => {
    expect(fields(table([band(0, 20), band(20, 40)]))).to.deep.equal([]);
    expect(fields(table([band(20, 40), band(0, 20)]))).to.deep.equal([]);
    expect(fields(table([band(10, 10)]))).to.deep.equal(['bands[0].intakeMax']);
    expect(fields(table([band(0, 20.1), band(20, 40)]))).to.deep.equal(['bands[1]']);
    // Listed out of order, the overlap is still found, and named at the band that starts inside another.
    expect(fields(table([band(20, 40), band(30, 35), band(0, 10)]))).to.deep.equal(['bands[1]']);
  });
});
