// The size budgets of the entry points, minified and gzipped at level 9, as built by
// rollup.config.js into dist/min. Each budget is one check in the test command, and so is the rule
// that a page showing only the scales downloads no charting code.
//
// `target` is the size each entry point must reach; where it is not reached yet, `limit` holds the
// size as it stands, so that nothing grows while the gap is closed (docs/decisions/0003-size-budgets.md).
// A limit moves down, to the target; it moves up only as docs/decisions/0003-size-budgets.md records.
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1000;
const BUDGETS = [
  { name: '@fitline/core', file: 'packages/core/dist/min/index.min.js', target: 6 * KB, limit: 14.57 * KB },
  { name: '<ors-scale> and <srs-scale> with lit', file: 'packages/elements/dist/min/scales.min.js', target: 14 * KB, limit: 14.21 * KB },
  // The chart's entry and the uPlot chunk it loads when it first draws, as a chart page downloads them.
  { name: '<fit-chart> with lit, uPlot and the core it uses', file: 'packages/elements/dist/min/fit-chart.min.js', target: 36 * KB, limit: 44.78 * KB },
];

const results = [];
const check = (name, passed, detail) => {
  results.push(passed);
  process.stdout.write(`${passed ? 'ok  ' : 'FAIL'} ${name}: ${detail}\n`);
};

/**
 * The file and every file it imports from beside it, statically or when it runs (the chart's uPlot
 * chunk): what a page that uses the entry point downloads, each file gzipped as it is served.
 */
function downloaded(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, relative] of code.matchAll(/(?:from|import\(?)\s*["'](\.\/[^"']+\.js)["']/g)) downloaded(join(dirname(file), relative), seen);
  return seen;
}

const kB = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
for (const { name, file, target, limit } of BUDGETS) {
  if (!existsSync(file)) {
    check(name, false, `${file} was not built`);
    continue;
  }
  const gzipped = [...downloaded(file)].reduce((sum, part) => sum + gzipSync(readFileSync(part), { level: 9 }).length, 0);
  const gap = gzipped > target ? `; target ${kB(target)}, ${kB(gzipped - target)} to go` : '';
  check(name, gzipped <= limit, `${kB(gzipped)} of ${kB(limit)}, minified and gzipped${gap}`);
}

const scalesModules = 'packages/elements/dist/min/scales.modules.json';
if (existsSync(scalesModules)) {
  const charting = JSON.parse(readFileSync(scalesModules, 'utf8')).filter((id) => /uplot|fit-chart/i.test(id));
  check('the scales load no charting code', charting.length === 0, charting.length === 0 ? 'no uPlot or fit-chart module in the scales bundle' : charting.join(', '));
} else {
  check('the scales load no charting code', false, `${scalesModules} was not built`);
}

const counts = { passed: results.filter(Boolean).length, failed: results.filter((ok) => !ok).length, skipped: 0 };
if (process.env.FITLINE_SIZE_COUNTS) writeFileSync(process.env.FITLINE_SIZE_COUNTS, JSON.stringify(counts));
process.exitCode = counts.failed > 0 ? 1 : 0;
