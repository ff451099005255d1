import { expect } from 'chai';
import fc from 'fast-check';
import { ALERT_CODES, DEFAULT_NORMS, ILLUSTRATIVE_TRAJECTORY, NHS_CYP_2015_NORMS, summarizeEpisode } from '../src/index.js';
import type { InstrumentId, NormsProfile, Rating, TableTrajectoryModel } from '../src/index.js';
import { createRandom, generateEpisode } from '../src/sample/index.js';
import { invalidRating } from './arbitraries.js';
import { catchFitlineError } from './catch-fitline-error.js';
import { itemsFor } from './records.js';


/** Weekly sessions from Monday 5 January 2026: session n's date, so dates and numbers agree as in real records. */
const sessionDate = (session: number) => new Date(Date.UTC(2026, 0, 5 + 7 * (session - 1))).toISOString().slice(0, 10);

let day = 0;
function make(instrument: InstrumentId, total: number, session?: number, extra: Partial<Rating> = {}): Rating {
  day = (day % 28) + 1;
  const date = session === undefined ? `2026-02-${String(day).padStart(2, '0')}` : sessionDate(session);
  const r: Rating = { instrument, items: itemsFor(total), date, ...extra };
  if (session !== undefined) r.session = session;
  return r;
}
const ors = (total: number, session?: number, extra?: Partial<Rating>) => make('ors', total, session, extra);
const srs = (total: number, session?: number, extra?: Partial<Rating>) => make('srs', total, session, extra);
const codes = (ratings: Rating[], options?: Parameters<typeof summarizeEpisode>[1]) => summarizeEpisode(ratings, options).alerts.map((a) => a.code);


