// Collateral raters (caretaker, teacher, partner, other): each is one entry with their own first
// outcome and alliance series, listed in the order they first rated, never mixed with the client's
// and never held against the client's expected trajectory.
import { expect } from 'chai';
import { ILLUSTRATIVE_TRAJECTORY, summarizeEpisode } from '../src/index.js';
import type { Rating } from '../src/index.js';
import { rate } from './records.js';

const ors = (total: number, session?: number, extra?: Partial<Rating>, weeks?: number) => rate('ors', total, session, extra, weeks);
const srs = (total: number, session?: number, extra?: Partial<Rating>, weeks?: number) => rate('srs', total, session, extra, weeks);
const raters = (ratings: Rating[]) => summarizeEpisode(ratings).collateral.map((c) => c.rater);

describe('collateral raters', () => {
  it('a caretaker who gave outcome and alliance ratings is one entry holding both, and the client is no collateral rater', () => {
    const summary = summarizeEpisode([ors(20, 1), srs(38, 1), ors(25, 1, { rater: 'caretaker' }), srs(37, 1, { rater: 'caretaker' }), ors(24, 2, { rater: 'caretaker' })]);
    expect(summary.collateral.map((c) => [c.rater, c.outcome?.instrument, c.outcome?.latest, c.alliance?.instrument, c.alliance?.latest])).to.deep.equal([
      ['caretaker', 'ors', 24, 'srs', 37],
    ]);
    expect(summary.collateral[0]!.outcome).to.equal(summary.outcomes[1]);
    expect(summary.collateral[0]!.alliance).to.equal(summary.alliances[1]);
  });

  it('a collateral rater who gave only alliance ratings has an entry with no outcome', () => {
    const summary = summarizeEpisode([ors(20, 1), srs(36, 1, { rater: 'partner' })]);
    expect(summary.collateral).to.have.length(1);
    expect(summary.collateral[0]).to.include({ rater: 'partner', outcome: null });
    expect(summary.collateral[0]!.alliance).to.include({ rater: 'partner', latest: 36 });
  });

  it('are listed in the order they first rated, an alliance rating counting as much as an outcome rating', () => {
    // The teacher's SRS comes before the caretaker's ORS.
    expect(raters([ors(20, 1), srs(36, 1, { rater: 'teacher' }), ors(25, 1, { rater: 'caretaker' })])).to.deep.equal(['teacher', 'caretaker']);
    expect(raters([ors(20, 1), ors(25, 1, { rater: 'caretaker' }), srs(36, 1, { rater: 'teacher' })])).to.deep.equal(['caretaker', 'teacher']);
  });

  it("a rater's place is set by their first rating of any kind, not by their first outcome rating", () => {
    // The caretaker's SRS at session 1 comes before the teacher's ORS at session 2; the caretaker's ORS comes after it.
    const ratings = [ors(20, 1), srs(37, 1, { rater: 'caretaker' }), ors(21, 2), ors(30, 2, { rater: 'teacher' }), ors(26, 3, { rater: 'caretaker' })];
    expect(raters(ratings)).to.deep.equal(['caretaker', 'teacher']);
  });

  it("the client's series come first in outcomes and alliances, even when a caretaker rated first", () => {
    const summary = summarizeEpisode([ors(25, 1, { rater: 'caretaker' }), srs(37, 1, { rater: 'caretaker' }), ors(20, 1), srs(38, 1)]);
    expect(summary.outcomes.map((o) => o.rater)).to.deep.equal(['client', 'caretaker']);
    expect(summary.alliances.map((a) => a.rater)).to.deep.equal(['client', 'caretaker']);
    expect(summary.outcome).to.include({ rater: 'client', intake: 20 });
  });

  it("a caretaker's SRS never stands for the client's alliance", () => {
    const summary = summarizeEpisode([ors(20, 1), srs(30, 1, { rater: 'caretaker' })]);
    expect(summary.alliance).to.equal(null);
    expect(summary.alliances.map((a) => [a.rater, a.latest])).to.deep.equal([['caretaker', 30]]);
  });

  it("a collateral rater's outcome is never held against the client's expected trajectory", () => {
    // The illustrative curve expects 16 to 19 at session 2 from an intake of 15: the partner's 14 is below it.
    const summary = summarizeEpisode([ors(15, 1), ors(20, 2), ors(15, 1, { rater: 'partner' }), ors(14, 2, { rater: 'partner' })], { trajectory: ILLUSTRATIVE_TRAJECTORY });
    expect(summary.outcome).to.include({ rater: 'client', onTrack: 'on-track' });
    expect(summary.collateral[0]!.outcome).to.include({ rater: 'partner', onTrack: 'unknown', expected: null });
    expect(summary.alerts).to.deep.equal([]);
  });
});
