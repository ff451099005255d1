// The browser test files split into shares of about equal time (test-file-shares.js): every file in
// exactly one share, none run twice, and the shares' recorded times close to each other.
import { expect } from 'chai';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { browserTestFiles, shareFiles as split } from './test-file-shares.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('test file shares', () => {
  it('finds the SDK page and every *.test.ts of the packages and examples, none from node_modules or dist', () => {
    const files: string[] = browserTestFiles(root);
    expect(files).to.include('packages/core/test/all-core-tests.browser.js');
    expect(files).to.include('packages/elements/src/many-on-a-page.test.ts');
    expect(files).to.include('examples/reflow.test.ts');
    expect(files.filter((file) => /node_modules|\/dist\/|packages\/core\/test\/.*\.test\.ts$/.test(file))).to.deep.equal([]);
  });

  it('splits by recorded time, the longest first: 40, 30, 20, 10 make 50 and 50', () => {
    const times = { a: 40, b: 30, c: 20, d: 10 };
    expect(split(['a', 'b', 'c', 'd'], 2, times)).to.deep.equal([['a', 'd'], ['b', 'c']]);
  });

  it('counts a file with no recorded time as the median one', () => {
    expect(split(['a', 'b', 'c', 'new'], 2, { a: 10, b: 1, c: 1 })).to.deep.equal([['a'], ['b', 'c', 'new']]);
  });

  it('property: every file in exactly one share, and no share longer than the other by more than the longest file', () => {
    const files = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(files, fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 60, maxLength: 60 }), (names, seconds) => {
        const times = Object.fromEntries(names.map((name, i) => [name, seconds[i]!]));
        const shares = split(names, 2, times);
        expect(shares.flat().sort()).to.deep.equal([...names].sort());
        const [first, second] = shares.map((share) => share.reduce((sum, name) => sum + times[name]!, 0));
        expect(Math.abs(first! - second!)).to.be.at.most(Math.max(...Object.values(times)));
      }),
    );
  });
});
