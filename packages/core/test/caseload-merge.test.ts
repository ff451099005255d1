// A caseload summarised in parts: tallies of parts holding whole episodes merge, with their groups, to
// what one pass gives; tallies that cannot stand for one caseload are refused by name.
import { expect } from 'chai';
import fc from 'fast-check';
import { mergeCaseloadTallies, summarizeCaseload, summaryFromTally, tallyCaseload } from '../src/index.js';
import type { CaseloadEpisode } from '../src/index.js';
import { generateCaseload } from '../src/sample/index.js';
import { catchFitlineError } from './catch-fitline-error.js';

type Clinician = CaseloadEpisode & { clinician: string };
const byClinician = { groupBy: (e: Clinician) => e.clinician };
/** A generated caseload shared by clinicians named so that their key order is not the order they appear in. */
const withClinicians = (seed: number, count: number): Clinician[] => generateCaseload(seed, count).map((e, i) => ({ ...e, clinician: ['Yusuf', 'Ann', 'Mei', 'Bo'][(i * 7 + (seed >>> 0)) % 4]! }));

describe('mergeCaseloadTallies', () => {
  it('property: a caseload tallied in parts, with its groups, and merged equals the one summarised at once', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 30 }), fc.array(fc.nat(), { maxLength: 3 }), (seed, count, cuts) => {
        const caseload = withClinicians(seed, count);
        const points = [0, ...[...new Set(cuts.map((c) => c % (count + 1)))].sort((a, b) => a - b), count];
        const parts = points.slice(1).map((to, k) => tallyCaseload(caseload.slice(points[k], to), byClinician));
        const merged = parts.reduce((a, b) => mergeCaseloadTallies(a, b));
        return JSON.stringify(summaryFromTally(merged)) === JSON.stringify(summarizeCaseload(caseload, byClinician));
      }),
      { numRuns: 40 },
    );
  });

  it("keeps a group that only one part has, whichever side it is on, and leaves both parts as they were", () => {
    const caseload = withClinicians(11, 12);
    const first = tallyCaseload(caseload.filter((e) => e.clinician === 'Ann'), byClinician);
    const second = tallyCaseload(caseload.filter((e) => e.clinician !== 'Ann'), byClinician);
    const before = JSON.stringify([first, second]);
    const whole = summarizeCaseload(caseload, byClinician);
    expect(summaryFromTally(mergeCaseloadTallies(first, second))).to.deep.equal(whole);
    expect(summaryFromTally(mergeCaseloadTallies(second, first))).to.deep.equal(whole);
    expect(JSON.stringify([first, second])).to.equal(before);
  });

  it('lists the groups in key order, whatever order their episodes came in', () => {
    const summary = summarizeCaseload(withClinicians(1, 12), byClinician);
    expect(Object.keys(summary.groups!)).to.deep.equal(['Ann', 'Bo', 'Mei', 'Yusuf']);
  });

  it('refuses to merge a grouped tally with one without groups, either way round, naming groups', () => {
    const caseload = withClinicians(3, 6);
    const grouped = tallyCaseload(caseload, byClinician);
    const plain = tallyCaseload(caseload);
    for (const [a, b] of [
      [grouped, plain],
      [plain, grouped],
    ]) {
      const error = catchFitlineError(() => mergeCaseloadTallies(a!, b!));
      expect([error.code, error.field, error.message]).to.deep.equal(['bad-option', 'groups', 'Tallies with and without groups cannot be merged.']);
    }
  });

  it('refuses to merge tallies kept to different attention limits, naming attentionLimit', () => {
    const caseload = withClinicians(5, 6);
    for (const [a, b] of [
      [5, undefined],
      [5, 6],
    ]) {
      const error = catchFitlineError(() => mergeCaseloadTallies(tallyCaseload(caseload, { attentionLimit: a }), tallyCaseload(caseload, { attentionLimit: b })));
      expect([error.code, error.field, error.message]).to.deep.equal(['bad-option', 'attentionLimit', 'Tallies with different attention limits cannot be merged.']);
    }
  });
});
