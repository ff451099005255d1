// Is a region's export summarised in flat memory, at the speed of reading it? Writes seeded sample
// episodes as FHIR NDJSON (a QuestionnaireResponse a rating, episodes' lines shuffled as an export's are)
// of 250,000, 500,000 and 1,000,000 ratings to a temporary folder, then, each in a fresh process:
//   - JSON.parse of every line (the baseline: reading the file at all);
//   - readNdjson into summarizeRatings' store and the caseload summary, on one thread;
//   - the same on a pool of worker threads (fitline-report --workers);
//   - the one-thread run again in a heap capped at 64 MB: it completes at every size, or memory grows
//     with the file.
// Prints time beside the baseline and peak heap for each size; goal: at most 2x the parse, peak heap
// under 256 MB and not growing with the file. The files are removed at the end.
//
//   npm run bench:bulk                 (250k, 500k, 1M ratings)
//   npm run bench:bulk -- 100000       (one size, a quicker look)
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom, generateEpisode } from '@fitline/core/sample';
import { toQuestionnaireResponse } from '@fitline/core/fhir';

const here = fileURLToPath(new URL('.', import.meta.url));
const sizes = process.argv[2] ? [Number(process.argv[2])] : [250_000, 500_000, 1_000_000];
const folder = mkdtempSync(join(tmpdir(), 'fitline-bulk-'));

/** Writes about `count` ratings of seeded episodes, lines of neighbouring episodes interleaved. */
async function writeExport(path, count) {
  const out = createWriteStream(path);
  const random = createRandom(2026);
  let written = 0;
  let id = 0;
  // Episodes are generated a block at a time and their lines shuffled within the block: an export is
  // not sorted, and a block of 2,000 episodes keeps every one open across many lines.
  while (written < count) {
    const lines = [];
    for (let e = 0; e < 2000 && written + lines.length < count; e++) {
      const clientId = `client-${++id}`;
      for (const rating of generateEpisode(random, { id: clientId }).ratings) {
        lines.push(JSON.stringify(toQuestionnaireResponse({ ...rating, clientId, episodeId: 'e1', id: `${clientId}-${lines.length}` })));
      }
    }
    for (let i = lines.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    if (!out.write(lines.join('\n') + '\n')) await once(out, 'drain');
    written += lines.length;
  }
  out.end();
  await once(out, 'finish');
  return written;
}

/** Runs one measurement in a fresh process and reads back its { ms, peakHeapMB, ... } line. */
function measure(task, path, extra = [], nodeFlags = []) {
  const result = spawnSync(process.execPath, [...nodeFlags, join(here, 'bulk.bench.task.js'), task, path, ...extra], { encoding: 'utf8', maxBuffer: 1e8 });
  if (result.status !== 0) return null;
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
}

const CAP_MB = 64;

const rows = [];
try {
  for (const size of sizes) {
    const path = join(folder, `export-${size}.ndjson`);
    const ratings = await writeExport(path, size);
    const mb = statSync(path).size / 1e6;
    const parse = measure('parse', path);
    const one = measure('summarize', path);
    const pool = measure('summarize', path, ['2']);
    const capped = measure('summarize', path, [], [`--max-old-space-size=${CAP_MB}`]);
    if (!parse || !one || !pool) throw new Error(`a measurement failed at ${ratings} ratings`);
    rows.push({ ratings, mb, parse, one, pool, fits: capped?.summary === one.summary });
    rmSync(path);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const pad = (s, n) => String(s).padStart(n);
console.log(`\n${'ratings'.padEnd(10)}${pad('file MB', 9)}${pad('parse s', 9)}${pad('1 thread s', 12)}${pad('x parse', 9)}${pad('peak MB', 9)}${pad('2 threads s', 13)}${pad('x parse', 9)}${pad('peak MB', 9)}${pad(`in ${CAP_MB} MB`, 10)}`);
let pass = true;
for (const { ratings, mb, parse, one, pool, fits } of rows) {
  const ratio = one.ms / parse.ms;
  const poolRatio = pool.ms / parse.ms;
  pass &&= Math.min(ratio, poolRatio) <= 2 && one.peakHeapMB < 256 && one.summary === pool.summary && fits;
  console.log(
    `${String(ratings).padEnd(10)}${pad(mb.toFixed(0), 9)}${pad((parse.ms / 1000).toFixed(2), 9)}${pad((one.ms / 1000).toFixed(2), 12)}${pad(ratio.toFixed(2), 9)}${pad(one.peakHeapMB.toFixed(0), 9)}${pad((pool.ms / 1000).toFixed(2), 13)}${pad(poolRatio.toFixed(2), 9)}${pad(pool.peakHeapMB.toFixed(0), 9)}${pad(fits ? 'yes' : 'no', 10)}`,
  );
}
console.log(
  `\nPeak heap is the main thread's, sampled; the store's numbers are outside the heap (48 bytes a rating).` +
    `\nGoal: at most 2x the parse (on one thread or two), peak heap under 256 MB, the same summary on one thread and on two, and a run in a ${CAP_MB} MB heap at every size. ${pass ? 'PASS' : 'FAIL'}`,
);
process.exitCode = pass ? 0 : 1;
