// A host's mistake in a caseload call is refused with a FitlineError naming the episode or option and
// the rule, before any figure is computed; an error that is not about Fitline's input passes unchanged.
import { expect } from 'chai';
import { summarizeCaseload, tallyCaseload } from '../src/index.js';
import type { CaseloadEpisode } from '../src/index.js';
import { catchFitlineError } from './catch-fitline-error.js';
import { series } from './outcome-series.js';

const caseload: CaseloadEpisode[] = [
  { id: 'a', ratings: series('ors', 20, 14) },
  { id: 'b', ratings: series('ors', 18, 30) },
  { id: 'c', ratings: series('srs', 30) },
];
const described = (fn: () => unknown) => {
  const error = catchFitlineError(fn);
  return [error.code, error.field, error.message];
};

describe('summarizeCaseload refusals', () => {
  it('refuses episodes that are not a list, naming episodes', () => {
    expect(described(() => tallyCaseload({ a: caseload[0] } as never))).to.deep.equal(['not-an-object', 'episodes', 'episodes must be a list of { id, ratings }.']);
  });

  it('refuses an episode that is not an object with a non-empty string id, naming its place', () => {
    for (const bad of [undefined, null, 'a', 7, { id: 7, ratings: [] }, { id: '', ratings: [] }, { ratings: [] }]) {
      expect(described(() => summarizeCaseload([caseload[0]!, bad as never]))).to.deep.equal([
        'not-an-object',
        'episodes[1]',
        'episodes[1] must be an object with a non-empty string id and a list of ratings.',
      ]);
    }
  });

  it('refuses a groupBy that is not a function, and a group that is not a string, naming the episode', () => {
    expect(described(() => summarizeCaseload(caseload, { groupBy: 'clinician' as never }))).to.deep.equal(['bad-option', 'groupBy', "groupBy must be a function that returns an episode's group."]);
    expect(described(() => summarizeCaseload(caseload, { groupBy: (e) => (e.id === 'b' ? 3 : 'x') as string }))).to.deep.equal([
      'bad-option',
      'episodes[1]',
      'groupBy must return a string; for episodes[1] it returned number.',
    ]);
  });

  it('takes an attention limit of 1 up, and refuses any other, naming attentionLimit', () => {
    expect(summarizeCaseload(caseload).attention.map((a) => a.id)).to.deep.equal(['a', 'c']);
    expect(summarizeCaseload(caseload, { attentionLimit: 1 }).attention.map((a) => a.id)).to.deep.equal(['a']);
    for (const bad of [0, -3, 1.5, '3', Infinity]) {
      expect(described(() => summarizeCaseload(caseload, { attentionLimit: bad as never }))).to.deep.equal(['bad-option', 'attentionLimit', `attentionLimit must be a whole number from 1 up, not ${String(bad)}.`]);
    }
  });

  it('names a bad reference before it looks at any episode', () => {
    const reference = { label: 'r', source: 's', meanChange: 8, sd: 0, changeModel: { intercept: 0, intakeSlope: 0 } };
    expect(catchFitlineError(() => summarizeCaseload([null as never], { reference })).field).to.equal('reference.sd');
  });

  it("lets an error thrown by the host's own data through unchanged", () => {
    const offline = new Error('the records database is offline');
    const lazy = {
      id: 'c',
      get ratings(): never {
        throw offline;
      },
    };
    expect(() => summarizeCaseload([caseload[0]!, lazy])).to.throw(offline);
  });
});
