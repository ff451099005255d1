// The error every refusal throws, as a host reads it: its name and code to branch on, the field to
// point at, and every problem found, the first in the message.
import { expect } from 'chai';
import { validateRating, FitlineError } from '../src/index.js';
import { nestProblems } from '../src/errors.js';

describe('a refusal with several problems', () => {
  it('names the first in its message and counts the others, keeping all of them', () => {
    const problems = validateRating({ instrument: 'ors', items: [11, 12, 13, 4], date: '2026-03-04' });
    const error = FitlineError.fromProblems(problems);
    expect(error.message).to.equal(`${problems[0]!.message} (and 2 more)`);
    expect([error.code, error.field, error.problems]).to.deep.equal(['item-out-of-range', 'items[0]', problems]);
    expect(FitlineError.fromProblems(problems.slice(0, 1)).message).to.equal(problems[0]!.message);
    expect(() => FitlineError.fromProblems([])).to.throw(TypeError, 'no problems');
  });
});

describe('problems nested under a parent field', () => {
  it('joins a list index without a dot, a field with one, and gives a problem with no field the parent', () => {
    const nested = nestProblems('ratings[3]', [
      { code: 'item-out-of-range', field: 'items[0]', message: 'items[0] must be from 0 to 10, not 11.' },
      { code: 'bad-date', field: '[2]', message: 'the third must be a date.' },
      { code: 'not-an-object', field: '', message: 'A rating must be an object.' },
    ]);
    expect(nested).to.deep.equal([
      { code: 'item-out-of-range', field: 'ratings[3].items[0]', message: 'ratings[3]: items[0] must be from 0 to 10, not 11.' },
      { code: 'bad-date', field: 'ratings[3][2]', message: 'ratings[3]: the third must be a date.' },
      { code: 'not-an-object', field: 'ratings[3]', message: 'ratings[3]: A rating must be an object.' },
    ]);
  });
});

describe('a FitlineError made for one problem', () => {
  it('is named FitlineError and lists its one problem, with the field when there is one', () => {
    const withField = new FitlineError('bad-option', 'age must be a whole number, not -1.', 'age');
    expect([withField.name, withField.code, withField.field]).to.deep.equal(['FitlineError', 'bad-option', 'age']);
    expect(withField.problems).to.deep.equal([{ code: 'bad-option', field: 'age', message: 'age must be a whole number, not -1.' }]);
    const withoutField = new FitlineError('bad-csv', 'The CSV has no header row.');
    expect('field' in withoutField).to.equal(false);
    expect(withoutField.problems).to.deep.equal([{ code: 'bad-csv', field: '', message: 'The CSV has no header row.' }]);
  });
});
