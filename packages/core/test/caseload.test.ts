import { expect } from 'chai';
import fc from 'fast-check';
import { ILLUSTRATIVE_TRAJECTORY, summarizeCaseload, summarizeEpisode } from '../src/index.js';
import type { CaseloadEpisode } from '../src/index.js';
import { generateCaseload } from '../src/sample/index.js';
import { catchFitlineError } from './catch-fitline-error.js';
import { make, series } from './outcome-series.js';

/**
 * By hand: the measured episodes (two or more outcome ratings) are a, b, c, d with intakes 10, 20,
 * 30, 20 and changes +10, +10, +1, -6. Mean change 3.75; SD of the intakes sqrt(200 / 3) = 8.165;
 * pre-post effect size 0.4593. c started above the cutoff 25; f has only its intake.
 */
const caseload: CaseloadEpisode[] = [
  { id: 'a', ratings: [...series('ors', 10, 15, 20), ...series('srs', 38, 38.5)] },
  { id: 'b', ratings: series('ors', 20, 30) },
  { id: 'c', ratings: series('ors', 30, 31) },
  { id: 'd', ratings: [...series('ors', 20, 14), ...series('srs', 38, 38)] },
  { id: 'e', ratings: series('srs', 35) },
  { id: 'f', age: 8, ratings: series('ors', 15) },
];

