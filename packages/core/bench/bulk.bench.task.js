// One measurement of bulk.bench.js, in a process of its own so its peak heap is its own:
//   parse <file>              JSON.parse of every line, streamed (the baseline)
//   summarize <file> [N]      readNdjson into the store and the caseload summary, on N threads (default 1)
// Prints one JSON line: { ms, peakHeapMB, summary? }.
import { createReadStream } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { createHash } from 'node:crypto';
import { summaryFromTally } from '@fitline/core';
import { tallyStore } from '@fitline/core/bulk';
import { readExport } from '../bin/read-export.js';

const [task, path, threads = '1'] = process.argv.slice(2);
let peak = 0;
const sample = () => (peak = Math.max(peak, getHeapStatistics().used_heap_size));
const sampler = setInterval(sample, 20);

const start = performance.now();
let summary;
if (task === 'parse') {
  let partial = '';
  let parsed = 0;
  for await (const chunk of createReadStream(path, { encoding: 'utf8' })) {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop();
    for (const line of lines) if (line) JSON.parse(line), parsed++;
  }
  if (partial) JSON.parse(partial);
} else {
  const read = await readExport(path, { workers: Number(threads) });
  sample();
  // As fitline-report lists them by default: the 100 riskiest episodes that need attention.
  summary = JSON.stringify(summaryFromTally(tallyStore(read.store, { attentionLimit: 100 })));
}
const ms = performance.now() - start;
sample();
clearInterval(sampler);
process.stdout.write(`${JSON.stringify({ ms, peakHeapMB: peak / 1e6, ...(summary && { summary: createHash('sha256').update(summary).digest('hex') }) })}\n`);
