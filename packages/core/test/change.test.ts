// The Jacobson-Truax formulas a host calls with its own population figures: worked examples, the
// formulas' own properties, and bad numbers refused by name rather than turned into NaN.
import { expect } from 'chai';
import fc from 'fast-check';
import { jacobsonTruaxCutoff, reliableChangeIndex } from '../src/index.js';
import { catchFitlineError } from './catch-fitline-error.js';

describe('reliableChangeIndex', () => {
  it('works the formula: SE = SD * sqrt(1 - r), S_diff = sqrt(2) * SE, RCI = change / S_diff', () => {
    // SD 7.2 and r 0.8: SE = 3.2199, S_diff = 4.5537; a rise from 17.3 to 24.1 (6.8) gives 1.4933.
    expect(reliableChangeIndex(17.3, 24.1, 7.2, 0.8)).to.be.closeTo(1.4933, 1e-4);
    // Reliable at |RCI| > 1.96: here a change of 8.93 or more.
    expect(reliableChangeIndex(10, 18.93, 7.2, 0.8)).to.be.greaterThan(1.96);
    expect(reliableChangeIndex(10, 18.9, 7.2, 0.8)).to.be.lessThan(1.96);
  });

  it('property: a fall is the mirror of the same rise, and a reliability of 0 gives change / (SD * sqrt(2))', () => {
    const total = fc.integer({ min: 0, max: 400 }).map((t) => t / 10);
    const sd = fc.double({ min: 0.5, max: 40, noNaN: true });
    fc.assert(
      fc.property(total, total, sd, fc.double({ min: 0, max: 0.99, noNaN: true }), (a, b, s, r) => {
        expect(reliableChangeIndex(b, a, s, r)).to.be.closeTo(-reliableChangeIndex(a, b, s, r), 1e-9);
        expect(reliableChangeIndex(a, b, s, 0)).to.be.closeTo((b - a) / (s * Math.SQRT2), 1e-9);
      }),
    );
  });

  for (const [args, field] of [
    [[NaN, 20, 7, 0.8], 'before'],
    [[0, 1e308, 7, 0.8], 'after'],
    [[10, '20', 7, 0.8], 'after'],
    [[10, 20, 0, 0.8], 'sd'],
    [[10, 20, -7, 0.8], 'sd'],
    [[10, 20, 7, 1], 'reliability'],
    [[10, 20, 7, -0.1], 'reliability'],
    [[10, 20, 7, undefined], 'reliability'],
  ] as const) {
    it(`refuses ${JSON.stringify(args)} naming ${field}, rather than returning NaN or Infinity`, () => {
      const error = catchFitlineError(() => reliableChangeIndex(...(args as unknown as [number, number, number, number])));
      expect([error.code, error.field]).to.deep.equal(['bad-option', field]);
      expect(error.message).to.match(new RegExp(`^${field} must be `));
    });
  }
});

describe('jacobsonTruaxCutoff', () => {
  it('lies between the two means, weighted by the other population\'s spread', () => {
    // (6.8 * 19.6 + 8.7 * 28) / (6.8 + 8.7) = 24.31
    expect(jacobsonTruaxCutoff({ mean: 19.6, sd: 8.7 }, { mean: 28, sd: 6.8 })).to.be.closeTo(24.3148, 1e-4);
    // Equal spreads: the midpoint.
    expect(jacobsonTruaxCutoff({ mean: 20, sd: 5 }, { mean: 30, sd: 5 })).to.equal(25);
  });

  it('refuses a sample that is not { mean, sd } with an sd above 0, naming the field', () => {
    const good = { mean: 28, sd: 6.8 };
    for (const [clinical, functional, field] of [
      [{ mean: 19.6, sd: 0 }, good, 'clinical.sd'],
      [good, { mean: '28', sd: 6.8 }, 'functional.mean'],
      [null, good, 'clinical'],
    ] as const) {
      const error = catchFitlineError(() => jacobsonTruaxCutoff(clinical as never, functional as never));
      expect([error.code, error.field]).to.deep.equal(['bad-option', field]);
    }
  });
});
