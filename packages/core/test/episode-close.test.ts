// Closing an episode (`closed: { date, reason }`): the close is a calendar day, so any rating given
// that day belongs to the episode whatever the hour; a rating after it is refused by name; and only
// the episode the host closed carries the close, never one a re-intake ended.
import { expect } from 'chai';
import fc from 'fast-check';
import { summarizeCaseload, summarizeEpisode } from '../src/index.js';
import type { EpisodeClosure, Rating } from '../src/index.js';
import { resolveEpisodeOptions, summarizeAll } from '../src/episode.js';
import { catchFitlineError } from './catch-fitline-error.js';
import { day, rate } from './records.js';

const ors = (total: number, session?: number, extra?: Partial<Rating>, weeks?: number) => rate('ors', total, session, extra, weeks);

describe('closing an episode', () => {
  it('a rating given on the day of the close belongs to the episode, whatever the hour of either', () => {
    const lateInTheDay = [ors(20, 1), ors(26, 2, { date: `${day(1)}T17:30Z` })];
    for (const date of [day(1), `${day(1)}T09:00Z`]) {
      const summary = summarizeEpisode(lateInTheDay, { closed: { date, reason: 'planned' } });
      expect(summary.outcome, date).to.include({ latest: 26, changeClass: 'recovered' });
      expect(summary.closed, date).to.deep.equal({ date, reason: 'planned' });
    }
  });

  it('refuses a rating after the close with a message naming the rating, the day of the close and the date given', () => {
    const error = catchFitlineError(() => summarizeEpisode([ors(20, 1), ors(12, 2, { date: '2026-01-13T08:00Z' })], { closed: { date: '2026-01-12T16:00Z', reason: 'dropout' } }));
    expect([error.code, error.field, error.message]).to.deep.equal([
      'bad-date',
      'ratings[1].date',
      `ratings[1].date must be on or before the episode's close on 2026-01-12, not "2026-01-13T08:00Z".`,
    ]);
  });

  it('property: a rating is refused exactly when its calendar day is after the day of the close', () => {
    const moment = fc.tuple(fc.integer({ min: 0, max: 20 }), fc.option(fc.integer({ min: 0, max: 23 }), { nil: undefined }));
    const written = ([weeks, hour]: [number, number | undefined]) => (hour === undefined ? day(weeks) : `${day(weeks)}T${String(hour).padStart(2, '0')}:00Z`);
    fc.assert(
      fc.property(moment, moment, (rated, close) => {
        const closed: EpisodeClosure = { date: written(close), reason: 'unplanned' };
        const ratings = [ors(20, 1, { date: written(rated) })];
        if (rated[0] <= close[0]) return summarizeEpisode(ratings, { closed }).closed === closed;
        return catchFitlineError(() => summarizeEpisode(ratings, { closed })).field === 'ratings[0].date';
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a close date that is not written as a date, even a list holding one, naming closed.date', () => {
    for (const date of [['2026-03-04'], 20260304, new Date('2026-03-04')]) {
      const error = catchFitlineError(() => summarizeEpisode([], { closed: { date: date as never, reason: 'planned' } }));
      expect([error.code, error.field], String(date)).to.deep.equal(['bad-option', 'closed.date']);
    }
  });

  it('only the episode the host closed carries the close: one a re-intake ended has none', () => {
    const ratings = [ors(12, 1), ors(15, 2), ors(28, 1, {}, 30), ors(29, 2, {}, 31)];
    const closed: EpisodeClosure = { date: day(32), reason: 'planned' };
    expect(summarizeAll(ratings, resolveEpisodeOptions({ closed })).map((s) => s.closed)).to.deep.equal([null, closed]);
    expect(summarizeCaseload([{ id: 'back', ratings, closed }]).endings).to.deep.equal({ open: 0, planned: 1, unplanned: 0, dropout: 0, unrecorded: 1 });
  });
});
