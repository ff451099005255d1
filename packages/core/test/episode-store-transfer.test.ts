// A store crosses to another thread as plain data and is absorbed there in order: a caseload read in
// parts must come back as if it had been read in one pass.
import { expect } from 'chai';
import fc from 'fast-check';
import type { Rating } from '../src/index.js';
import { EpisodeStore, episodeName } from '../src/episode-store.js';
import type { StoreTransfer } from '../src/episode-store.js';
import { validRating } from './arbitraries.js';

// In every engine and in Node (17 and later), though not in the ES library the tests are checked against.
const { structuredClone } = globalThis as unknown as { structuredClone: <T>(value: T, options: { transfer: ArrayBuffer[] }) => T };

const storeOf = (ratings: Rating[]): EpisodeStore => {
  const store = new EpisodeStore();
  for (const r of ratings) store.add(r);
  return store;
};
const contents = (store: EpisodeStore) => [...store.episodesWithRatings()];

const rating = (clientId: string | undefined, episodeId: string | undefined, total: number, day: number): Rating => {
  const r: Rating = { instrument: 'srs', items: [], total, date: `2026-03-${String(day).padStart(2, '0')}` };
  if (clientId !== undefined) r.clientId = clientId;
  if (episodeId !== undefined) r.episodeId = episodeId;
  return r;
};

describe('EpisodeStore', () => {
  it('gives back each rating with the fields it was added with, and no others', () => {
    const withItems: Rating = { instrument: 'ors', items: [4.2, 5, 3.3, 4.8], date: '2026-03-04', session: 2, rater: 'caretaker', clientId: 'c1', episodeId: 'e1' };
    const totalOnly: Rating = { instrument: 'gsrs', items: [], total: 36.5, date: '2026-03-05' };
    const store = storeOf([withItems, totalOnly]);
    expect(store.ratings).to.equal(2);
    expect(contents(store)).to.deep.equal([
      { clientId: 'c1', episodeId: 'e1', ratings: [withItems] },
      { clientId: undefined, episodeId: undefined, ratings: [{ ...totalOnly, rater: 'client' }] },
    ]);
  });

  it('names an episode by the ids it has: client and episode, either alone, or neither', () => {
    expect(episodeName('Zoë', 'e-1')).to.equal('Zoë / e-1');
    expect(episodeName('Zoë', undefined)).to.equal('Zoë');
    expect(episodeName(undefined, 'e-1')).to.equal('e-1');
    expect(episodeName(undefined, undefined)).to.equal('ratings without client or episode id');
  });

  it('holds more ratings than its first block has room for, none lost', () => {
    const ratings = Array.from({ length: 2500 }, (_, i) => rating(`c${i % 7}`, 'e1', (i % 400) / 10, 1 + (i % 28)));
    const store = storeOf(ratings);
    expect(store.ratings).to.equal(2500);
    const back = contents(store);
    expect(back.map((e) => e.ratings.length)).to.deep.equal([358, 357, 357, 357, 357, 357, 357]);
    back.forEach((e, k) => expect(e.ratings).to.deep.equal(ratings.filter((r) => r.clientId === `c${k}`).map((r) => ({ ...r, rater: 'client' }))));
  });

  it('transfers only the ratings it holds, 48 bytes each, and reads the same after crossing to another thread', () => {
    const ratings = [rating('a', 'e1', 20, 1), rating('b', undefined, 25, 2), rating('a', 'e1', 30, 3), rating(undefined, 'x', 12.5, 4)];
    const transfer = storeOf(ratings).toTransfer();
    expect(transfer.data.byteLength).to.equal(48 * ratings.length);
    expect(transfer.episodes.map(([clientId, episodeId]) => [clientId, episodeId])).to.deep.equal([
      ['a', 'e1'],
      ['b', undefined],
      [undefined, 'x'],
    ]);
    const crossed: StoreTransfer = structuredClone(transfer, { transfer: [transfer.data.buffer as ArrayBuffer] });
    const there = new EpisodeStore();
    there.absorb(crossed);
    expect(there.ratings).to.equal(4);
    expect(contents(there)).to.deep.equal(contents(storeOf(ratings)));
  });

  it('absorbs a later part after its own ratings, so an episode split between parts keeps the order it was read in', () => {
    const first = [rating('a', 'e1', 10, 1), rating('b', 'e1', 11, 1), rating('a', 'e1', 12, 2)];
    const later = [rating('c', 'e1', 13, 1), rating('a', 'e1', 14, 3), rating('b', 'e1', 15, 2), rating('a', 'e1', 16, 4)];
    const store = storeOf(first);
    store.absorb(storeOf(later).toTransfer());
    expect(contents(store).map((e) => [e.clientId, e.ratings.map((r) => r.total)])).to.deep.equal([
      ['a', [10, 12, 14, 16]],
      ['b', [11, 15]],
      ['c', [13]],
    ]);
  });

  it('property: an export read in parts, each part absorbed in turn, holds what one pass holds', () => {
    fc.assert(
      fc.property(fc.array(validRating(), { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 4 }), (ratings, cuts) => {
        const points = [0, ...[...new Set(cuts.map((c) => c % (ratings.length + 1)))].sort((a, b) => a - b), ratings.length];
        const store = new EpisodeStore();
        for (let k = 1; k < points.length; k++) store.absorb(storeOf(ratings.slice(points[k - 1], points[k])).toTransfer());
        return store.ratings === ratings.length && JSON.stringify(contents(store)) === JSON.stringify(contents(storeOf(ratings)));
      }),
      { numRuns: 200 },
    );
  });
});
