// The norms at their edges: age 18 is adult, ages run from 0 to below 130, the cutoff follows the
// instrument (none for the unnormed YCORS, none where a profile gives none), and a profile's
// checkpoint windows run over whole sessions from 2 to 1000 with `to` at least `from`.
import { expect } from 'chai';
import fc from 'fast-check';
import { DEFAULT_NORMS, summarizeEpisode, validateNorms } from '../src/index.js';
import type { AgeGroup, NormsProfile, Rating, SessionWindow } from '../src/index.js';
import { outcomeNorm, resolveAgeGroup } from '../src/norms.js';
import { catchFitlineError } from './catch-fitline-error.js';

const AGE_GROUPS: AgeGroup[] = ['adult', 'adolescent', 'child', 'young-child'];
const intake: Rating = { instrument: 'ors', items: [5, 5, 5, 5], date: '2026-03-04', session: 1 };

describe('resolveAgeGroup at the age boundaries', () => {
  it('a client of exactly 18 is an adult, one a tenth of a year younger an adolescent', () => {
    expect(resolveAgeGroup('ors', { age: 18 })).to.equal('adult');
    expect(resolveAgeGroup('ors', { age: 17.9 })).to.equal('adolescent');
    expect(resolveAgeGroup('ors', { age: 13 })).to.equal('adolescent');
    expect(resolveAgeGroup('ors', { age: 6 })).to.equal('child');
    expect(resolveAgeGroup('ors', { age: 0 })).to.equal('young-child');
  });

  it('takes an age up to below 130 and refuses 130, naming the age', () => {
    expect(resolveAgeGroup('ors', { age: 129.9 })).to.equal('adult');
    const error = catchFitlineError(() => resolveAgeGroup('ors', { age: 130 }));
    expect([error.code, error.field]).to.deep.equal(['bad-option', 'age']);
  });

  it('refuses an age group it does not know, naming ageGroup', () => {
    const error = catchFitlineError(() => resolveAgeGroup('ors', { ageGroup: 'elder' as never }));
    expect([error.code, error.field]).to.deep.equal(['bad-option', 'ageGroup']);
  });

  it('refuses a mistyped age group beside a good age: the typo is named, not read past', () => {
    const error = catchFitlineError(() => resolveAgeGroup('ors', { age: 30, ageGroup: 'Adult' as never }));
    expect([error.code, error.field]).to.deep.equal(['bad-option', 'ageGroup']);
    const summarized = catchFitlineError(() => summarizeEpisode([intake], { age: 9, ageGroup: 'kid' as never }));
    expect([summarized.code, summarized.field]).to.deep.equal(['bad-option', 'ageGroup']);
  });

  it('with a good age and a good age group, the age decides', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 129.9, noNaN: true }), fc.constantFrom(...AGE_GROUPS), (age, ageGroup) => {
        expect(resolveAgeGroup('ors', { age, ageGroup })).to.equal(resolveAgeGroup('ors', { age }));
      }),
    );
  });
});

describe('outcomeNorm: the cutoff follows the instrument', () => {
  const withYoungChildCutoff: NormsProfile = {
    ...DEFAULT_NORMS,
    outcomeCutoff: { ...DEFAULT_NORMS.outcomeCutoff, 'young-child': { value: 20, source: 'a test profile', certainty: 'heuristic' } },
  };

  it('the unnormed YCORS has no cutoff, even when a profile gives young children one', () => {
    expect(outcomeNorm(withYoungChildCutoff, 'ycors', 'young-child')).to.deep.equal({ cutoff: null, warning: null });
  });

  it('a CORS keeps no cutoff when the profile gives children none', () => {
    const noChildCutoff: NormsProfile = { ...DEFAULT_NORMS, outcomeCutoff: { ...DEFAULT_NORMS.outcomeCutoff, child: null } };
    expect(outcomeNorm(noChildCutoff, 'cors', 'child')).to.deep.equal({ cutoff: null, warning: null });
  });

  it('an ORS given to a child has no cutoff, and its warning says that no cutoff applies', () => {
    const { cutoff, warning } = outcomeNorm(DEFAULT_NORMS, 'ors', 'child');
    expect(cutoff).to.equal(null);
    expect(warning).to.equal('The ORS was given to a client in the child age group, which it was not made for: no cutoff applies.');
  });
});

describe('validateNorms: checkpoint windows at their edges', () => {
  const window = (from: number, to: number): SessionWindow => ({ from, to, source: 'a test profile', certainty: 'heuristic' });
  const withWindow = (checkpoint: SessionWindow): NormsProfile => ({ ...DEFAULT_NORMS, checkpoints: { checkpoint, lastChance: DEFAULT_NORMS.checkpoints!.lastChance } });

  it('takes a window of one session, its `to` equal to its `from`, at the lowest session 2 and the highest 1000', () => {
    expect(validateNorms(withWindow(window(2, 2)))).to.deep.equal([]);
    expect(validateNorms(withWindow(window(1000, 1000)))).to.deep.equal([]);
  });

  for (const [from, to, field] of [
    [1, 6, 'checkpoints.checkpoint.from'],
    [2.5, 6, 'checkpoints.checkpoint.from'],
    [3, 1001, 'checkpoints.checkpoint.to'],
    [3, 6.5, 'checkpoints.checkpoint.to'],
    [6, 5, 'checkpoints.checkpoint.to'],
  ] as const) {
    it(`refuses a checkpoint window from ${from} to ${to}, naming ${field}`, () => {
      expect(validateNorms(withWindow(window(from, to))).map((p) => [p.code, p.field])).to.deep.equal([['bad-norms', field]]);
    });
  }

  it('names the norms in its refusal of something that is not a profile at all', () => {
    const [problem] = validateNorms(42);
    expect(problem!.code).to.equal('bad-norms');
    expect(problem!.message).to.match(/norms/i);
  });
});
