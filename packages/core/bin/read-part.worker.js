// One part of an NDJSON export (bytes `start` to `end`, cut at line breaks), read on its own thread into
// an EpisodeStore whose buffer is handed back whole, with its counts and first errors. Line numbers are
// the part's own: the reader adds the lines of the parts before it.
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { readNdjson } from '@fitline/core/fhir';
import { counted, newReadResult, newlinesIn, take } from './read-export.js';

const { path, start, end } = workerData;
const result = newReadResult();
let bytes = 0;
let lines = 0;
let told = 0;
const input = counted(createReadStream(path, { start, end }), (chunk) => {
  bytes += chunk.length;
  lines += newlinesIn(chunk);
  // A few progress messages a part, not one a chunk.
  if (bytes - told > 4 * 1024 * 1024) parentPort.postMessage({ progress: (told = bytes) });
});
for await (const entry of readNdjson(input)) take(result, entry);
parentPort.postMessage({ progress: bytes });
const transfer = result.store.toTransfer();
parentPort.postMessage(
  { transfer, lines, ratings: result.ratings, skipped: result.skipped, errors: result.errors, errorCount: result.errorCount },
  [transfer.data.buffer],
);
