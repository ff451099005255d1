import { expect } from 'chai';
import fc from 'fast-check';
import { scoreRating, validateItemValue, validateRating, FitlineError } from '../src/index.js';
import type { Rating } from '../src/index.js';
import { validRating, invalidRating } from './arbitraries.js';
import { catchFitlineError } from './catch-fitline-error.js';

const rating = (items: number[], extra: Partial<Rating> = {}): Rating => ({ instrument: 'ors', items, date: '2026-03-04', ...extra });

describe('scoreRating', () => {
  it('sums the four items exactly to a tenth', () => {
    expect(scoreRating(rating([0.1, 0.2, 0, 0])).total).to.equal(0.3);
    expect(scoreRating(rating([4.2, 5.1, 3.3, 4.7])).total).to.equal(17.3);
    expect(scoreRating(rating([10, 10, 10, 10])).total).to.equal(40);
    expect(scoreRating(rating([0, 0, 0, 0])).total).to.equal(0);
  });

  it('returns the items in the instrument order', () => {
    expect(scoreRating(rating([1.1, 2.2, 3.3, 4.4])).items).to.deep.equal([1.1, 2.2, 3.3, 4.4]);
  });

  it('scores a total-only rating as its total, with no items', () => {
    expect(scoreRating({ instrument: 'ors', items: [], total: 23.4, date: '2026-03-04', mode: 'paper' })).to.deep.equal({ total: 23.4, items: [] });
    expect(scoreRating({ instrument: 'srs', items: [], total: 0, date: '2026-03-04' })).to.deep.equal({ total: 0, items: [] });
    expect(scoreRating({ instrument: 'srs', items: [], total: 40, date: '2026-03-04' }).total).to.equal(40);
  });

  it('accepts a total beside four items only when it is their sum to a tenth', () => {
    expect(scoreRating(rating([0.1, 0.2, 0, 0], { total: 0.3 })).total).to.equal(0.3);
    const error = catchFitlineError(() => scoreRating(rating([4.2, 5.1, 3.3, 4.7], { total: 17.4 })));
    expect([error.code, error.field]).to.deep.equal(['total-mismatch', 'total']);
    expect(error.message).to.contain('17.3').and.contain('17.4');
  });

  it('refuses a total-only rating whose total is missing, out of range or finer than a tenth, naming the total', () => {
    expect([catchFitlineError(() => scoreRating(rating([]))).code, catchFitlineError(() => scoreRating(rating([]))).field]).to.deep.equal(['item-count', 'items']);
    for (const [total, code] of [[40.1, 'item-out-of-range'], [-0.1, 'item-out-of-range'], [23.45, 'item-too-fine'], [NaN, 'item-not-a-number'], ['23', 'item-not-a-number'], [null, 'item-not-a-number']] as const) {
      const error = catchFitlineError(() => scoreRating(rating([], { total: total as number })));
      expect([error.code, error.field], String(total)).to.deep.equal([code, 'total']);
    }
    expect(catchFitlineError(() => scoreRating(rating([], { total: 41 }))).message).to.contain('total must be from 0 to 40');
  });

  it('validateItemValue checks one item to 10, or with max 40 a total, as validateRating does', () => {
    expect(validateItemValue(10, 'items[0]')).to.equal(null);
    expect(validateItemValue(10.1, 'items[0]')).to.include({ code: 'item-out-of-range', field: 'items[0]' });
    expect(validateItemValue(40, 'total', 40)).to.equal(null);
    expect(validateItemValue(40.1, 'total', 40)).to.include({ code: 'item-out-of-range', field: 'total' });
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1, max: 41 }), fc.integer({ min: -10, max: 410 }).map((t) => t / 10), fc.constantFrom(NaN, '4', null)), (total) => {
        const alone = validateItemValue(total, 'total', 40);
        const inRating = validateRating(rating([], { total: total as number }));
        return alone === null ? inRating.length === 0 : inRating.length === 1 && inRating[0]!.code === alone.code && inRating[0]!.message === alone.message;
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a value finer than a tenth, naming the item and the rule', () => {
    const error = catchFitlineError(() => scoreRating(rating([4.25, 5, 5, 5])));
    expect(error).to.be.instanceOf(FitlineError);
    expect(error.code).to.equal('item-too-fine');
    expect(error.field).to.equal('items[0]');
    expect(error.message).to.contain('items[0]').and.contain('0.1');
  });

  for (const [label, input, code, field] of [
    ['10.1', rating([10.1, 5, 5, 5]), 'item-out-of-range', 'items[0]'],
    ['a negative item', rating([5, -0.1, 5, 5]), 'item-out-of-range', 'items[1]'],
    ['NaN', rating([5, 5, NaN, 5]), 'item-not-a-number', 'items[2]'],
    ['a string item', rating([5, 5, 5, '5' as unknown as number]), 'item-not-a-number', 'items[3]'],
    ['Infinity', rating([Infinity, 5, 5, 5]), 'item-out-of-range', 'items[0]'],
    ['three items', rating([5, 5, 5]), 'item-count', 'items'],
    ['an unknown instrument', { ...rating([5, 5, 5, 5]), instrument: 'phq9' }, 'unknown-instrument', 'instrument'],
    ['a bad date', rating([5, 5, 5, 5], { date: '2026-02-30' }), 'bad-date', 'date'],
    // Read in the zone of whichever machine reads it, the same rating would fall on another day elsewhere.
    ['a date-time without an offset', rating([5, 5, 5, 5], { date: '2026-03-04T23:30' }), 'bad-date', 'date'],
    ['a date-time with seconds and no offset', rating([5, 5, 5, 5], { date: '2026-03-04T09:30:00.000' }), 'bad-date', 'date'],
    // FHIR has no year 0000.
    ['the year 0000', rating([5, 5, 5, 5], { date: '0000-03-04' }), 'bad-date', 'date'],
    ['session 0', rating([5, 5, 5, 5], { session: 0 }), 'bad-session', 'session'],
    ['session 1.5', rating([5, 5, 5, 5], { session: 1.5 }), 'bad-session', 'session'],
    ['an unknown rater', { ...rating([5, 5, 5, 5]), rater: 'neighbour' }, 'unknown-rater', 'rater'],
    ['an unknown mode', { ...rating([5, 5, 5, 5]), mode: 'fax' }, 'unknown-mode', 'mode'],
    ['a string', 'ors 20', 'not-an-object', ''],
  ] as const) {
    it(`refuses ${label} with code ${code}`, () => {
      const error = catchFitlineError(() => scoreRating(input));
      expect(error.code).to.equal(code);
      expect(error.field ?? '').to.equal(field);
      expect(validateRating(input).map((p) => p.code)).to.include(code);
    });
  }

  it('knows the calendar: leap days, month lengths and clock times', () => {
    const dateOk = (date: string) => validateRating(rating([1, 2, 3, 4], { date })).length === 0;
    expect(['2024-02-29', '2000-02-29', '2026-04-30', '2026-12-31', '2026-03-04T23:59:59Z'].filter(dateOk)).to.have.length(5);
    expect(['2023-02-29', '2100-02-29', '2026-04-31', '2026-00-10', '2026-03-00', '2026-03-04T24:00Z', '2026-03-04T10:60Z'].filter(dateOk)).to.deep.equal([]);
  });

  it('names the rule for a date-time without its offset: the example shows one with it', () => {
    expect(validateRating(rating([1, 2, 3, 4], { date: '2026-03-04T10:15' }))[0]!.message).to.equal(
      'date must be an ISO 8601 date such as 2026-03-04 or 2026-03-04T10:15+01:00, not "2026-03-04T10:15".',
    );
    expect(validateRating(rating([1, 2, 3, 4], { date: '0001-01-01' }))).to.deep.equal([]);
  });

  it('accepts date-times with offsets and every rater and mode', () => {
    expect(validateRating(rating([1, 2, 3, 4], { date: '2026-03-04T10:15:00.000+01:00', rater: 'teacher', mode: 'paper', session: 3 }))).to.deep.equal([]);
  });

  it('property: the total is the sum of the items (or the total entered alone) to a tenth, for every valid rating', () => {
    fc.assert(
      fc.property(validRating(), (r) => {
        // A total-only rating's total is the one entered.
        const tenths = r.items.length ? r.items.reduce((sum, v) => sum + Math.round(v * 10), 0) : Math.round(r.total! * 10);
        const { total, items } = scoreRating(r);
        return total === tenths / 10 && total >= 0 && total <= 40 && String(total).length <= 4 && items.length === r.items.length;
      }),
      { numRuns: 2000 },
    );
  });

  it('property: every invalid rating is refused with a named code, and validateRating agrees', () => {
    fc.assert(
      fc.property(invalidRating(), ({ rating: bad, code }) => {
        const codes = validateRating(bad).map((p) => p.code);
        const error = catchFitlineError(() => scoreRating(bad));
        return codes.includes(code) && error instanceof FitlineError && codes.includes(error.code);
      }),
      { numRuns: 2000 },
    );
  });
});

