// Splits the browser test files into shares of about equal time, one browser of each engine per
// share. web-test-runner runs two browsers at a time and gives a browser all its files before the next
// starts, so with one browser an engine the engine that starts last runs alone at the end while the
// other core waits (about a third of the browser step, measured). With two shares the halves pack
// into the two lanes and both end together. The time of each file, from a run recorded with
// FITLINE_RECORD_TIMES=1 (slowest-files-reporter.js), says how to split them; a file not in the
// record counts as the median one.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TIMES_FILE = fileURLToPath(new URL('./browser-test-times.json', import.meta.url));

/** The browser test files, relative to `root`: the SDK's one page, each package's and example's `*.test.ts`. */
export function browserTestFiles(root) {
  const under = (dir) =>
    readdirSync(join(root, dir), { recursive: true })
      .map((file) => join(dir, String(file)).split('\\').join('/'))
      .filter((file) => file.endsWith('.test.ts') && !/(^|\/)(node_modules|dist)\//.test(file));
  const packages = readdirSync(join(root, 'packages')).flatMap((name) => (existsSync(join(root, 'packages', name, 'src')) ? under(`packages/${name}/src`) : []));
  return ['packages/core/test/all-core-tests.browser.js', ...packages, ...under('examples')].sort();
}

/** Seconds each file took in the recorded run, all engines together; none when nothing was recorded. */
function recordedTimes() {
  return existsSync(TIMES_FILE) ? JSON.parse(readFileSync(TIMES_FILE, 'utf8')) : {};
}

/** `files` in `count` shares of about equal recorded time: the longest first, each to the share with least so far. */
export function shareFiles(files, count, times = recordedTimes()) {
  const known = files.map((file) => times[file]).filter((t) => typeof t === 'number').sort((a, b) => a - b);
  const typical = known.length ? known[Math.floor(known.length / 2)] : 1;
  const weight = (file) => times[file] ?? typical;
  const shares = Array.from({ length: count }, () => ({ files: [], time: 0 }));
  for (const file of [...files].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b))) {
    const least = shares.reduce((a, b) => (b.time < a.time ? b : a));
    least.files.push(file);
    least.time += weight(file);
  }
  return shares.map((share) => share.files.sort());
}
