// Clinical records as clinicians keep them: re-intakes, closed episodes, several instruments and
// raters in one episode, the alerts FIT practice expects, norms by age and instrument. Each worked
// example is computed by hand; the properties say the same for any records of that kind.
import { expect } from 'chai';
import fc from 'fast-check';
import {
  DEFAULT_NORMS,
  ILLUSTRATIVE_TRAJECTORY,
  NHS_CYP_2015_NORMS,
  expectedScore,
  fitTrajectoryModel,
  smallestReliableChange,
  summarizeCaseload,
  summarizeEpisode,
} from '../src/index.js';
import type { CaseloadEpisode, InstrumentId, NormsProfile, Rating, ReliableChangeRule, TableTrajectoryModel } from '../src/index.js';
import { reliableDirection } from '../src/change.js';
import { addEpisode, finishTally, mergeTallies, newTally } from '../src/caseload-tally.js';
import { resolveEpisodeOptions, summarizeAll } from '../src/episode.js';
import { generateCaseload } from '../src/sample/index.js';
import { parseCsv, toCsv } from '../src/csv/index.js';
import { readBundle, toQuestionnaireResponse } from '../src/fhir/index.js';
import { catchFitlineError } from './catch-fitline-error.js';
import { day, rate } from './records.js';

const ors = (total: number, session?: number, extra?: Partial<Rating>, weeks?: number) => rate('ors', total, session, extra, weeks);
const srs = (total: number, session?: number, extra?: Partial<Rating>, weeks?: number) => rate('srs', total, session, extra, weeks);
const codes = (ratings: Rating[], options?: Parameters<typeof summarizeEpisode>[1]) => summarizeEpisode(ratings, options).alerts.map((a) => a.code);

