import { expect } from 'chai';
import fc from 'fast-check';
import { FitlineError, scoreRating, summarizeCaseload, validateRating } from '../src/index.js';
import { createRandom, generateCaseload, generateEpisode } from '../src/sample/index.js';

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe('createRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(42)).to.deep.equal(draw(42));
    expect(draw(42)).to.not.deep.equal(draw(43));
  });

  it('draws uniform numbers in [0, 1), whole numbers in range and normal draws with the asked mean and SD', () => {
    const random = createRandom(7);
    const uniform = Array.from({ length: 20000 }, () => random.next());
    expect(Math.min(...uniform)).to.be.at.least(0);
    expect(Math.max(...uniform)).to.be.below(1);
    expect(mean(uniform)).to.be.closeTo(0.5, 0.01);
    const ints = Array.from({ length: 2000 }, () => random.int(3, 5));
    expect(new Set(ints)).to.deep.equal(new Set([3, 4, 5]));
    const normal = Array.from({ length: 20000 }, () => random.normal(19, 7));
    const m = mean(normal);
    expect(m).to.be.closeTo(19, 0.2);
    expect(Math.sqrt(mean(normal.map((x) => (x - m) ** 2)))).to.be.closeTo(7, 0.2);
    expect(['a', 'b']).to.include(random.pick(['a', 'b']));
  });
});

describe('generateCaseload', () => {
  it('is the same for the same seed, and differs for another', () => {
    expect(generateCaseload(1, 20)).to.deep.equal(generateCaseload(1, 20));
    expect(generateCaseload(1, 20)).to.not.deep.equal(generateCaseload(2, 20));
  });

  it('numbers the clients client-0001, client-0002...', () => {
    expect(generateCaseload(3, 3).map((e) => e.id)).to.deep.equal(['client-0001', 'client-0002', 'client-0003']);
    const large = generateCaseload(3, 10000, { sessions: 1, alliance: false });
    expect([large[0]!.id, large.at(-1)!.id]).to.deep.equal(['client-00001', 'client-10000']);
  });

  it('property: every generated rating is valid', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 20 }), (seed, count) =>
        generateCaseload(seed, count).every((e) => e.ratings.every((r) => validateRating(r).length === 0)),
      ),
      { numRuns: 200 },
    );
  });

  it('looks like a real caseload', () => {
    const episodes = generateCaseload(2026, 2000);
    const summary = summarizeCaseload(episodes);
    // Intakes mostly in the clinical range, around 19.
    expect(summary.meanIntake).to.be.within(17.5, 20.5);
    const intakes = episodes.map((e) => scoreRating(e.ratings[0]!).total);
    expect(intakes.filter((t) => t < 25).length / intakes.length).to.be.within(0.7, 0.9);
    // Most improve, some do not, a few get worse.
    const pct = summary.percentByChangeClass;
    expect(pct.recovered! + pct.improved!).to.be.within(40, 75);
    expect(pct['no-change']).to.be.within(15, 50);
    expect(pct.deteriorated).to.be.within(2, 15);
    // Session ratings mostly 36 to 40, with dips.
    const alliance = episodes.flatMap((e) => e.ratings.filter((r) => r.instrument.endsWith('srs')).map((r) => scoreRating(r).total));
    const high = alliance.filter((t) => t >= 36).length / alliance.length;
    expect(high).to.be.within(0.8, 0.97);
    // Mostly adults, some adolescents and children.
    expect(summary.byAgeGroup.adult / 2000).to.be.within(0.6, 0.8);
    expect(summary.byAgeGroup.adolescent).to.be.above(150);
    expect(summary.byAgeGroup.child).to.be.above(150);
  });
});

describe('generateEpisode', () => {
  it('gives children the CORS and CSRS, some with a caretaker, and adults the ORS and SRS', () => {
    const episodes = generateCaseload(5, 300);
    for (const e of episodes) {
      const instruments = new Set(e.ratings.map((r) => r.instrument));
      expect([...instruments].sort()).to.deep.equal(e.age! < 13 ? ['cors', 'csrs'] : ['ors', 'srs']);
    }
    const children = episodes.filter((e) => e.age! < 13);
    expect(children.some((e) => e.ratings.some((r) => r.rater === 'caretaker'))).to.equal(true);
    expect(episodes.filter((e) => e.age! >= 13).every((e) => e.ratings.every((r) => r.rater === undefined))).to.equal(true);
  });

  it('gives sessions weekly from the start, an outcome and an alliance rating each', () => {
    const episode = generateEpisode(createRandom(9), { sessions: 12, start: '2026-01-05', ages: false, collateral: false });
    expect(episode.age).to.equal(undefined);
    expect(episode.ratings).to.have.length(24);
    const outcome = episode.ratings.filter((r) => r.instrument === 'ors');
    expect(outcome.map((r) => r.session)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const days = outcome.map((r) => Date.parse(r.date) / 86_400_000);
    expect(days.slice(1).map((d, i) => d - days[i]!)).to.deep.equal(Array(11).fill(7));
    expect((days[0]! - Date.parse('2026-01-05') / 86_400_000) % 7).to.equal(0);
    expect(episode.ratings.filter((r) => r.instrument === 'srs')).to.have.length(12);
  });

  it('follows the course asked for, improvement slowing over the sessions', () => {
    const courses = (course: 'improving' | 'deteriorating') =>
      Array.from({ length: 200 }, (_, i) => generateEpisode(createRandom(i), { sessions: 12, ages: false, course }).ratings.filter((r) => r.instrument === 'ors').map((r) => scoreRating(r).total));
    const improving = courses('improving');
    const gainAt = (s: number) => mean(improving.map((t) => t[s]! - t[0]!));
    expect(gainAt(11)).to.be.above(5);
    // Most of the gain comes in the first half.
    expect(gainAt(5) - gainAt(0)).to.be.above(gainAt(11) - gainAt(5));
    expect(mean(courses('deteriorating').map((t) => t[11]! - t[0]!))).to.be.below(-3);
  });

  it('refuses a bad start date or session count', () => {
    expect(() => generateEpisode(createRandom(1), { start: 'soon' })).to.throw(FitlineError, 'start');
    expect(() => generateEpisode(createRandom(1), { sessions: 0 })).to.throw(FitlineError, 'sessions');
  });

  it('keeps items in whole tenths that sum to the total', () => {
    for (const r of generateCaseload(11, 50).flatMap((e) => e.ratings)) {
      const { total, items } = scoreRating(r);
      expect(items).to.deep.equal(r.items);
      expect(Math.round(items.reduce((a, b) => a + b, 0) * 10)).to.equal(Math.round(total * 10));
    }
  });
});