describe('summarizeEpisode: worked examples', () => {
  it('17.3 to 24.1 is improved, not recovered, with the adult cutoff 25', () => {
    const { outcome } = summarizeEpisode([ors(17.3, 1), ors(20, 2), ors(24.1, 3)]);
    expect(outcome).to.include({ intake: 17.3, latest: 24.1, change: 6.8, cutoff: 25, changeClass: 'improved', intakeSession: 1, latestSession: 3 });
    expect(outcome!.startedInClinicalRange).to.equal(true);
    expect(outcome!.ageGroup).to.equal('adult');
    expect(outcome!.reliableChange).to.equal(5);
  });

  it('19 to 26 is recovered', () => {
    expect(summarizeEpisode([ors(19, 1), ors(26, 2)]).outcome!.changeClass).to.equal('recovered');
  });

  it('30 to 36 is improved but never recovered: it started above the cutoff', () => {
    const { outcome } = summarizeEpisode([ors(30, 1), ors(36, 2)]);
    expect(outcome).to.include({ changeClass: 'improved', startedInClinicalRange: false, change: 6 });
  });

  it('20 to 14.9 is deteriorated, with an alert quoting the numbers', () => {
    const summary = summarizeEpisode([ors(20, 1), ors(14.9, 2)]);
    expect(summary.outcome).to.include({ changeClass: 'deteriorated', change: -5.1 });
    expect(summary.alerts[0]).to.include({ code: 'deteriorated', session: 2 });
    expect(summary.alerts[0]!.message).to.contain('20').and.contain('14.9').and.contain('5');
  });

  it('a change of exactly 5.0 is reliable both ways; 4.9 is not', () => {
    expect(summarizeEpisode([ors(20, 1), ors(25, 2)]).outcome!.changeClass).to.equal('recovered');
    expect(summarizeEpisode([ors(10, 1), ors(15, 2)]).outcome!.changeClass).to.equal('improved');
    expect(summarizeEpisode([ors(20, 1), ors(15, 2)]).outcome!.changeClass).to.equal('deteriorated');
    expect(summarizeEpisode([ors(20, 1), ors(24.9, 2)]).outcome!.changeClass).to.equal('no-change');
    expect(summarizeEpisode([ors(20, 1), ors(15.1, 2)]).outcome!.changeClass).to.equal('no-change');
  });

  it('a child on the CORS is judged by 32; an ORS given to a child has no cutoff, with a warning', () => {
    expect(summarizeEpisode([make('cors', 28, 1), make('cors', 33, 2)]).outcome).to.include({ cutoff: 32, changeClass: 'recovered', ageGroup: 'child' });
    const adultScale = summarizeEpisode([ors(28, 1)], { age: 9 });
    expect(adultScale.outcome).to.include({ cutoff: null, ageGroup: 'child' });
    expect(adultScale.warnings.map((w) => [w.code, w.instrument])).to.deep.equal([['instrument-age', 'ors']]);
  });

  it('age 15 uses the adolescent cutoff 28, and age wins over ageGroup', () => {
    expect(summarizeEpisode([ors(20, 1), ors(27, 2)], { age: 15 }).outcome).to.include({ cutoff: 28, changeClass: 'improved', ageGroup: 'adolescent' });
    expect(summarizeEpisode([ors(20, 1)], { age: 15, ageGroup: 'adult' }).outcome!.cutoff).to.equal(28);
    expect(summarizeEpisode([ors(20, 1)], { ageGroup: 'adolescent' }).outcome!.cutoff).to.equal(28);
  });

  it('the NHS profile needs 6.6 points of change', () => {
    const ratings = [ors(15, 1), ors(21.5, 2)];
    expect(summarizeEpisode(ratings).outcome!.changeClass).to.equal('improved');
    const nhs = summarizeEpisode(ratings, { norms: NHS_CYP_2015_NORMS });
    expect(nhs.outcome).to.include({ changeClass: 'no-change', reliableChange: 6.6 });
    expect(nhs.norms).to.equal('nhs-cyp-iapt-2015');
    expect(summarizeEpisode([ors(15, 1), ors(21.6, 2)], { norms: NHS_CYP_2015_NORMS }).outcome!.changeClass).to.equal('improved');
  });

  it('the YCORS has no cutoff: change is described, never "recovered"', () => {
    const { outcome } = summarizeEpisode([make('ycors', 10, 1), make('ycors', 30, 2)]);
    expect(outcome).to.include({ cutoff: null, changeClass: 'improved', startedInClinicalRange: false, ageGroup: 'young-child' });
  });

  it('reports the sessions with their dates, totals and items', () => {
    const { outcome, alliance } = summarizeEpisode([ors(17.3, 1, { date: '2026-01-05T09:00Z' }), srs(38, 1), ors(0.3, 2, { items: [0.1, 0.2, 0, 0] })]);
    expect(outcome!.sessions.map((s) => [s.session, s.total])).to.deep.equal([[1, 17.3], [2, 0.3]]);
    expect(outcome!.sessions[0]).to.include({ date: '2026-01-05T09:00Z', instrument: 'ors', index: 0 });
    expect(outcome!.sessions[1]!.items).to.deep.equal([0.1, 0.2, 0, 0]);
    expect(alliance).to.include({ latest: 38, cutoff: 36, latestSession: 1, instrument: 'srs' });
  });

  it('has no outcome and no change class with only alliance ratings', () => {
    const summary = summarizeEpisode([srs(38, 1)]);
    expect(summary.outcome).to.equal(null);
    expect(summary.alerts.map((a) => a.code)).to.deep.equal(['no-outcome-yet']);
    expect(summarizeEpisode([]).ageGroup).to.equal(null);
  });
});

