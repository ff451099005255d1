// The client's age or age group: read even before any rating arrives, checked before the ratings,
// and an instrument given outside the ages it was made for is said once, in a named warning.
import { expect } from 'chai';
import { DEFAULT_NORMS, summarizeCaseload, summarizeEpisode } from '../src/index.js';
import type { Rating } from '../src/index.js';
import { catchFitlineError } from './catch-fitline-error.js';
import { rate } from './records.js';

describe('an episode with no ratings yet', () => {
  it('summarises as nothing measured, asking for a first outcome rating', () => {
    expect(summarizeEpisode([])).to.deep.equal({
      outcome: null,
      alliance: null,
      outcomes: [],
      alliances: [],
      alerts: [
        {
          code: 'no-outcome-yet',
          severity: 'warning',
          message: 'No outcome rating yet.',
          prompt: 'Before we begin, would you mark how things have been for you this past week? It helps us both see whether what we do is helping.',
          facts: { youngChild: false },
        },
      ],
      collateral: [],
      ageGroup: null,
      norms: DEFAULT_NORMS.id,
      warnings: [],
      closed: null,
      earlier: [],
      byDate: false,
    });
  });

  it('reads the age or age group given, so a young child is asked about through the caretaker from the start', () => {
    expect(summarizeEpisode([], { ageGroup: 'child' }).ageGroup).to.equal('child');
    expect(summarizeEpisode([], { ageGroup: 'adolescent' }).ageGroup).to.equal('adolescent');
    const youngChild = summarizeEpisode([], { age: 4 });
    expect(youngChild.ageGroup).to.equal('young-child');
    expect(youngChild.alerts[0]!.prompt).to.contain('for your child');
  });
});

describe('age and age group options', () => {
  const badRating: Rating = { ...rate('ors', 20, 1), date: 'last Tuesday' };

  it('a bad age or age group is named before any rating is read', () => {
    expect(catchFitlineError(() => summarizeEpisode([badRating], { age: -3 })).field).to.equal('age');
    expect(catchFitlineError(() => summarizeEpisode([badRating], { ageGroup: 'teen' as never })).field).to.equal('ageGroup');
    expect(catchFitlineError(() => summarizeCaseload([{ id: 'a', age: 200, ratings: [badRating] }])).field).to.equal('episodes[0].age');
  });
});

describe('instruments given outside their ages', () => {
  it('one warning per instrument, however many raters used it', () => {
    // A 9-year-old: the ORS is made for adolescents and adults, whoever fills it in.
    const summary = summarizeEpisode([rate('cors', 24, 1), rate('ors', 22, 1, { rater: 'caretaker' }), rate('ors', 30, 1, { rater: 'teacher' })], { age: 9 });
    expect(summary.warnings.map((w) => [w.code, w.instrument])).to.deep.equal([['instrument-age', 'ors']]);
    expect(summary.outcomes.map((o) => [o.rater, o.cutoff])).to.deep.equal([
      ['client', 32],
      ['caretaker', null],
      ['teacher', null],
    ]);
  });

  it('each instrument out of its ages has its own warning, in the order the series are listed', () => {
    // A 5-year-old on the YCORS, with a parent on the ORS and a teacher on the CORS.
    const summary = summarizeEpisode([rate('ycors', 20, 1), rate('ors', 22, 1, { rater: 'caretaker' }), rate('cors', 30, 1, { rater: 'teacher' })], { age: 5 });
    expect(summary.warnings.map((w) => [w.code, w.instrument])).to.deep.equal([
      ['instrument-age', 'ors'],
      ['instrument-age', 'cors'],
    ]);
    expect(summary.warnings[1]!.message).to.equal('The CORS was given to a client in the young-child age group, which it was not made for: the child cutoff of 32 applies.');
  });
});

describe('the age group when a collateral rater rated first', () => {
  it("is read from the client's outcome instrument, not the first series given", () => {
    // A teacher's CORS entered before the client's ORS, no age given: the client is judged as an adult
    // by the ORS they rated, and the teacher's CORS keeps its child norm.
    const summary = summarizeEpisode([rate('cors', 30, 1, { rater: 'teacher' }), rate('ors', 20, 1)]);
    expect(summary.ageGroup).to.equal('adult');
    expect(summary.outcome).to.include({ instrument: 'ors', cutoff: DEFAULT_NORMS.outcomeCutoff.adult!.value });
  });
});
