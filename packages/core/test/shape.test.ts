// The small rule language every check of the SDK is written in (shape.ts): what an error message says
// of the value it refuses, the names of a list's entries, and that every problem is reported, not the
// first alone.
import { expect } from 'chai';
import fc from 'fast-check';
import { above0, check, describe as describeValue, inTurn, is, lazy, list, nullable, object, relation, text, total, tuple, variant } from '../src/shape.js';

const problems = (shape: Parameters<typeof check>[0], value: unknown, field = 'x') => check(shape, value, 'bad-option', 'A value', field);
const fields = (shape: Parameters<typeof check>[0], value: unknown, field = 'x') => problems(shape, value, field).map((p) => p.field);
const positive = is((v) => typeof v === 'number' && v > 0, 'above 0');

describe('describe: a value as an error message names it', () => {
  it('quotes a string whole up to 40 characters, and cuts a longer one at 40 with an ellipsis', () => {
    const forty = 'a'.repeat(40);
    expect(describeValue(forty)).to.equal(`"${forty}"`);
    expect(describeValue(`${forty}b`)).to.equal(`"${forty}…"`);
    expect(describeValue('')).to.equal('""');
  });

  it('names a list by its length, an object as an object, and anything else as it prints', () => {
    expect(describeValue([1, 2, 3])).to.equal('a list of 3');
    expect(describeValue({ toString: 1 })).to.equal('an object');
    expect(describeValue(null)).to.equal('null');
    expect(describeValue(undefined)).to.equal('undefined');
    expect(describeValue(4.5)).to.equal('4.5');
    expect(describeValue(Symbol('s'))).to.equal('Symbol(s)');
  });

  it('property: never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true }), (value) => {
        expect(describeValue(value)).to.be.a('string');
      }),
    );
  });
});

describe('lists and tuples', () => {
  it('names each entry by its index, past 64 entries too, and reports every bad one', () => {
    const numbers = list(positive, 'a non-empty list');
    const long = Array.from({ length: 70 }, (_, i) => (i === 3 || i === 66 ? -1 : 1));
    expect(fields(numbers, long)).to.deep.equal(['x[3]', 'x[66]']);
    // A shorter list under the same field first, then a longer one: the names grow with it.
    expect(fields(numbers, [-1, 1], 'y')).to.deep.equal(['y[0]']);
    expect(fields(numbers, [1, 1, 1, -1], 'y')).to.deep.equal(['y[3]']);
    expect(problems(numbers, [])[0]!.message).to.equal('x must be a non-empty list, not a list of 0.');
  });

  it('a tuple checks every entry and reports each that breaks its rule', () => {
    const pair = tuple([positive, positive], 'a pair');
    expect(fields(pair, [-1, -2])).to.deep.equal(['x[0]', 'x[1]']);
    expect(fields(pair, [1])).to.deep.equal(['x']);
  });

  it('a failed object or tuple stops the shapes after it in turn, whichever of its fields failed', () => {
    const never = relation('', () => false, 'checked only after the fields');
    expect(fields(inTurn(object({ a: positive, b: positive }), never), { a: -1, b: 1 })).to.deep.equal(['x.a']);
    expect(fields(inTurn(tuple([positive, positive], 'a pair'), never), [-1, 1])).to.deep.equal(['x[0]']);
    expect(problems(object({ a: positive, b: positive }), 5)[0]!.message).to.equal('x must be an object { a, b }, not 5.');
    expect(problems(above0(10), 0)[0]!.message).to.equal('x must be a number above 0 up to 10, not 0.');
  });

  it('an object reports every field that breaks its rule, under the parent field as it changes', () => {
    const point = object({ a: positive, b: positive });
    expect(fields(point, { a: -1, b: -1 }, 'p')).to.deep.equal(['p.a', 'p.b']);
    expect(fields(point, { a: -1, b: 1 }, 'q')).to.deep.equal(['q.a']);
    expect(fields(point, { a: 1, b: -1 }, '')).to.deep.equal(['b']);
  });
});

describe('the other shapes', () => {
  it('nullable takes null and checks anything else', () => {
    expect(problems(nullable(positive), null)).to.deep.equal([]);
    expect(fields(nullable(positive), -1)).to.deep.equal(['x']);
    expect(fields(nullable(positive), undefined)).to.deep.equal(['x']);
  });

  it("variant picks the shape its key names, and the other shape for a key that is not a string or not known", () => {
    const shape = variant('kind', { one: object({ a: positive }) }, object({ kind: is(() => false, 'known') }));
    expect(problems(shape, { kind: 'one', a: 1 })).to.deep.equal([]);
    expect(fields(shape, { kind: 'one', a: -1 })).to.deep.equal(['x.a']);
    expect(fields(shape, { kind: 1, a: 1 })).to.deep.equal(['x.kind']);
    expect(fields(shape, { kind: 'toString' })).to.deep.equal(['x.kind']);
  });

  it('text is a non-empty string; total runs from 0 to 40; above0 from above 0 up to its max', () => {
    expect([problems(text, 'a'), fields(text, ''), fields(text, 1)]).to.deep.equal([[], ['x'], ['x']]);
    expect([0, 40, 12.34].map((v) => problems(total, v).length)).to.deep.equal([0, 0, 0]);
    expect([-0.1, 40.1, '20', NaN].map((v) => problems(total, v).length)).to.deep.equal([1, 1, 1, 1]);
    expect([0.1, 10].map((v) => problems(above0(10), v).length)).to.deep.equal([0, 0]);
    expect([0, 10.1, '5'].map((v) => problems(above0(10), v).length)).to.deep.equal([1, 1, 1]);
  });

  it('lazy builds its shape on first use, once', () => {
    let builds = 0;
    const shape = lazy(() => (builds++, positive));
    expect(builds).to.equal(0);
    expect(fields(shape, -1)).to.deep.equal(['x']);
    expect(problems(shape, 1)).to.deep.equal([]);
    expect(builds).to.equal(1);
  });
});