describe('summarizeCaseload', () => {
  const summary = summarizeCaseload(caseload);

  it('counts the episodes and the change classes over the measured ones', () => {
    expect(summary.episodes).to.equal(6);
    expect(summary.measured).to.equal(4);
    expect(summary.byChangeClass).to.deep.equal({ recovered: 1, improved: 1, 'no-change': 1, deteriorated: 1 });
    expect(summary.percentByChangeClass).to.deep.equal({ recovered: 25, improved: 25, 'no-change': 25, deteriorated: 25 });
    expect(summary.startedAtOrAboveCutoff).to.equal(1);
  });

  it('computes the pre-post effect size where the rule allows one on so few episodes', () => {
    const allowed = summarizeCaseload(caseload, { effectSize: { minEpisodes: 4 } });
    expect(allowed.effectSize).to.be.closeTo(3.75 / Math.sqrt(200 / 3), 1e-12);
    expect(allowed.effectSize).to.be.closeTo(0.4593, 1e-4);
    expect(allowed.effectSizeBasis).to.deep.include({ n: 4, sdSource: 'caseload', reason: null });
    expect(allowed.effectSizeBasis.intakeSd).to.be.closeTo(Math.sqrt(200 / 3), 1e-12);
  });

  it('has no pre-post effect size on fewer than 10 measured episodes by default, and says why', () => {
    expect(summary.effectSize).to.equal(null);
    expect(summary.effectSizeBasis).to.deep.include({ n: 4, reason: 'too-few-episodes' });
  });

  it('divides by a reference intake SD when one is given, on any number of episodes', () => {
    const referenced = summarizeCaseload(caseload, { effectSize: { intakeSd: { value: 7.5, source: 'a published ORS intake SD' } } });
    expect(referenced.effectSize).to.be.closeTo(3.75 / 7.5, 1e-12);
    expect(referenced.effectSizeBasis).to.deep.equal({ n: 4, intakeSd: 7.5, sdSource: 'reference', reason: null });
  });

  it('reports age groups, the mean intake and the on-track share', () => {
    expect(summary.byAgeGroup).to.deep.equal({ adult: 5, adolescent: 0, child: 1, 'young-child': 0, unknown: 0 });
    // Over every episode with an intake: (10 + 20 + 30 + 20 + 15) / 5.
    expect(summary.meanIntake).to.equal(19);
    // Without a trajectory model no status is known.
    expect(summary.onTrack).to.deep.equal({ known: 0, onTrack: 0, percent: null });
    expect(summary.severityAdjustedEffectSize).to.equal(null);
  });

  it('lists the episodes with alerts, riskiest first', () => {
    expect(summary.attention.map((a) => [a.id, a.alerts.map((x) => x.code)])).to.deep.equal([
      ['d', ['deteriorated']],
      ['e', ['alliance-low', 'alliance-item-low', 'no-outcome-yet']],
    ]);
    expect(summary.attention[0]).to.include({ changeClass: 'deteriorated', change: -6 });
  });

  it('counts the episodes on track among those with a known status', () => {
    // With the illustrative model a, b and c are on track, d (20 to 14) is not, f has only its intake.
    const withModel = summarizeCaseload(caseload, { trajectory: ILLUSTRATIVE_TRAJECTORY });
    expect(withModel.onTrack).to.deep.equal({ known: 4, onTrack: 3, percent: 75 });
    expect(withModel.attention[0]!.alerts.map((a) => a.code)).to.deep.equal(['deteriorated', 'not-on-track']);
  });

  it('breaks ties by the larger fall, then by id', () => {
    const tied = summarizeCaseload([
      { id: 'z', ratings: series('srs', 30) },
      { id: 'y', ratings: [...series('ors', 20, 22), ...series('srs', 30)] },
      { id: 'x', ratings: [...series('ors', 20, 18), ...series('srs', 30)] },
      { id: 'w', ratings: series('srs', 30) },
    ]);
    expect(tied.attention.map((a) => a.id)).to.deep.equal(['x', 'y', 'w', 'z']);
  });

  it('computes the severity-adjusted effect size over clinical-range intakes with a given change model', () => {
    // Clinical intakes: a (10, +10), b (20, +10), d (20, -6). Predicted 7, 4, 4; residuals 3, 6, -10.
    const reference = { label: 'Test reference', source: 'made up for this test', meanChange: 8, sd: 7, changeModel: { intercept: 10, intakeSlope: -0.3 } };
    const saes = summarizeCaseload(caseload, { reference }).severityAdjustedEffectSize!;
    expect(saes.value).to.be.closeTo((8 - 1 / 3) / 7, 1e-12);
    expect(saes.episodes).to.equal(3);
    expect(saes.reference).to.deep.equal({ label: 'Test reference', source: 'made up for this test' });
  });

  it('refuses a reference without its change model, naming it', () => {
    // Fitted on the caseload itself, the mean residual is 0 by construction: every caseload would get
    // the reference's own 8 / 7, those whose clients all got worse included.
    const reference = { label: 'Test reference', source: 'made up for this test', meanChange: 8, sd: 7 };
    const error = catchFitlineError(() => summarizeCaseload(caseload, { reference: reference as never }));
    expect([error.code, error.field]).to.deep.equal(['bad-option', 'reference.changeModel']);
  });

  it('has no effect size on intakes too alike to mean anything: two intakes of 20.0 and 20.1 do not give 70', () => {
    const alike = Array.from({ length: 12 }, (_, i): CaseloadEpisode => ({ id: `g${i}`, ratings: series('ors', i % 2 ? 20 : 20.1, 27) }));
    const result = summarizeCaseload(alike);
    expect(result.effectSize).to.equal(null);
    expect(result.effectSizeBasis).to.deep.include({ n: 12, reason: 'intakes-too-uniform' });
    expect(summarizeCaseload([]).percentByChangeClass.recovered).to.equal(null);
    expect(summarizeCaseload([]).effectSizeBasis).to.deep.equal({ n: 0, intakeSd: null, sdSource: 'caseload', reason: 'too-few-episodes' });
    expect(catchFitlineError(() => summarizeCaseload(caseload, { effectSize: { minEpisodes: 1 } })).field).to.equal('effectSize.minEpisodes');
  });

  it('names the episode and the field of a bad rating, a bad age and a bad reference', () => {
    const bad: CaseloadEpisode[] = [...caseload.slice(0, 3), { id: 'h', ratings: [make('ors', 20, 1), make('ors', 20, 2), { ...make('ors', 20, 3), items: [11, 5, 5, 5] }] }];
    const error = catchFitlineError(() => summarizeCaseload(bad));
    expect(error.code).to.equal('item-out-of-range');
    expect(error.field).to.equal('episodes[3].ratings[2].items[0]');
    expect(catchFitlineError(() => summarizeCaseload([{ id: 'i', age: 200, ratings: [] }])).field).to.equal('episodes[0].age');
    expect(catchFitlineError(() => summarizeCaseload([{ ratings: [] } as unknown as CaseloadEpisode])).field).to.equal('episodes[0]');
    expect(catchFitlineError(() => summarizeCaseload(caseload, { reference: { label: 'r', source: 's', meanChange: 8, sd: 0, changeModel: { intercept: 0, intakeSlope: 0 } } })).field).to.equal('reference.sd');
  });

  it('property: its counts agree with the episode summaries of a generated caseload', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 40 }), (seed, count) => {
        const episodes = generateCaseload(seed, count);
        const result = summarizeCaseload(episodes);
        const outcomes = episodes.map((e) => summarizeEpisode(e.ratings, e.age === undefined ? {} : { age: e.age }).outcome);
        const measured = outcomes.filter((o) => o && o.sessions.length >= 2);
        const sum = Object.values(result.byChangeClass).reduce((a, b) => a + b, 0);
        return result.episodes === count && sum === measured.length && result.measured === measured.length && result.byChangeClass.deteriorated === measured.filter((o) => o!.changeClass === 'deteriorated').length;
      }),
      { numRuns: 100 },
    );
  });

});