describe('episodes: a re-intake starts a new one, never replacing the first intake', () => {
  // Sessions 1 to 4 from January, then "session 1" again in week 30: a client back after months.
  const first = [ors(12, 1), ors(15, 2), ors(19, 3), ors(24, 4)];
  const again = [ors(28, 1, {}, 30), ors(26, 2, {}, 31)];

  it('summarises the latest episode from its re-intake on, and lists the earlier one', () => {
    const summary = summarizeEpisode([...first, ...again]);
    expect(summary.outcome).to.include({ intake: 28, latest: 26, intakeSession: 1, latestSession: 2, changeClass: 'no-change' });
    expect(summary.earlier).to.deep.equal([{ from: day(0), to: day(3), ratings: 4 }]);
  });

  it('the first intake is never replaced: the earlier episode keeps its own, in the caseload', () => {
    const all = summarizeAll([...again, ...first], resolveEpisodeOptions({}));
    expect(all.map((s) => [s.outcome!.intake, s.outcome!.latest, s.outcome!.changeClass])).to.deep.equal([
      [12, 24, 'improved'],
      [28, 26, 'no-change'],
    ]);
    const caseload = summarizeCaseload([{ id: 'back', ratings: [...first, ...again] }]);
    expect(caseload).to.deep.include({ episodes: 2, measured: 2, reintakes: 1 });
    expect(caseload.endings).to.deep.equal({ open: 1, planned: 0, unplanned: 0, dropout: 0, unrecorded: 1 });
    expect(caseload.byChangeClass).to.deep.include({ improved: 1, 'no-change': 1 });
  });

  it('a session number lower than one given on an earlier day is a re-intake too', () => {
    const summary = summarizeEpisode([ors(12, 1), ors(14, 6, {}, 5), ors(20, 3, {}, 40), ors(22, 4, {}, 41)]);
    expect(summary.outcome).to.include({ intake: 20, intakeSession: 3, latest: 22 });
    expect(summary.earlier).to.have.length(1);
  });

  it('session 1 twice on the same day is a correction, not a re-intake', () => {
    const summary = summarizeEpisode([ors(12, 1), ors(13, 1), ors(20, 2)]);
    expect(summary.outcome).to.include({ intake: 13, latest: 20 });
    expect(summary.earlier).to.deep.equal([]);
  });

  it("on the re-intake's day, unnumbered ratings join the new episode and the earlier episode's last session stays in it", () => {
    const reintakeDay = day(30);
    const summary = summarizeEpisode([
      ...first,
      // The last session of the first episode in the morning, a new intake in the afternoon, and an
      // SRS entered without a number just before the intake form.
      ors(25, 5, { date: `${reintakeDay}T09:00Z` }),
      srs(36, undefined, { date: `${reintakeDay}T14:50Z` }),
      ors(18, 1, { date: `${reintakeDay}T15:00Z` }),
      ors(21, 2, {}, 31),
    ]);
    expect(summary.earlier).to.deep.equal([{ from: day(0), to: reintakeDay, ratings: 5 }]);
    expect(summary.outcome).to.include({ intake: 18, intakeSession: 1, latest: 21, latestSession: 2 });
    expect(summary.alliance!.sessions.map((p) => [p.session, p.total])).to.deep.equal([[1, 36]]);
  });

  it('refuses ratings of two episodes by name', () => {
    const error = catchFitlineError(() => summarizeEpisode([ors(12, 1, { episodeId: 'e1' }), ors(14, 2, { episodeId: 'e2' })]));
    expect([error.code, error.field]).to.deep.equal(['mixed-episodes', 'ratings[1].episodeId']);
    expect(catchFitlineError(() => summarizeCaseload([{ id: 'x', ratings: [ors(12, 1, { episodeId: 'e1' }), ors(14, 2, { episodeId: 'e2' })] }])).field).to.equal('episodes[0].ratings[1].episodeId');
  });

  it('property: any episode followed months later by a re-intake summarises as the re-intake alone', () => {
    const totals = fc.array(fc.integer({ min: 0, max: 400 }).map((t) => t / 10), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(totals, totals, fc.integer({ min: 1, max: 52 }), (before, after, gap) => {
        const a = before.map((t, i) => ors(t, i + 1));
        const b = after.map((t, i) => ors(t, i + 1, {}, before.length + gap + i));
        const together = summarizeEpisode([...b, ...a]);
        const alone = summarizeEpisode(b);
        return (
          JSON.stringify({ ...together.outcome, sessions: together.outcome!.sessions.map((p) => p.total) }) ===
            JSON.stringify({ ...alone.outcome, sessions: alone.outcome!.sessions.map((p) => p.total) }) &&
          together.earlier.length === 1 &&
          together.earlier[0]!.ratings === a.length &&
          summarizeCaseload([{ id: 'x', ratings: [...a, ...b] }]).episodes === 2
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('episodes: closed planned, unplanned or by dropout', () => {
  it('reports the close, counts endings in the caseload, and keeps closed episodes out of the attention list', () => {
    const summary = summarizeEpisode([ors(20, 1), ors(12, 2)], { closed: { date: day(2), reason: 'dropout' } });
    expect(summary.closed).to.deep.equal({ date: day(2), reason: 'dropout' });
    const caseload = summarizeCaseload([
      { id: 'a', ratings: [ors(20, 1), ors(12, 2)], closed: { date: day(2), reason: 'dropout' } },
      { id: 'b', ratings: [ors(10, 1), ors(20, 2)], closed: { date: day(3), reason: 'planned' } },
      { id: 'c', ratings: [ors(20, 1), ors(21, 2)], closed: { date: day(3), reason: 'unplanned' } },
      { id: 'd', ratings: [ors(20, 1), ors(12, 2)] },
    ]);
    expect(caseload.endings).to.deep.equal({ open: 1, planned: 1, unplanned: 1, dropout: 1, unrecorded: 0 });
    expect(caseload.attention.map((a) => a.id)).to.deep.equal(['d']);
    expect(caseload.byChangeClass.deteriorated).to.equal(2);
  });

  it('refuses a rating after the close, and a close that is not a date and a reason, by name', () => {
    const late = catchFitlineError(() => summarizeEpisode([ors(20, 1), ors(12, 3)], { closed: { date: day(1), reason: 'planned' } }));
    expect([late.code, late.field]).to.deep.equal(['bad-date', 'ratings[1].date']);
    expect(catchFitlineError(() => summarizeEpisode([], { closed: { date: day(1), reason: 'moved' as never } })).field).to.equal('closed.reason');
    expect(catchFitlineError(() => summarizeEpisode([], { closed: { date: '2026-13-01', reason: 'planned' } })).field).to.equal('closed.date');
    expect(catchFitlineError(() => summarizeCaseload([{ id: 'x', ratings: [], closed: 'yes' as never }])).field).to.equal('episodes[0].closed');
  });
});

describe('instruments apart: an SRS and a GSRS, an ORS and a CORS, are separate series', () => {
  it('keeps an SRS and a GSRS of the same session, both shown, the individual one as the alliance', () => {
    const summary = summarizeEpisode([ors(20, 1), srs(38, 1), rate('gsrs', 30, 1), srs(38.5, 2), rate('gsrs', 37, 2)]);
    expect(summary.alliances.map((a) => [a.instrument, a.latest, a.sessions.length])).to.deep.equal([
      ['srs', 38.5, 2],
      ['gsrs', 37, 2],
    ]);
    expect(summary.alliance).to.include({ instrument: 'srs' });
  });

  it('an alliance drop compares the same instrument: an SRS of 39 then a GSRS of 36 is no drop', () => {
    expect(codes([ors(20, 1), srs(39, 1), rate('gsrs', 36, 2)])).to.deep.equal([]);
    const drop = summarizeEpisode([ors(20, 1), rate('gsrs', 39, 1), rate('gsrs', 37.5, 2)]).alerts;
    expect(drop.map((a) => [a.code, a.instrument])).to.deep.equal([['alliance-drop', 'gsrs']]);
    expect(drop[0]!.message).to.contain('a drop of 1.5');
    expect(drop[0]!.prompt).to.contain('group');
  });

  it('an ORS and a CORS are two outcome series, each judged by its own norm', () => {
    const summary = summarizeEpisode([rate('cors', 20, 1), rate('cors', 30, 2), ors(22, 3), ors(23, 4)], { age: 13 });
    expect(summary.outcomes.map((o) => [o.instrument, o.intake, o.latest, o.cutoff, o.changeClass])).to.deep.equal([
      ['cors', 20, 30, 32, 'improved'],
      ['ors', 22, 23, 28, 'no-change'],
    ]);
  });
});

describe('raters apart, with their own alerts', () => {
  it('a reliable deterioration seen by a teacher raises a critical alert naming the teacher', () => {
    const summary = summarizeEpisode([rate('cors', 20, 1), rate('cors', 26, 2), rate('cors', 30, 1, { rater: 'teacher' }), rate('cors', 24, 2, { rater: 'teacher' })]);
    const alert = summary.alerts.find((a) => a.rater === 'teacher')!;
    expect(alert).to.include({ code: 'deteriorated', severity: 'critical', instrument: 'cors', session: 2 });
    expect(alert.message).to.match(/^Teacher's CORS total fell from 30 at intake to 24/);
    expect(summary.outcome).to.include({ rater: 'client', changeClass: 'improved' });
  });

  it('a child under 6 rated by a caretaker only gets no alert asking the child to rate their week', () => {
    const caretakerOnly = [rate('ycors', 20, 1, { rater: 'caretaker' }), rate('ycors', 21, 2, { rater: 'caretaker' })];
    expect(codes(caretakerOnly, { age: 4 })).to.not.include('no-outcome-yet');
    const nothing = summarizeEpisode([rate('ycsrs', 30, 1)], { age: 4 }).alerts.find((a) => a.code === 'no-outcome-yet')!;
    expect(nothing.prompt).to.contain('your child');
    // An adult without an outcome rating is asked for one, in their own words.
    expect(summarizeEpisode([srs(38, 1)]).alerts[0]!.prompt).to.contain('for you');
  });

  it('the unnormed YCSRS raises no alliance alert, even after a fall of 20 points', () => {
    // A young child's smiley-face alliance scale has no cutoff and no drop rule: a fall is a reason to
    // talk, not a figure with a threshold (docs/scoring.md).
    const summary = summarizeEpisode([rate('ycors', 20, 1), rate('ycsrs', 36, 1), rate('ycors', 22, 2), rate('ycsrs', 16, 2)], { age: 4 });
    expect(summary.alliance).to.include({ instrument: 'ycsrs', cutoff: null, latest: 16 });
    expect(summary.alerts.filter((a) => a.code.startsWith('alliance'))).to.deep.equal([]);
  });

  it('couple work: two clients in one episode are two series, never one', () => {
    const summary = summarizeEpisode([ors(20, 1, { clientId: 'p1' }), ors(10, 1, { clientId: 'p2' }), ors(21, 2, { clientId: 'p1' }), ors(4, 2, { clientId: 'p2' })]);
    expect(summary.outcomes.map((o) => [o.clientId, o.intake, o.latest])).to.deep.equal([
      ['p1', 20, 21],
      ['p2', 10, 4],
    ]);
    expect(summary.alerts.map((a) => [a.code, a.clientId])).to.deep.equal([['deteriorated', 'p2']]);
    expect(summary.alerts[0]!.message).to.contain('client p2');
  });
});

describe('the alerts FIT practice expects without a trajectory model', () => {
  const flat = (n: number) => Array.from({ length: n }, (_, i) => ors(20 + (i % 2) * 0.5, i + 1));

  it('no reliable change by session 3 to 6 is a checkpoint, by 6 on a last chance', () => {
    expect(codes(flat(2))).to.deep.equal([]);
    for (const n of [3, 4, 5]) expect(codes(flat(n)), `session ${n}`).to.deep.equal(['checkpoint']);
    for (const n of [6, 8, 10, 14]) expect(codes(flat(n)), `session ${n}`).to.deep.equal(['last-chance']);
    const [last] = summarizeEpisode(flat(6)).alerts;
    expect(last).to.include({ severity: 'critical', session: 6 });
    expect(last!.message).to.contain('after 6 sessions');
  });

  it('counts sessions from the intake, and stays quiet once change is reliable', () => {
    expect(codes([ors(20, 4), ors(20, 5), ors(20, 6)])).to.deep.equal(['checkpoint']);
    expect(codes([ors(20, 1), ors(21, 2), ors(25, 3)])).to.deep.equal([]);
  });

  it('takes its windows from the norms profile', () => {
    const later: NormsProfile = {
      ...DEFAULT_NORMS,
      checkpoints: { checkpoint: { from: 4, to: 8, source: 'a test profile', certainty: 'heuristic' }, lastChance: { from: 9, to: 12, source: 'a test profile', certainty: 'heuristic' } },
    };
    expect(codes(flat(3), { norms: later })).to.deep.equal([]);
    expect(codes(flat(8), { norms: later })).to.deep.equal(['checkpoint']);
    expect(codes(flat(9), { norms: later })).to.deep.equal(['last-chance']);
    const bad = catchFitlineError(() => summarizeEpisode([], { norms: { ...later, checkpoints: { ...later.checkpoints!, lastChance: { ...later.checkpoints!.lastChance, to: 3 } } } }));
    expect([bad.code, bad.field]).to.deep.equal(['bad-norms', 'checkpoints.lastChance.to']);
  });

  it('between the checkpoint window and the last-chance window no conversation is due', () => {
    const apart: NormsProfile = {
      ...DEFAULT_NORMS,
      checkpoints: { checkpoint: { from: 3, to: 4, source: 'a test profile', certainty: 'heuristic' }, lastChance: { from: 7, to: 10, source: 'a test profile', certainty: 'heuristic' } },
    };
    expect([3, 4, 5, 6, 7].map((n) => codes(flat(n), { norms: apart }))).to.deep.equal([['checkpoint'], ['checkpoint'], [], [], ['last-chance']]);
  });

  it('with a trajectory model the band, not the checkpoints, speaks', () => {
    expect(codes(flat(4), { trajectory: ILLUSTRATIVE_TRAJECTORY })).to.deep.equal(['not-on-track']);
  });

  it('a reliable drop since the previous session, with the drop and the threshold in the message', () => {
    const alerts = summarizeEpisode([ors(10, 1), ors(20, 2), ors(14.5, 3)]).alerts;
    expect(alerts.map((a) => [a.code, a.severity])).to.deep.equal([
      ['reliable-drop', 'warning'],
      ['checkpoint', 'warning'],
    ]);
    expect(alerts[0]!.message).to.equal('ORS total fell from 20 at session 2 to 14.5 at session 3, a drop of 5.5: reliable (5 points or more).');
    expect(codes([ors(10, 1), ors(20, 2), ors(15.1, 3)])).to.deep.equal([]);
  });

  it('a deterioration cues a risk review; an alliance drop states its size; an item prompt fits one item or several', () => {
    const [deteriorated] = summarizeEpisode([ors(20, 1), ors(14, 2)]).alerts;
    expect(deteriorated!.message).to.contain('Review risk');
    expect(deteriorated!.prompt).to.contain('safe');
    const drop = summarizeEpisode([ors(20, 1), srs(39.5, 1), srs(37, 2)]).alerts.find((a) => a.code === 'alliance-drop')!;
    expect(drop.message).to.contain('a drop of 2.5');
    const one = summarizeEpisode([ors(20, 1), { ...srs(39, 1), items: [10, 10, 8.5, 10.0].map((v) => v) }]).alerts.find((a) => a.code === 'alliance-item-low')!;
    const several = summarizeEpisode([ors(20, 1), { ...srs(34, 1), items: [8.5, 8.5, 8.5, 8.5] }]).alerts.find((a) => a.code === 'alliance-item-low')!;
    expect(one.message).to.contain('item below 9: approach 8.5');
    expect(one.prompt).to.contain('one part');
    expect(several.message).to.contain('items below 9');
    expect(several.prompt).to.contain('some parts');
  });

  it('a reliable deterioration is never on track, wherever the band lies', () => {
    const generous: TableTrajectoryModel = {
      kind: 'table',
      format: 1,
      label: 'A generous table',
      illustrative: true,
      source: 'made up for this test',
      bands: [{ intakeMin: 0, intakeMax: 40, sessions: [{ expected: 20, lower: 5, upper: 30 }] }],
    };
    const summary = summarizeEpisode([ors(20, 1), ors(14, 2)], { trajectory: generous });
    expect(summary.outcome).to.include({ changeClass: 'deteriorated', onTrack: 'not-on-track' });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (a, b) => {
        const { outcome } = summarizeEpisode([ors(a / 10, 1), ors(b / 10, 2)], { trajectory: generous });
        return outcome!.changeClass !== 'deteriorated' || outcome!.onTrack === 'not-on-track';
      }),
    );
  });

  it('ranks a caseload by severity: critical first', () => {
    const caseload = summarizeCaseload([
      { id: 'checkpoint', ratings: flat(4) },
      { id: 'last-chance', ratings: flat(7) },
      { id: 'low-alliance', ratings: [ors(20, 1), srs(30, 1)] },
    ]);
    expect(caseload.attention.map((a) => [a.id, a.alerts[0]!.severity])).to.deep.equal([
      ['last-chance', 'critical'],
      ['checkpoint', 'warning'],
      ['low-alliance', 'warning'],
    ]);
  });
});

describe('norms by age and instrument', () => {
  it('a CORS given to a 19-year-old keeps the child cutoff, with a named warning, never the adult 25', () => {
    const summary = summarizeEpisode([rate('cors', 26, 1), rate('cors', 31, 2)], { age: 19 });
    expect(summary.outcome).to.include({ cutoff: 32, ageGroup: 'adult', changeClass: 'improved' });
    expect(summary.warnings).to.have.length(1);
    expect(summary.warnings[0]).to.include({ code: 'instrument-age', instrument: 'cors' });
    expect(summary.warnings[0]!.message).to.contain('the child cutoff of 32');
  });

  it('a YCORS at 19 has no cutoff; a CORS at 9 raises no warning', () => {
    expect(summarizeEpisode([rate('ycors', 26, 1)], { age: 19 }).outcome!.cutoff).to.equal(null);
    expect(summarizeEpisode([rate('cors', 26, 1)], { age: 9 }).warnings).to.deep.equal([]);
  });

  it('each instrument has its own reliable change: the NHS CYP profile uses 10 for the CORS and 6.6 for the ORS', () => {
    const nhs = { norms: NHS_CYP_2015_NORMS };
    expect(summarizeEpisode([rate('cors', 20, 1), rate('cors', 29.9, 2)], nhs).outcome).to.include({ reliableChange: 10, changeClass: 'no-change' });
    expect(summarizeEpisode([rate('cors', 20, 1), rate('cors', 30, 2)], nhs).outcome).to.include({ changeClass: 'improved' });
    expect(summarizeEpisode([ors(20, 1), ors(26.6, 2)], nhs).outcome).to.include({ reliableChange: 6.6, changeClass: 'recovered' });
  });
});

describe('numbers at the edges', () => {
  const rci = (sd: number, reliability: number): ReliableChangeRule => ({ method: 'rci', sd, reliability, source: 'test', certainty: 'heuristic' });

  it('a reliable change from a formula is the smallest tenth that counts: 6.72 is 6.8, never 6.7', () => {
    // 1.96 * sqrt(2) * 7 * sqrt(1 - 0.88) = 6.72.
    const rule = rci(7, 0.88);
    expect(1.96 * Math.SQRT2 * 7 * Math.sqrt(1 - 0.88)).to.be.closeTo(6.72, 0.005);
    expect(smallestReliableChange(rule)).to.equal(6.8);
    const profile: NormsProfile = { ...DEFAULT_NORMS, reliableChange: { ...DEFAULT_NORMS.reliableChange, ors: rci(8, 0.8194) } };
    // 1.96 * sqrt(2) * 8 * sqrt(0.1806) = 9.425 -> reported 9.5: a change of 9.4 does not count.
    expect(summarizeEpisode([ors(10, 1), ors(19.4, 2)], { norms: profile }).outcome).to.include({ reliableChange: 9.5, changeClass: 'no-change' });
    expect(summarizeEpisode([ors(10, 1), ors(19.5, 2)], { norms: profile }).outcome!.changeClass).to.equal('improved');
  });

  it('property: the reported threshold counts and a tenth less does not, for any rule', () => {
    const rule = fc.oneof(
      fc.record({ method: fc.constant('fixed' as const), points: fc.integer({ min: 1, max: 400 }).map((p) => p / 10 + (p % 3) * 0.04), source: fc.constant('t'), certainty: fc.constant('heuristic' as const) }),
      fc.record({ method: fc.constant('rci' as const), sd: fc.double({ min: 0.5, max: 12, noNaN: true }), reliability: fc.double({ min: 0, max: 0.99, noNaN: true }), source: fc.constant('t'), certainty: fc.constant('heuristic' as const) }),
    );
    fc.assert(
      fc.property(rule, (r) => {
        const t = smallestReliableChange(r);
        if (t >= 40) return reliableDirection(0, 40, r) === 0 || t === 40;
        return reliableDirection(0, t, r) === 1 && (t === 0 || reliableDirection(0, Math.round(t * 10 - 1) / 10, r) === 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: the illustrative curve never expects a reliable deterioration, from any intake', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 60 }), (intake, session) => {
        const { expected } = expectedScore(ILLUSTRATIVE_TRAJECTORY, intake / 10, session);
        return intake / 10 - expected < smallestReliableChange(DEFAULT_NORMS.reliableChange.ors);
      }),
      { numRuns: 2000 },
    );
  });

  it('fitTrajectoryModel with default options fits on the last session with enough ratings, or names the option to change', () => {
    // 40 clients with two sessions after intake, 25 with a third: session 3 has 65, so the default reaches it.
    const two = generateCaseload(5, 200, { sessions: 3, alliance: false, collateral: false });
    expect(fitTrajectoryModel(two).maxSession).to.equal(3);
    // Everyone came twice only: no session from 3 on, and the error names maxSession rather than blaming the data.
    const once = generateCaseload(5, 60, { sessions: 2, alliance: false, collateral: false });
    const error = catchFitlineError(() => fitTrajectoryModel(once));
    expect([error.code, error.field]).to.deep.equal(['bad-option', 'maxSession']);
  });
});

describe('supervisors: a caseload grouped by a key the host supplies', () => {
  const caseload = generateCaseload(11, 60).map((e, i) => ({ ...e, clinician: ['Ahmed', 'Berg', 'Costa'][i % 3]! }));

  it('gives each group its own counts, change classes, effect size basis and attention list, adding up to the whole', () => {
    const summary = summarizeCaseload(caseload, { groupBy: (e) => e.clinician });
    const groups = summary.groups!;
    expect(Object.keys(groups)).to.deep.equal(['Ahmed', 'Berg', 'Costa']);
    const sum = (pick: (g: (typeof groups)[string]) => number) => Object.values(groups).reduce((s, g) => s + pick(g), 0);
    expect(sum((g) => g.episodes)).to.equal(summary.episodes);
    expect(sum((g) => g.measured)).to.equal(summary.measured);
    expect(sum((g) => g.byChangeClass.recovered)).to.equal(summary.byChangeClass.recovered);
    expect(sum((g) => g.attention.length)).to.equal(summary.attention.length);
    expect(groups.Ahmed!.attention.every((a) => caseload.find((e) => e.id === a.id)!.clinician === 'Ahmed')).to.equal(true);
    expect(groups.Ahmed!.effectSizeBasis.n).to.equal(groups.Ahmed!.measured);
  });

  it('refuses a grouping that is not a function, or that does not return a string, by name', () => {
    expect(catchFitlineError(() => summarizeCaseload(caseload, { groupBy: 'clinician' as never })).field).to.equal('groupBy');
    expect(catchFitlineError(() => summarizeCaseload(caseload, { groupBy: () => 3 as never })).field).to.equal('episodes[0]');
  });

  it('property: a caseload tallied in any split and merged in any order equals one pass', () => {
    const episodes: CaseloadEpisode[] = generateCaseload(23, 40);
    const options = resolveEpisodeOptions({});
    const rule = { minEpisodes: 2 };
    const tallyOf = (list: CaseloadEpisode[]) => {
      const tally = newTally();
      for (const e of list) {
        const parts = summarizeAll(e.ratings, e.age === undefined ? options : { ...options, age: e.age });
        parts.forEach((p, i) => addEpisode(tally, e.id, p, i < parts.length - 1));
      }
      return tally;
    };
    const whole = JSON.stringify(finishTally(tallyOf(episodes), rule));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: episodes.length, maxLength: episodes.length }), fc.boolean(), (where, reversed) => {
        const parts = [0, 1, 2, 3].map((k) => tallyOf(episodes.filter((_, i) => where[i] === k)));
        if (reversed) parts.reverse();
        const merged = mergeTallies(mergeTallies(parts[0]!, parts[1]!), mergeTallies(parts[2]!, parts[3]!));
        return JSON.stringify(finishTally(merged, rule)) === whole;
      }),
      { numRuns: 60 },
    );
  });
});

describe('one rule everywhere: the same records through CSV and FHIR summarise the same', () => {
  it('a re-intake, an SRS beside a GSRS, a caretaker and a corrected session read back from CSV and from a FHIR Bundle', () => {
    const records: Rating[] = [
      ors(12, 1), srs(37, 1), rate('gsrs', 34, 1), ors(14, 2), ors(15, 2), srs(35.5, 2), rate('gsrs', 36, 2),
      ors(25, 1, { rater: 'caretaker' }), ors(19, 2, { rater: 'caretaker' }),
      ors(20, 1, {}, 30), srs(38, 1, {}, 30), ors(21, 2, {}, 31), srs(36.5, 2, {}, 31),
    ].map((r, i) => ({ ...r, id: `r${i}`, clientId: 'c-7', episodeId: 'e-1' }));
    const fromCsv = parseCsv(toCsv(records));
    const bundle = { resourceType: 'Bundle', type: 'collection', entry: records.map((r) => ({ resource: toQuestionnaireResponse(r) })) };
    const fromFhir = readBundle(bundle);
    expect([fromCsv.errors, fromFhir.errors]).to.deep.equal([[], []]);
    const original = summarizeEpisode(records);
    expect(original.earlier).to.have.length(1);
    for (const read of [fromCsv.ratings, fromFhir.ratings]) expect(summarizeEpisode(read)).to.deep.equal(original);
    const all = summarizeAll(records, resolveEpisodeOptions({}));
    expect(all[0]!.alliances.map((a) => [a.instrument, a.latest])).to.deep.equal([['srs', 35.5], ['gsrs', 36]]);
    expect(all[0]!.outcome).to.include({ intake: 12, latest: 15 });
    expect(all[0]!.alerts.map((a) => [a.code, a.rater])).to.deep.include(['deteriorated', 'caretaker']);
  });
});

describe('properties of the clinical rules, for any records of their kind', () => {
  const total = fc.integer({ min: 0, max: 400 }).map((t) => t / 10);

  it('without session numbers, the sessions are the distinct calendar days, whatever is entered twice', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 23 }), total), { minLength: 1, maxLength: 25 }), (entries) => {
        const ratings = entries.map(([d, hour, t]) => ors(t, undefined, { date: `${day(d)}T${String(hour).padStart(2, '0')}:00Z` }));
        const { outcome } = summarizeEpisode(ratings);
        return outcome!.sessions.length === new Set(entries.map(([d]) => d)).size && outcome!.sessions.every((p, i) => p.session === i + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('each series holds one instrument, one rater and one client; an alliance drop compares one instrument', () => {
    const rating = fc.record({
      instrument: fc.constantFrom<InstrumentId>('ors', 'cors', 'srs', 'gsrs'),
      rater: fc.constantFrom('client' as const, 'caretaker' as const, 'teacher' as const),
      session: fc.integer({ min: 1, max: 8 }),
      t: total,
    });
    fc.assert(
      fc.property(fc.array(rating, { minLength: 1, maxLength: 30 }), (list) => {
        const ratings = list.map(({ instrument, rater, session, t }) => rate(instrument, t, session, { rater }));
        const summary = summarizeEpisode(ratings);
        const all = [...summary.outcomes, ...summary.alliances];
        const apart = all.every((s) => s.sessions.every((p) => p.instrument === s.instrument && ratings[p.index]!.rater === s.rater));
        const keys = all.map((s) => `${s.instrument}/${s.rater}`);
        const drops = summary.alerts.filter((a) => a.code === 'alliance-drop');
        const likeWithLike = drops.every((a) => {
          const series = summary.alliances.find((s) => s.instrument === a.instrument && s.rater === a.rater)!;
          return series.sessions.length >= 2;
        });
        return apart && new Set(keys).size === keys.length && likeWithLike;
      }),
      { numRuns: 300 },
    );
  });

  it("a collateral rater's reliable deterioration always raises a critical alert naming that rater", () => {
    fc.assert(
      fc.property(total, total, fc.constantFrom('caretaker' as const, 'teacher' as const, 'partner' as const, 'other' as const), (a, b, rater) => {
        const summary = summarizeEpisode([ors(20, 1), ors(20, 2), ors(a, 1, { rater }), ors(b, 2, { rater })]);
        const worse = summary.outcomes.find((o) => o.rater === rater)!.changeClass === 'deteriorated';
        const alert = summary.alerts.some((x) => x.code === 'deteriorated' && x.rater === rater && x.severity === 'critical' && x.message.toLowerCase().startsWith(rater));
        return worse === alert;
      }),
      { numRuns: 500 },
    );
  });

  it('without a model, no reliable change raises a checkpoint at sessions 3 to 5 and a last chance from 6; a reliable improvement raises neither', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 300 }), fc.array(fc.integer({ min: -49, max: 49 }), { minLength: 1, maxLength: 14 }), (intake, steps) => {
        // Totals within 4.9 of the intake: never a reliable change from it.
        const ratings = [ors(intake / 10, 1), ...steps.map((s, i) => ors((intake + s) / 10, i + 2))];
        const n = ratings.length;
        const found = codes(ratings).filter((c) => c === 'checkpoint' || c === 'last-chance');
        const want = n >= 6 ? ['last-chance'] : n >= 3 ? ['checkpoint'] : [];
        const improved = codes([...ratings, ors(intake / 10 + 5, n + 1)]).filter((c) => c === 'checkpoint' || c === 'last-chance');
        return JSON.stringify(found) === JSON.stringify(want) && improved.length === 0;
      }),
      { numRuns: 300 },
    );
  });

  it('a CORS keeps the child cutoff at any age, with a warning exactly outside 6 to 12', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), total, (age, t) => {
        const summary = summarizeEpisode([rate('cors', t, 1)], { age });
        return summary.outcome!.cutoff === 32 && (summary.warnings.length === 1) === (age < 6 || age > 12);
      }),
      { numRuns: 300 },
    );
  });
});
