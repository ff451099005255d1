// Writes packages/core/test/golden/alert-texts.golden.ts: every alert code worded in every language
// for each set of facts in alert-texts-variants.ts. The golden test compares the tables with it, so
// a translation changes only on purpose: after a reviewed change to a table, run
// `npm run golden:alert-texts`, and read the diff of the golden file before committing it.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const core = (path) => import(new URL(`../core/${path}`, import.meta.url).href);
const { ALERT_CODES, wordAlert } = await core('src/index.ts');
const { makeAlert } = await core('src/alerts.ts');
const { ALERT_VARIANTS } = await core('test/alert-texts-variants.ts');
const { ALERT_TABLES } = await core('test/alert-tables.ts');

const golden = {};
for (const table of ALERT_TABLES) {
  golden[table.lang] = {};
  for (const code of ALERT_CODES) {
    golden[table.lang][code] = Object.fromEntries(Object.entries(ALERT_VARIANTS).map(([variant, facts]) => {
      const { message, prompt } = wordAlert(makeAlert(code, facts), table);
      return [variant, [message, prompt]];
    }));
  }
}
const file = fileURLToPath(new URL('../core/test/golden/alert-texts.golden.ts', import.meta.url));
writeFileSync(
  file,
  `// Written by packages/internal-scripts/write-alert-texts-golden.js (npm run golden:alert-texts): every alert\n` +
    `// code in every language, for each set of facts in alert-texts-variants.ts, as [message, prompt].\n` +
    `// Clinical wording: a change here is a change a clinician who speaks the language should review.\n` +
    `export const ALERT_TEXTS_GOLDEN: Record<string, Record<string, Record<string, [string, string]>>> = ${JSON.stringify(golden, null, 1)};\n`,
);
console.log(`wrote ${file}`);
