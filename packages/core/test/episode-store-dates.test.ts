// An episode store keeps a rating's date as its day as written, its moment and its UTC offset: the
// date it gives back must order and read as the one added, whatever zone the clinic is in.
import { expect } from 'chai';
import fc from 'fast-check';
import type { Rating } from '../src/index.js';
import { EpisodeStore } from '../src/episode-store.js';

const rated = (date: string): Rating => ({ instrument: 'ors', items: [5, 5, 5, 5], date, session: 1, clientId: 'c1', episodeId: 'e1' });

/** The dates a store gives back for ratings added with these dates, in order. */
function storedDates(...dates: string[]): string[] {
  const store = new EpisodeStore();
  for (const date of dates) store.add(rated(date));
  return [...store.episodesWithRatings()].flatMap((e) => e.ratings.map((r) => r.date));
}

/** A UTC offset as written: Z, or a sign, hours and minutes, in quarter hours up to 14:45 either way. */
const offsetText = () =>
  fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 14 }), fc.constantFrom('00', '15', '30', '45')).map(([sign, h, m]) =>
    h === 0 && m === '00' ? 'Z' : `${sign}${String(h).padStart(2, '0')}:${m}`,
  );

describe('EpisodeStore dates', () => {
  it('gives back a UTC time as the same UTC time, to the millisecond', () => {
    expect(storedDates('2026-03-04T09:30:00Z', '2026-03-04T09:30Z', '2026-03-04T23:59:59.250Z')).to.deep.equal([
      '2026-03-04T09:30:00.000Z',
      '2026-03-04T09:30:00.000Z',
      '2026-03-04T23:59:59.250Z',
    ]);
  });

  it('gives back a time east or west of UTC in its own zone: the clock time and the offset as written', () => {
    expect(storedDates('2026-03-04T09:30+05:45', '2026-03-04T09:30:00-03:30', '2026-03-04T18:05:00.500+14:00', '2026-03-04T06:00-10:00')).to.deep.equal([
      '2026-03-04T09:30:00.000+05:45',
      '2026-03-04T09:30:00.000-03:30',
      '2026-03-04T18:05:00.500+14:00',
      '2026-03-04T06:00:00.000-10:00',
    ]);
  });

  it('gives back an offset of zero minutes as Z, the same moment', () => {
    expect(storedDates('2026-03-04T09:30+00:00', '2026-03-04T09:30-00:00')).to.deep.equal(['2026-03-04T09:30:00.000Z', '2026-03-04T09:30:00.000Z']);
  });

  it('gives back a day without a time as that day alone, in a year before 1000 too', () => {
    expect(storedDates('2026-03-04', '2026-12-31', '0999-01-09', '0001-01-01')).to.deep.equal(['2026-03-04', '2026-12-31', '0999-01-09', '0001-01-01']);
  });

  it('keeps the day each rating was written on: late evening in New York and early morning in Berlin stay apart', () => {
    // 4 March 23:30 in New York is 5 March 04:30 UTC; 5 March 01:00 in Berlin is 4 March 23:00 UTC.
    const back = storedDates('2026-03-04T23:30-05:00', '2026-03-05T01:00+02:00');
    expect(back).to.deep.equal(['2026-03-04T23:30:00.000-05:00', '2026-03-05T01:00:00.000+02:00']);
    expect(back.map((d) => d.slice(0, 10))).to.deep.equal(['2026-03-04', '2026-03-05']);
    expect(Date.parse(back[0]!) - Date.parse(back[1]!)).to.equal(5.5 * 3600000);
  });

  it('property: any clock time in any zone comes back as that clock time in that zone, the same moment', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 19)),
        offsetText(),
        (clock, offset) => {
          const written = `${clock}${offset}`;
          const [back] = storedDates(written);
          return back === `${clock}.000${offset}` && Date.parse(back) === Date.parse(written);
        },
      ),
      { numRuns: 300 },
    );
  });
});
