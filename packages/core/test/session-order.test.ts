// How an episode's ratings are put in order (docs/scoring.md, "Order, episodes and series"): session
// numbers, not the order of entry, order numbered ratings; a rating without a number takes the
// number of its day or is refused by name; a re-intake starts a new episode from its day on; and the
// same session given again is a correction.
import { expect } from 'chai';
import fc from 'fast-check';
import { groupSeries, summarizeEpisode } from '../src/index.js';
import type { Rating } from '../src/index.js';
import { resolveEpisodeOptions, summarizeAll } from '../src/episode.js';
import { catchFitlineError } from './catch-fitline-error.js';
import { day, rate } from './records.js';

const ors = (total: number, session?: number, extra?: Partial<Rating>, weeks?: number) => rate('ors', total, session, extra, weeks);
const srs = (total: number, session?: number, extra?: Partial<Rating>, weeks?: number) => rate('srs', total, session, extra, weeks);
const totals = (ratings: Rating[]) => summarizeEpisode(ratings).outcome!.sessions.map((p) => [p.session, p.total]);

describe('order: session numbers, not the order of entry', () => {
  it('paper forms typed in on one day keep the order of their session numbers', () => {
    // Three sessions' forms, entered on 5 January in the order they came to hand.
    const entered = [ors(25, 3, {}, 0), ors(10, 1, {}, 0), ors(20, 2, {}, 0)];
    expect(totals(entered)).to.deep.equal([[1, 10], [2, 20], [3, 25]]);
    expect(summarizeEpisode(entered).outcome).to.include({ intake: 10, latest: 25, changeClass: 'recovered' });
  });

  it('property: numbered ratings of one day read the same in any order of entry', () => {
    const sessionTotals = fc.array(fc.integer({ min: 0, max: 400 }).map((t) => t / 10), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(
        sessionTotals.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list.map((_, i) => i), { minLength: list.length }))),
        ([list, order]) => {
          const entered = order.map((i) => ors(list[i]!, i + 1, {}, 0));
          return JSON.stringify(totals(entered)) === JSON.stringify(list.map((t, i) => [i + 1, t]));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the same day and time entered twice without numbers is one session, the later entry its correction', () => {
    const summary = summarizeEpisode([ors(20, undefined, {}, 0), ors(14, undefined, {}, 0)]);
    expect(summary.outcome).to.include({ intake: 14, latest: 14, latestSession: 1, changeClass: 'no-change' });
    expect(summary.byDate).to.equal(true);
  });
});

describe('order: a session given again on a later day', () => {
  it('corrects that session: the same number a week later is no re-intake', () => {
    const summary = summarizeEpisode([ors(12, 1), ors(15, 2), ors(18, 3), ors(20, 3, {}, 3)]);
    expect(summary.earlier).to.deep.equal([]);
    expect(summary.outcome!.sessions.map((p) => [p.session, p.total, p.date])).to.deep.equal([
      [1, 12, day(0)],
      [2, 15, day(1)],
      [3, 20, day(3)],
    ]);
  });
});

describe('order: ratings without a number beside numbered ones', () => {
  it('a rating without a number never hides a later re-intake', () => {
    const summary = summarizeEpisode([ors(20, 1), srs(38, undefined, {}, 0), ors(22, 2), ors(30, 1, {}, 30), ors(31, 2, {}, 31)]);
    expect(summary.earlier).to.deep.equal([{ from: day(0), to: day(1), ratings: 3 }]);
    expect(summary.outcome).to.include({ intake: 30, latest: 31 });
    expect(summary.alliance).to.equal(null);
  });

  it("a caretaker's rating without a number, entered before the client's new session 1 on a re-intake's day, belongs to the new episode", () => {
    const ratings = [ors(12, 1), ors(15, 2), ors(26, undefined, { rater: 'caretaker' }, 30), ors(28, 1, {}, 30), ors(29, 2, {}, 31)];
    const summary = summarizeEpisode(ratings);
    expect(summary.earlier).to.deep.equal([{ from: day(0), to: day(1), ratings: 2 }]);
    expect(summary.collateral[0]!.outcome).to.include({ rater: 'caretaker', intake: 26, intakeSession: 1 });
    expect(summary.outcome).to.include({ intake: 28, latest: 29 });
  });

  it("a rating without a number on the earlier episode's last day stays in the earlier episode", () => {
    const ratings = [ors(12, 1), ors(15, 2), srs(38, undefined, {}, 1), ors(28, 1, {}, 30)];
    const [before, after] = summarizeAll(ratings, resolveEpisodeOptions({}));
    expect(before!.alliance).to.include({ latest: 38, latestSession: 2 });
    expect(after!.alliance).to.equal(null);
    expect(after!.earlier).to.deep.equal([{ from: day(0), to: day(1), ratings: 3 }]);
  });

  it('refuses a rating without a number on a day no numbered rating has, saying so', () => {
    const error = catchFitlineError(() => summarizeEpisode([ors(22, 1), ors(12, undefined, { date: '2026-03-02' })]));
    expect([error.code, error.field, error.message]).to.deep.equal([
      'bad-session',
      'ratings[1].session',
      'ratings[1].session must be given: other ratings of this episode have session numbers, and no rating of this episode on 2026-03-02 has one.',
    ]);
  });

  it('refuses a rating without a number on a day of two numbered sessions, naming both numbers', () => {
    const error = catchFitlineError(() => summarizeEpisode([ors(20, 1, {}, 0), ors(22, 2, {}, 0), srs(38, undefined, {}, 0)]));
    expect([error.code, error.field, error.message]).to.deep.equal([
      'bad-session',
      'ratings[2].session',
      `ratings[2].session must be given: other ratings of this episode have session numbers, and ratings on ${day(0)} have the numbers 1 and 2.`,
    ]);
  });
});

describe('order: episode ids', () => {
  it('a rating that names no episode joins the episode the other ratings name', () => {
    const summary = summarizeEpisode([ors(20, 1), ors(22, 2, { episodeId: 'e-1' }), ors(25, 3, { episodeId: 'e-1' })]);
    expect(summary.outcome).to.include({ intake: 20, latest: 25 });
  });
});

describe('groupSeries', () => {
  const first = [ors(12, 1), srs(37, 1), ors(15, 2)];
  const again = [ors(28, 1, {}, 30), ors(26, 2, {}, 31)];
  const shape = (ratings: Rating[]) => groupSeries(ratings).map((s) => [s.kind, s.instrument, s.rater, s.points.map((p) => p.total)]);

  it("gives an episode's series, each in session order", () => {
    expect(shape(first)).to.deep.equal([
      ['outcome', 'ors', 'client', [12, 15]],
      ['alliance', 'srs', 'client', [37]],
    ]);
  });

  it('a series names the client its ratings name, and no client when they name none', () => {
    const point = { session: 1, date: day(0), total: 20, items: [5, 5, 5, 5], instrument: 'ors', index: 0 };
    expect(groupSeries([ors(20, 1)])).to.deep.equal([{ kind: 'outcome', instrument: 'ors', rater: 'client', points: [point] }]);
    expect(groupSeries([ors(20, 1, { clientId: 'c-7' })])).to.deep.equal([{ kind: 'outcome', instrument: 'ors', rater: 'client', clientId: 'c-7', points: [point] }]);
  });

  it('gives the latest episode only after a re-intake, and no series for no ratings', () => {
    expect(shape([...first, ...again])).to.deep.equal([['outcome', 'ors', 'client', [28, 26]]]);
    expect(groupSeries([])).to.deep.equal([]);
  });
});