describe('summarizeEpisode: order and corrected entries', () => {
  it('orders by session number whatever the input order', () => {
    const { outcome } = summarizeEpisode([ors(30, 3), ors(10, 1), ors(20, 2)]);
    expect(outcome).to.include({ intake: 10, latest: 30, intakeSession: 1, latestSession: 3 });
  });

  it('a repeated session number is a correction: the later entry in input order replaces the earlier', () => {
    const { outcome } = summarizeEpisode([ors(10, 1), ors(15, 2), ors(12, 1)]);
    expect(outcome!.intake).to.equal(12);
    expect(outcome!.sessions.map((s) => s.total)).to.deep.equal([12, 15]);
    // Also when the correction of the latest session comes last.
    expect(summarizeEpisode([ors(10, 1), ors(15, 2), ors(16, 2)]).outcome!.latest).to.equal(16);
  });

  it('without session numbers, each calendar day is a session, numbered 1..n in date order', () => {
    const { outcome } = summarizeEpisode([
      ors(22, undefined, { date: '2026-03-16' }),
      ors(12, undefined, { date: '2026-03-02' }),
      ors(14, undefined, { date: '2026-03-09' }),
      ors(15, undefined, { date: '2026-03-09' }),
    ]);
    // The same day twice is one session, the later entry a correction: never two sessions and a "change".
    expect(outcome!.sessions.map((s) => [s.session, s.total])).to.deep.equal([[1, 12], [2, 15], [3, 22]]);
  });

  it('the same day twice without numbers is never a deterioration', () => {
    const summary = summarizeEpisode([ors(20, undefined, { date: '2026-03-02T09:00Z' }), ors(12, undefined, { date: '2026-03-02T09:05Z' })]);
    expect(summary.outcome).to.include({ intake: 12, latest: 12, changeClass: 'no-change', latestSession: 1 });
    expect(summary.alerts.map((a) => a.code)).to.deep.equal([]);
  });

  it('a rating without a number takes the session of a numbered rating the same day, and never re-sorts the numbered ones', () => {
    const ratings = [ors(10, 1), ors(16, 2), srs(38, undefined, { date: sessionDate(2) }), ors(22, 3)];
    const summary = summarizeEpisode(ratings);
    expect(summary.outcome!.sessions.map((p) => [p.session, p.total])).to.deep.equal([[1, 10], [2, 16], [3, 22]]);
    expect(summary.alliance).to.include({ latestSession: 2, latest: 38 });
  });

  it('refuses a rating without a number on a day no numbered rating has, naming it', () => {
    const error = catchFitlineError(() => summarizeEpisode([ors(22, 1), ors(12, undefined, { date: '2026-03-02' })]));
    expect([error.code, error.field]).to.deep.equal(['bad-session', 'ratings[1].session']);
    expect(error.message).to.contain('2026-03-02');
  });

  it('keeps the session numbers given, even when the intake is not session 1', () => {
    const { outcome } = summarizeEpisode([ors(12, 3), ors(18, 5)]);
    expect(outcome).to.include({ intakeSession: 3, latestSession: 5, intake: 12, latest: 18 });
  });
});

