// Which open episodes a caseload lists for attention, in which order, and how a limited list keeps a
// tally small; and the figures of episodes that lack what a figure needs (an age, an intake, a cutoff).
import { expect } from 'chai';
import fc from 'fast-check';
import { summarizeCaseload, tallyCaseload } from '../src/index.js';
import type { CaseloadEpisode } from '../src/index.js';
import { series } from './outcome-series.js';

/** Episodes alike in every way that orders an attention list (one low alliance rating each) but their ids. */
const alike = (ids: string[]): CaseloadEpisode[] => ids.map((id) => ({ id, ratings: series('srs', 30) }));
const ids = (n: number) => Array.from({ length: n }, (_, i) => `client-${String(i).padStart(3, '0')}`);

describe('caseload attention list', () => {
  it('property: episodes alike in risk are listed by id, whatever order they come in', () => {
    const sorted = ids(12);
    fc.assert(
      fc.property(fc.shuffledSubarray(sorted, { minLength: 12, maxLength: 12 }), (order) => {
        return JSON.stringify(summarizeCaseload(alike(order)).attention.map((a) => a.id)) === JSON.stringify(sorted);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps a limited tally short however many episodes need attention: trimmed to the riskiest at twice the limit and 64 more, not at every episode', () => {
    // Sorting at every episode would cost a sort per episode; never trimming, memory that grows with the caseload.
    const limit = 5;
    const held = (n: number) => tallyCaseload(alike(ids(n).reverse()), { attentionLimit: limit }).all.attention.map((a) => a.id);
    expect(held(2 * limit + 63)).to.have.length(2 * limit + 63);
    expect(held(2 * limit + 64)).to.deep.equal(ids(limit));
    const many = held(300);
    expect(many.length).to.be.below(2 * limit + 64);
    const summary = summarizeCaseload(alike(ids(300)), { attentionLimit: limit });
    expect(summary.attention.map((a) => a.id)).to.deep.equal(ids(limit));
    expect(summary.needingAttention.all).to.equal(300);
  });

  it('counts an episode with no ratings and no age in the unknown age group', () => {
    expect(summarizeCaseload([{ id: 'a', ratings: [] }, { id: 'b', age: 9, ratings: [] }]).byAgeGroup).to.deep.equal({ adult: 0, adolescent: 0, child: 1, 'young-child': 0, unknown: 1 });
  });

  it('has no mean intake when no episode has an outcome rating', () => {
    expect(summarizeCaseload([]).meanIntake).to.equal(null);
    expect(summarizeCaseload(alike(['a'])).meanIntake).to.equal(null);
  });

  it('does not count an episode without a cutoff as started at or above it', () => {
    // An ORS given to a child has no cutoff: a high intake is neither clinical nor above the cutoff.
    const summary = summarizeCaseload([{ id: 'a', age: 9, ratings: series('ors', 34, 35) }]);
    expect(summary.measured).to.equal(1);
    expect(summary.startedAtOrAboveCutoff).to.equal(0);
  });
});
