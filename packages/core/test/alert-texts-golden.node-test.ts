// Every alert text in every language is the one reviewed: each code worded from each set of facts in
// alert-texts-variants.ts (collateral raters of each kind, a group's alliance, one item or several, a
// young child, a named client) equals golden/alert-texts.golden.ts. A translation, a rater's wording
// or a plural that changes by accident fails here; one changed on purpose is written again with
// `npm run golden:alert-texts`, and the golden file's diff is what a reviewer reads. In Node only: the
// numbers are written by Intl, and browsers' Intl data differ (Arabic digits, for one) from Node's,
// which wrote the golden file; the browser tests check the numbers against Intl itself
// (alert-texts.test.ts).
import { expect } from 'chai';
import { ALERT_CODES, wordAlert } from '../src/index.js';
import { makeAlert } from '../src/alerts.js';
import { ALERT_TABLES } from './alert-tables.js';
import { ALERT_VARIANTS } from './alert-texts-variants.js';
import { ALERT_TEXTS_GOLDEN } from './golden/alert-texts.golden.js';

describe('alert texts: every language as reviewed', () => {
  it('has a golden entry for every language, code and set of facts', () => {
    expect(Object.keys(ALERT_TEXTS_GOLDEN).sort()).to.deep.equal(ALERT_TABLES.map((t) => t.lang).sort());
    for (const lang of Object.keys(ALERT_TEXTS_GOLDEN)) {
      expect(Object.keys(ALERT_TEXTS_GOLDEN[lang]!).sort(), lang).to.deep.equal([...ALERT_CODES].sort());
    }
  });

  for (const table of ALERT_TABLES) {
    it(`${table.lang}: words every code from every set of facts as reviewed`, () => {
      for (const code of ALERT_CODES) {
        for (const [variant, facts] of Object.entries(ALERT_VARIANTS)) {
          const { message, prompt } = wordAlert(makeAlert(code, facts), table);
          expect([message, prompt], `${table.lang} ${code}, ${variant}`).to.deep.equal(ALERT_TEXTS_GOLDEN[table.lang]![code]![variant]);
        }
      }
    });
  }
});
