// summarizeRatings and tallyStore build episodes from a stream of ratings: the host's functions see
// each episode by its name and ids, a host's mistake is named by episode or option before the stream is
// read, and the figures are those summarizeCaseload gives on the same episodes.
import { expect } from 'chai';
import fc from 'fast-check';
import { summarizeCaseload, summarizeRatings, summaryFromTally } from '../src/index.js';
import type { CaseloadEpisode, Rating, StreamedEpisode } from '../src/index.js';
import { EpisodeStore, episodeName } from '../src/episode-store.js';
import { tallyStore } from '../src/summarize-ratings.js';
import { generateCaseload } from '../src/sample/index.js';
import { series } from './outcome-series.js';

const owned = (ratings: Rating[], clientId: string | undefined, episodeId: string | undefined): Rating[] =>
  ratings.map((r) => ({ ...r, ...(clientId === undefined ? {} : { clientId }), ...(episodeId === undefined ? {} : { episodeId }) }));

// Three episodes: one named by client and episode, one by client alone, one by episode alone.
const ratings = [...owned(series('ors', 20, 14), 'c1', 'e1'), ...owned(series('ors', 18, 30), 'c2', undefined), ...owned(series('ors', 25, 22, 16), undefined, 'e3')];
const episodes: CaseloadEpisode[] = [
  { id: 'c1 / e1', ratings: ratings.slice(0, 2) },
  { id: 'c2', ratings: ratings.slice(2, 4) },
  { id: 'e3', ratings: ratings.slice(4) },
];

describe('summarizeRatings episodes', () => {
  it('summarises with no options as summarizeCaseload does', async () => {
    expect(await summarizeRatings(ratings)).to.deep.equal(summarizeCaseload(episodes));
  });

  it("shows the host's functions each episode by its name and the ids it has, and no others", async () => {
    const seen: StreamedEpisode[] = [];
    await summarizeRatings(ratings, { groupBy: (e) => (seen.push(e), 'all') });
    expect(seen).to.deep.equal([
      { id: 'c1 / e1', clientId: 'c1', episodeId: 'e1' },
      { id: 'c2', clientId: 'c2' },
      { id: 'e3', episodeId: 'e3' },
    ]);
  });

  it('closes the episodes closedOf names, with no age given, and they need no attention', async () => {
    const summary = await summarizeRatings(ratings, { closedOf: (e) => (e.clientId ? { date: '2026-04-01', reason: e.clientId === 'c1' ? 'dropout' : 'planned' } : undefined) });
    expect(summary.endings).to.deep.equal({ open: 1, planned: 1, unplanned: 0, dropout: 1, unrecorded: 0 });
    expect(summary.attention.map((a) => a.id)).to.deep.equal(['e3']);
    expect(summary).to.deep.equal(summarizeCaseload(episodes.map((e, i) => (i < 2 ? { ...e, closed: { date: '2026-04-01', reason: i ? 'planned' : 'dropout' } } : e))));
  });

  it('names the episode whose age the host gives wrong', async () => {
    const error = await summarizeRatings(ratings, { ageOf: (e) => (e.id === 'c2' ? 200 : undefined) }).catch((e) => e);
    expect([error.code, error.field]).to.deep.equal(['bad-option', 'episode "c2".age']);
  });

  it('names the episode whose group is not a string', async () => {
    const error = await summarizeRatings(ratings, { groupBy: (e) => (e.episodeId ?? 7) as string }).catch((e) => e);
    expect([error.code, error.field, error.message]).to.deep.equal(['bad-option', 'episode "c2"', 'groupBy must return a string; for episode "c2" it returned number.']);
  });

  it('names the episode whose close the host gives wrong', async () => {
    const error = await summarizeRatings(ratings, { closedOf: (e) => (e.id === 'e3' ? { date: '2026-04-01', reason: 'moved away' as never } : undefined) }).catch((e) => e);
    expect([error.code, error.field]).to.deep.equal(['bad-option', 'episode "e3".closed.reason']);
  });

  it("lets an error thrown by the host's own function through unchanged", async () => {
    const offline = new Error('the clinician register is offline');
    const fails = () => {
      throw offline;
    };
    for (const name of ['groupBy', 'ageOf', 'closedOf'] as const) expect(await summarizeRatings(ratings, { [name]: fails }).catch((e) => e)).to.equal(offline);
  });

  it('refuses an ageOf or closedOf that is not a function, naming it', async () => {
    for (const name of ['ageOf', 'closedOf'] as const) {
      const error = await summarizeRatings(ratings, { [name]: 3 as never }).catch((e) => e);
      expect([error.code, error.field, error.message]).to.deep.equal(['bad-option', name, `${name} must be a function of the episode.`]);
    }
  });

  it('refuses null, or an object that is not iterable, as the ratings, by name', async () => {
    for (const bad of [null, {}, 'ors']) {
      const error = await summarizeRatings(bad as never).catch((e) => e);
      expect([error.code, error.field, error.message]).to.deep.equal(['not-an-object', 'ratings', 'ratings must be an iterable or async iterable of ratings.']);
    }
  });

  it('names a bad reference or grouping before it reads a single rating', async () => {
    let read = 0;
    function* stream() {
      for (const r of ratings) (read += 1), yield r;
    }
    const reference = { label: 'r', source: 's', meanChange: 8, sd: 0, changeModel: { intercept: 0, intakeSlope: 0 } };
    expect((await summarizeRatings(stream(), { reference }).catch((e) => e)).field).to.equal('reference.sd');
    expect((await summarizeRatings(stream(), { groupBy: 'clinician' as never }).catch((e) => e)).field).to.equal('groupBy');
    expect(read).to.equal(0);
  });

  it("property: a store's tally summarises as summarizeCaseload does the same ratings", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 30 }), (seed, count) => {
        const caseload = generateCaseload(seed, count).map((e) => ({ ...e, id: episodeName(e.id, undefined), ratings: owned(e.ratings, e.id, undefined) }));
        const store = new EpisodeStore();
        for (const e of caseload) for (const r of e.ratings) store.add(r);
        const ages = new Map(caseload.map((e) => [e.id, e.age]));
        const streamed = summaryFromTally(tallyStore(store, { ageOf: (e) => ages.get(e.id) }));
        return JSON.stringify(streamed) === JSON.stringify(summarizeCaseload(caseload));
      }),
      { numRuns: 60 },
    );
  });
});
