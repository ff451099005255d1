// Effect sizes at the edges of what they mean: the fewest episodes, an SD of exactly one point, no
// measured or clinical-range episode at all.
import { expect } from 'chai';
import { summarizeCaseload } from '../src/index.js';
import type { CaseloadEpisode } from '../src/index.js';
import { catchFitlineError } from './catch-fitline-error.js';
import { series } from './outcome-series.js';

/** Measured episodes with these intakes, each improving by 5 points. */
const improving = (...intakes: number[]): CaseloadEpisode[] => intakes.map((intake, i) => ({ id: `e${i}`, ratings: series('ors', intake, intake + 5) }));
const referenceSd = { intakeSd: { value: 7.5, source: 'a published ORS intake SD' } };

describe('effect sizes at the edges', () => {
  it('allows a minimum of two episodes, the fewest a caseload SD can be computed on, and no fewer', () => {
    const two = summarizeCaseload(improving(10, 20), { effectSize: { minEpisodes: 2 } });
    expect(two.effectSize).to.be.closeTo(5 / Math.sqrt(50), 1e-12);
    expect(two.effectSizeBasis).to.deep.include({ n: 2, sdSource: 'caseload', reason: null });
    expect(catchFitlineError(() => summarizeCaseload(improving(10, 20), { effectSize: { minEpisodes: 1 } })).field).to.equal('effectSize.minEpisodes');
  });

  it('has no caseload SD on a single measured episode', () => {
    expect(summarizeCaseload(improving(15)).effectSizeBasis).to.deep.equal({ n: 1, intakeSd: null, sdSource: 'caseload', reason: 'too-few-episodes' });
  });

  it('counts intakes whose SD is exactly one point as varied enough', () => {
    // Intakes 10, 11 and 12: sample SD sqrt((1 + 0 + 1) / 2) = 1.
    const summary = summarizeCaseload(improving(10, 11, 12), { effectSize: { minEpisodes: 3 } });
    expect(summary.effectSizeBasis).to.deep.equal({ n: 3, intakeSd: 1, sdSource: 'caseload', reason: null });
    expect(summary.effectSize).to.equal(5);
  });

  it('has no effect size on a reference SD when no episode is measured, and says why', () => {
    const summary = summarizeCaseload([{ id: 'a', ratings: series('ors', 20) }], { effectSize: referenceSd });
    expect(summary.effectSize).to.equal(null);
    expect(summary.effectSizeBasis).to.deep.equal({ n: 0, intakeSd: 7.5, sdSource: 'reference', reason: 'too-few-episodes' });
    expect(summarizeCaseload(improving(20), { effectSize: referenceSd }).effectSize).to.be.closeTo(5 / 7.5, 1e-12);
  });

  it('has no severity-adjusted effect size when no measured intake is in the clinical range, and reports the change model it used', () => {
    const reference = { label: 'Test reference', source: 'made up for this test', meanChange: 8, sd: 7, changeModel: { intercept: 10, intakeSlope: -0.3 } };
    expect(summarizeCaseload(improving(30, 32), { reference }).severityAdjustedEffectSize).to.equal(null);
    // One clinical intake, 20 up 5: predicted 10 - 0.3 * 20 = 4, residual 1.
    expect(summarizeCaseload(improving(20, 30), { reference }).severityAdjustedEffectSize).to.deep.equal({
      value: 9 / 7,
      episodes: 1,
      changeModel: { intercept: 10, intakeSlope: -0.3 },
      reference: { label: 'Test reference', source: 'made up for this test' },
    });
  });
});
