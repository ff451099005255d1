// Reliable change at its edges: a change of exactly the fixed threshold counts and one tenth less does
// not; an index of exactly 1.96 does not count (|RCI| > 1.96); "recovered" needs an intake below the
// cutoff, so an intake at the cutoff is not in the clinical range; and the arguments a host passes are
// refused at the edges of their ranges, by name.
import { expect } from 'chai';
import fc from 'fast-check';
import { classifyChange, reliableChangeIndex, reliableDirection, smallestReliableChange } from '../src/change.js';
import type { ReliableChangeRule } from '../src/norms.js';
import { catchFitlineError } from './catch-fitline-error.js';

const fixed = (points: number): ReliableChangeRule => ({ method: 'fixed', points, source: 'a test rule', certainty: 'heuristic' });
const rci = (sd: number, reliability: number): ReliableChangeRule => ({ method: 'rci', sd, reliability, source: 'a test rule', certainty: 'heuristic' });

describe('reliable change under a fixed number of points', () => {
  it('a change of exactly the threshold counts, both ways, and one tenth less does not', () => {
    for (const points of [5, 6.6, 10]) {
      expect(reliableDirection(10, 10 + points, fixed(points)), `+${points}`).to.equal(1);
      expect(reliableDirection(30, 30 - points, fixed(points)), `-${points}`).to.equal(-1);
      expect(reliableDirection(10, 10 + points - 0.1, fixed(points)), `+${points} - 0.1`).to.equal(0);
      expect(reliableDirection(30, 30 - points + 0.1, fixed(points)), `-${points} + 0.1`).to.equal(0);
    }
  });

  it('property: the smallest reliable change of a fixed rule is its points rounded up to a tenth', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (tenths) => {
        const points = tenths / 10;
        expect(smallestReliableChange(fixed(points))).to.equal(points);
      }),
    );
  });
});

describe('reliable change under the reliable change index', () => {
  // With r = 0, S_diff = sqrt(2) * SD; this SD puts a change of 1.2 at an index of exactly 1.96.
  const sd = 1.2 / (1.96 * Math.SQRT2);

  it('an index of exactly 1.96 is not reliable: the rule is |RCI| > 1.96', () => {
    expect(reliableChangeIndex(0, 1.2, sd, 0)).to.equal(1.96);
    expect(reliableDirection(10, 11.2, rci(sd, 0))).to.equal(0);
    expect(reliableDirection(10, 8.8, rci(sd, 0))).to.equal(0);
    expect(reliableDirection(10, 11.3, rci(sd, 0))).to.equal(1);
    expect(reliableDirection(10, 8.7, rci(sd, 0))).to.equal(-1);
  });

  it('the reported smallest reliable change is the next tenth past an index of exactly 1.96', () => {
    expect(smallestReliableChange(rci(sd, 0))).to.equal(1.3);
  });

  it('works the threshold 1.96 * sqrt(2) * SD * sqrt(1 - r) up to the next tenth: SD 7.2, r 0.8 gives 8.93, so 9.0', () => {
    expect(smallestReliableChange(rci(7.2, 0.8))).to.equal(9);
    expect(reliableDirection(10, 18.9, rci(7.2, 0.8))).to.equal(0);
    expect(reliableDirection(10, 19, rci(7.2, 0.8))).to.equal(1);
  });

  it('a threshold past the top of the 0 to 40 scale is still the smallest tenth that counts, so no change on the scale is said to reach it', () => {
    // SD 20 and r 0: 1.96 * sqrt(2) * 20 = 55.44, more than any change of a total can be; 55.4 does not count, 55.5 would.
    expect(smallestReliableChange(rci(20, 0))).to.equal(55.5);
    expect(reliableDirection(0, 40, rci(20, 0))).to.equal(0);
    expect(smallestReliableChange(fixed(40.05))).to.equal(40.1);
  });

  it('property: the smallest reliable change counts and one tenth less does not, for any rule, on the scale or past it', () => {
    const rule = fc.oneof(
      fc.integer({ min: 1, max: 1000 }).map((t) => fixed(t / 10)),
      fc.tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 99 })).map(([s, r]) => rci(s / 10, r / 100)),
    );
    fc.assert(
      fc.property(rule, (r) => {
        const smallest = smallestReliableChange(r);
        expect(reliableDirection(0, smallest, r)).to.equal(1);
        expect(reliableDirection(0, Math.round(smallest * 10 - 1) / 10, r)).to.equal(0);
      }),
    );
  });
});

describe('classifyChange at the clinical cutoff', () => {
  const rule = fixed(5);

  it('an intake exactly at the cutoff is not in the clinical range, so a reliable rise from it is "improved", not "recovered"', () => {
    expect(classifyChange(25, 31, rule, 25)).to.equal('improved');
  });

  it('a reliable rise from one tenth below the cutoff to exactly the cutoff is "recovered"', () => {
    expect(classifyChange(19.9, 25, rule, 25)).to.equal('recovered');
    expect(classifyChange(20, 24.9, rule, 25)).to.equal('no-change');
  });

  it('without a cutoff a reliable rise is at most "improved"', () => {
    expect(classifyChange(0, 40, rule, null)).to.equal('improved');
  });
});

describe('the arguments of reliableChangeIndex at the edges of their ranges', () => {
  it('takes a standard deviation from exactly 0.1 to exactly 40', () => {
    expect(reliableChangeIndex(0, 1, 0.1, 0)).to.be.closeTo(1 / (0.1 * Math.SQRT2), 1e-9);
    expect(reliableChangeIndex(0, 40, 40, 0)).to.be.closeTo(1 / Math.SQRT2, 1e-9);
  });

  for (const [sd, reliability, field] of [
    [0.09, 0.8, 'sd'],
    [40.1, 0.8, 'sd'],
    ['7', 0.8, 'sd'],
    [7, '0.8', 'reliability'],
  ] as const) {
    it(`refuses sd ${JSON.stringify(sd)} with reliability ${JSON.stringify(reliability)}, naming ${field}`, () => {
      const error = catchFitlineError(() => reliableChangeIndex(10, 20, sd as number, reliability as number));
      expect([error.code, error.field]).to.deep.equal(['bad-option', field]);
    });
  }
});