describe('summarizeEpisode: collateral raters', () => {
  it('keeps a caretaker apart from the client', () => {
    const ratings = [
      make('cors', 20, 1),
      make('cors', 31, 1, { rater: 'caretaker' }),
      make('cors', 26, 2),
      make('cors', 25, 2, { rater: 'caretaker' }),
      make('cors', 24, 3, { rater: 'teacher' }),
    ];
    const summary = summarizeEpisode(ratings);
    expect(summary.outcome).to.include({ intake: 20, latest: 26, rater: 'client' });
    expect(summary.collateral.map((c) => c.rater)).to.deep.equal(['caretaker', 'teacher']);
    expect(summary.collateral[0]!.outcome).to.include({ intake: 31, latest: 25, change: -6, changeClass: 'deteriorated', onTrack: 'unknown' });
    expect(summary.collateral[0]!.alliance).to.equal(null);
    // A collateral rater's worsening raises its own alert, naming the rater and the instrument.
    const deteriorated = summary.alerts.filter((a) => a.code === 'deteriorated');
    expect(deteriorated.map((a) => [a.rater, a.instrument, a.severity])).to.deep.equal([['caretaker', 'cors', 'critical']]);
    expect(deteriorated[0]!.message).to.match(/^Caretaker's CORS total fell from 31 at intake to 25/);
    expect(summary.outcome!.changeClass).to.equal('improved');
  });

  it('with only collateral outcome ratings, the client has no outcome yet', () => {
    const summary = summarizeEpisode([ors(20, 1, { rater: 'partner' })]);
    expect(summary.outcome).to.equal(null);
    expect(summary.collateral[0]!.outcome!.latest).to.equal(20);
    expect(summary.alerts.map((a) => a.code)).to.deep.equal(['no-outcome-yet']);
  });
});

describe('summarizeEpisode: total-only ratings', () => {
  it('reads a total entered alone like any other total, with no items', () => {
    const intake: Rating = { instrument: 'ors', items: [], total: 17.3, date: '2026-03-04', session: 1, mode: 'paper' };
    const { outcome } = summarizeEpisode([intake, ors(24.1, 2, { date: '2026-03-11' }), { ...intake, total: 26, session: 3, date: '2026-03-18' }]);
    expect(outcome).to.include({ intake: 17.3, latest: 26, change: 8.7, changeClass: 'recovered' });
    expect(outcome!.sessions.map((p) => p.items.length)).to.deep.equal([0, 4, 0]);
  });
});

describe('summarizeEpisode: alerts at their boundaries', () => {
  const withOutcome = (...alliance: Rating[]) => [ors(20, 1), ...alliance];
  const noItemFlag: NormsProfile = { ...DEFAULT_NORMS, id: 'no-item-flag', allianceItemFlag: null };

  it('alliance-low below 36, not at 36', () => {
    expect(codes(withOutcome(srs(36, 4)))).to.deep.equal([]);
    const alerts = summarizeEpisode(withOutcome(srs(35.9, 4)), { norms: noItemFlag }).alerts;
    expect(alerts.map((a) => a.code)).to.deep.equal(['alliance-low']);
    expect(alerts[0]).to.include({ session: 4, severity: 'warning', instrument: 'srs', message: 'SRS total 35.9 at session 4 is below 36.' });
  });

  it('alliance-low reads its threshold from the profile', () => {
    const strict: NormsProfile = { ...noItemFlag, allianceCutoff: { value: 38, source: 'a test profile', certainty: 'heuristic' } };
    expect(codes(withOutcome(srs(37.9, 1)), { norms: strict })).to.deep.equal(['alliance-low']);
    expect(codes(withOutcome(srs(37.9, 1)))).to.deep.equal([]);
  });

  it('alliance-drop when the total fell by 1.0 or more from the previous session, not by 0.9', () => {
    expect(codes(withOutcome(srs(38, 2), srs(37.1, 3)))).to.deep.equal([]);
    const alerts = summarizeEpisode(withOutcome(srs(38, 2), srs(37, 3))).alerts;
    expect(alerts.map((a) => a.code)).to.deep.equal(['alliance-drop']);
    expect(alerts[0]!.message).to.contain('38').and.contain('37').and.contain('session 2').and.contain('session 3');
    // Only the latest against the one before: an earlier drop that recovered raises nothing.
    expect(codes(withOutcome(srs(39, 1), srs(37, 2), srs(37.5, 3)))).to.deep.equal([]);
  });

  it('alliance-item-low when an item of the latest rating is below 9, not at 9, naming the item', () => {
    expect(codes(withOutcome({ ...srs(39, 1), items: [9, 10, 10, 10] }))).to.deep.equal([]);
    const alerts = summarizeEpisode(withOutcome({ ...srs(38.9, 1), items: [10, 10, 8.9, 10] })).alerts;
    expect(alerts.map((a) => a.code)).to.deep.equal(['alliance-item-low']);
    expect(alerts[0]!.message).to.contain('approach 8.9').and.contain('9');
    expect(codes(withOutcome({ ...srs(38.9, 1), items: [10, 10, 8.9, 10] }), { norms: noItemFlag })).to.deep.equal([]);
  });

  it('a total-only alliance rating raises total alerts but never alliance-item-low, which needs items', () => {
    const totalOnly = (total: number, session: number): Rating => ({ instrument: 'srs', items: [], total, date: sessionDate(session), session, mode: 'paper' });
    expect(codes(withOutcome(totalOnly(38, 1)))).to.deep.equal([]);
    expect(codes(withOutcome(srs(39, 1), totalOnly(30, 2)))).to.deep.equal(['alliance-low', 'alliance-drop']);
  });

  it('no-outcome-yet only without a client outcome rating', () => {
    expect(codes([srs(38, 1)])).to.deep.equal(['no-outcome-yet']);
    expect(codes([ors(20, 1), srs(38, 1)])).to.deep.equal([]);
  });

  it('deteriorated at a reliable worsening, not below it', () => {
    expect(codes([ors(20, 1), ors(15, 2)])).to.deep.equal(['deteriorated']);
    expect(codes([ors(20, 1), ors(15.1, 2)])).to.deep.equal([]);
  });

  it('sorts alerts riskiest first', () => {
    const alerts = summarizeEpisode([ors(20, 1), ors(10, 2), srs(39, 1), { ...srs(30, 2), items: [7.5, 7.5, 7.5, 7.5] }]).alerts;
    expect(alerts.map((a) => a.code)).to.deep.equal(['deteriorated', 'alliance-low', 'alliance-drop', 'alliance-item-low']);
    expect(alerts[3]!.message).to.contain('relationship 7.5').and.contain('overall 7.5');
  });

  it('every code has its own plain-language prompt and a severity', () => {
    const promptsByCode = new Map<string, Set<string>>();
    const withModel = { trajectory: ILLUSTRATIVE_TRAJECTORY };
    const episodes: [Rating[], Parameters<typeof summarizeEpisode>[1]][] = [
      [[srs(30, 1)], withModel],
      [[ors(20, 1), ors(10, 2), srs(39, 1), srs(30, 2)], withModel],
      [[ors(20, 1), ors(21, 2), ors(20, 3)], {}],
      [[1, 2, 3, 4, 5, 6].map((n) => ors(20, n)), {}],
      [[ors(10, 1), ors(20, 2), ors(14, 3)], {}],
    ];
    for (const [ratings, options] of episodes) for (const a of summarizeEpisode(ratings, options).alerts) {
      expect(a.prompt).to.match(/^[A-Z].*[?.]$/);
      expect(a.prompt).to.not.match(/\d/);
      expect(a.severity).to.equal(['deteriorated', 'last-chance'].includes(a.code) ? 'critical' : 'warning');
      if (!promptsByCode.has(a.code)) promptsByCode.set(a.code, new Set());
      promptsByCode.get(a.code)!.add(a.prompt);
    }
    expect([...promptsByCode.keys()].sort()).to.deep.equal([...ALERT_CODES].sort());
    const all = [...promptsByCode.values()].flatMap((p) => [...p]);
    expect(new Set(all).size).to.equal(all.length);
  });
});

describe('summarizeEpisode: on track', () => {
  // Session 2's lower bound is 18, session 3's (and later ones') 20, for intakes 0 to 30.
  const table: TableTrajectoryModel = {
    kind: 'table',
    format: 1,
    label: 'A test table',
    illustrative: true,
    source: 'made up for these tests',
    bands: [{ intakeMin: 0, intakeMax: 30, sessions: [{ expected: 22, lower: 18, upper: 26 }, { expected: 24, lower: 20, upper: 28 }] }],
  };

  it('is unknown without a model, or with only the intake', () => {
    expect(summarizeEpisode([ors(15, 1), ors(10, 2)]).outcome!.onTrack).to.equal('unknown');
    expect(summarizeEpisode([ors(15, 1)], { trajectory: table }).outcome).to.include({ onTrack: 'unknown', expected: null });
  });

  it('is on track at the lower bound and not on track below it, with an alert', () => {
    expect(summarizeEpisode([ors(15, 1), ors(18, 2)], { trajectory: table }).outcome).to.include({ onTrack: 'on-track' });
    // At the band's lower edge no conversation is called for: the alert is for a total below it.
    expect(codes([ors(15, 1), ors(18, 2)], { trajectory: table })).to.deep.equal([]);
    const summary = summarizeEpisode([ors(15, 1), ors(17.9, 2)], { trajectory: table });
    expect(summary.outcome!.onTrack).to.equal('not-on-track');
    expect(summary.outcome!.expected).to.deep.equal({ expected: 22, lower: 18, upper: 26 });
    expect(summary.alerts[0]).to.include({ code: 'not-on-track', session: 2 });
    expect(summary.alerts[0]!.message).to.contain('17.9').and.contain('18').and.contain('15');
  });

  it('counts sessions from the intake, whatever number the intake has', () => {
    // Sessions 3 and 5 are the model's sessions 1 and 3: lower bound 20.
    expect(summarizeEpisode([ors(15, 3), ors(19.9, 5)], { trajectory: table }).outcome!.onTrack).to.equal('not-on-track');
    expect(summarizeEpisode([ors(15, 3), ors(20, 5)], { trajectory: table }).outcome!.onTrack).to.equal('on-track');
  });

  it('is unknown for an intake the model does not cover, and refuses an invalid model', () => {
    expect(summarizeEpisode([ors(35, 1), ors(20, 2)], { trajectory: table }).outcome!.onTrack).to.equal('unknown');
    const error = catchFitlineError(() => summarizeEpisode([ors(15, 1)], { trajectory: { ...table, bands: [] } }));
    expect(error.code).to.equal('bad-trajectory-model');
  });

  it('works with the illustrative model, after a reliable worsening', () => {
    expect(summarizeEpisode([ors(15, 1), ors(25, 4)], { trajectory: ILLUSTRATIVE_TRAJECTORY }).outcome!.onTrack).to.equal('on-track');
    const alerts = summarizeEpisode([ors(15, 1), ors(9, 4), srs(30, 4)], { trajectory: ILLUSTRATIVE_TRAJECTORY }).alerts;
    expect(alerts.map((a) => a.code)).to.deep.equal(['deteriorated', 'not-on-track', 'alliance-low', 'alliance-item-low']);
  });
});

describe('summarizeEpisode: bad input', () => {
  it('names the rating and the field', () => {
    const error = catchFitlineError(() => summarizeEpisode([ors(20, 1), { ...ors(20, 2), items: [10.1, 5, 5, 5] }]));
    expect(error.code).to.equal('item-out-of-range');
    expect(error.field).to.equal('ratings[1].items[0]');
  });

  it('reports every bad rating, not only the first', () => {
    const error = catchFitlineError(() => summarizeEpisode([{ ...ors(20, 1), date: 'x' }, ors(20, 2), { ...ors(20, 3), session: 0 }]));
    expect(error.problems.map((p) => p.field)).to.deep.equal(['ratings[0].date', 'ratings[2].session']);
  });

  it('refuses something that is not a list, a bad age and a bad norms profile', () => {
    expect(catchFitlineError(() => summarizeEpisode('ors' as unknown as Rating[])).field).to.equal('ratings');
    expect(catchFitlineError(() => summarizeEpisode([ors(20, 1)], { age: -3 })).field).to.equal('age');
    expect(catchFitlineError(() => summarizeEpisode([], { age: NaN })).code).to.equal('bad-option');
    expect(catchFitlineError(() => summarizeEpisode([ors(20, 1)], { norms: { ...DEFAULT_NORMS, allianceCutoff: null } as unknown as NormsProfile })).code).to.equal('bad-norms');
  });
});

describe('summarizeEpisode: properties', () => {
  const total = () => fc.integer({ min: 0, max: 400 }).map((t) => t / 10);
  const outcomeId = fc.constantFrom<InstrumentId>('ors', 'cors', 'ycors');

  it('classification mirrors when intake and latest are swapped', () => {
    fc.assert(
      fc.property(total(), total(), outcomeId, (a, b, id) => {
        const forward = summarizeEpisode([make(id, a, 1), make(id, b, 2)]).outcome!.changeClass;
        const backward = summarizeEpisode([make(id, b, 1), make(id, a, 2)]).outcome!.changeClass;
        const improved = (c: string) => c === 'improved' || c === 'recovered';
        return (forward === 'deteriorated') === improved(backward) && (forward === 'no-change') === (backward === 'no-change');
      }),
      { numRuns: 1000 },
    );
  });

  it('change equals latest - intake exactly to a tenth', () => {
    fc.assert(
      fc.property(fc.array(total(), { minLength: 1, maxLength: 12 }), (totals) => {
        const { outcome } = summarizeEpisode(totals.map((t, i) => ors(t, i + 1)));
        const change = outcome!.change;
        return change === (Math.round(totals.at(-1)! * 10) - Math.round(totals[0]! * 10)) / 10 && Number.isInteger(Math.round(change * 10)) && String(change).replace(/^-?\d+\.?/, '').length <= 1;
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on a valid generated episode, and its outcome is the client\'s first and last', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const episode = generateEpisode(createRandom(seed));
        const summary = summarizeEpisode(episode.ratings, episode.age === undefined ? {} : { age: episode.age });
        const own = episode.ratings.filter((r) => r.instrument.endsWith('ors') && r.rater === undefined);
        const sum = (r: Rating) => r.items.reduce((s, v) => s + Math.round(v * 10), 0) / 10;
        return summary.outcome!.intake === sum(own[0]!) && summary.outcome!.latest === sum(own.at(-1)!);
      }),
      { numRuns: 300 },
    );
  });

  it('always throws a FitlineError naming the bad rating', () => {
    fc.assert(
      fc.property(fc.integer(), invalidRating(), fc.nat(), (seed, { rating, code }, at) => {
        const ratings: unknown[] = [...generateEpisode(createRandom(seed)).ratings];
        const index = at % (ratings.length + 1);
        ratings.splice(index, 0, rating);
        const error = catchFitlineError(() => summarizeEpisode(ratings as Rating[]));
        return error.field!.startsWith(`ratings[${index}]`) && error.problems.some((p) => p.code === code);
      }),
      { numRuns: 300 },
    );
  });
});
