// Reads a FHIR NDJSON export or a CSV file into an EpisodeStore: on this thread, or, for a large NDJSON
// file, on a pool of worker threads that each read a part of the file (cut at line breaks) and hand
// back their store, absorbed here in file order so every episode keeps the order its ratings were read.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { EpisodeStore } from '@fitline/core/bulk';
import { readNdjson } from '@fitline/core/fhir';
import { readCsv } from '@fitline/core/csv';

/** Bad lines reported in full; the rest are counted. */
export const ERRORS_KEPT = 20;

/** What reading gave: the store, how many lines and ratings, the first errors and how many in all. */
export function newReadResult() {
  return { store: new EpisodeStore(), lines: 0, ratings: 0, skipped: 0, errors: [], errorCount: 0 };
}

/** Adds one reader entry ({ line, rating?, error?, skipped? }) to a read result. */
export function take(result, entry, lineOffset = 0) {
  if (entry.rating) {
    result.store.add(entry.rating);
    result.ratings++;
  } else if (entry.error) {
    result.errorCount++;
    if (result.errors.length < ERRORS_KEPT) result.errors.push({ ...entry.error, line: entry.line + lineOffset, message: entry.error.message.replace(/^line \d+/, `line ${entry.line + lineOffset}`) });
  } else result.skipped++;
}

/** The bytes of a source, counted as they pass, for the progress bar and the count of lines. */
async function* counted(source, onBytes) {
  for await (const chunk of source) {
    onBytes(chunk);
    yield chunk;
  }
}

const newlinesIn = (chunk) => {
  let n = 0;
  for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++;
  return n;
};

/**
 * Reads `path` ('-' for standard input) as NDJSON, or as CSV when `format` is csv. `onProgress(bytes)`
 * is told the bytes read so far. With `workers` above 1 an NDJSON file is read in that many parts at once.
 */
export async function readExport(path, { format, workers = 1, onProgress = () => {} } = {}) {
  const source = path === '-' ? process.stdin : createReadStream(path);
  if (format !== 'csv' && workers > 1 && path !== '-') return readInParts(path, workers, onProgress);
  const result = newReadResult();
  let bytes = 0;
  let lines = 0;
  let endsWithBreak = true;
  const input = counted(source, (chunk) => {
    if (chunk.length === 0) return;
    bytes += chunk.length;
    lines += typeof chunk === 'string' ? chunk.split('\n').length - 1 : newlinesIn(chunk);
    endsWithBreak = typeof chunk === 'string' ? chunk.endsWith('\n') : chunk[chunk.length - 1] === 10;
    onProgress(bytes);
  });
  const entries = format === 'csv' ? readCsv(input) : readNdjson(input);
  for await (const entry of entries) take(result, entry);
  // A last line without a break is a line too.
  result.lines = lines + (endsWithBreak ? 0 : 1);
  return result;
}

/** The byte offsets where the file's parts start: each nominal cut moved to just past the next line break. */
async function partStarts(path, parts) {
  const { size } = await stat(path);
  const starts = [0];
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    for (let p = 1; p < parts; p++) {
      let at = Math.max(starts[starts.length - 1], Math.floor((size * p) / parts));
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
        if (bytesRead === 0) return { starts, size };
        const newline = buffer.subarray(0, bytesRead).indexOf(10);
        if (newline >= 0) {
          at += newline + 1;
          break;
        }
        at += bytesRead;
      }
      if (at < size && at > starts[starts.length - 1]) starts.push(at);
    }
  } finally {
    await handle.close();
  }
  return { starts, size };
}

async function readInParts(path, workers, onProgress) {
  const { starts, size } = await partStarts(path, Math.min(workers, availableParallelism() * 2));
  const done = starts.map(() => 0);
  const parts = await Promise.all(
    starts.map(
      (start, i) =>
        new Promise((resolve, reject) => {
          const end = (starts[i + 1] ?? size) - 1;
          const worker = new Worker(new URL('./read-part.worker.js', import.meta.url), { workerData: { path, start, end } });
          worker.on('message', (message) => {
            if (message.progress !== undefined) {
              done[i] = message.progress;
              onProgress(done.reduce((a, b) => a + b, 0));
            } else resolve(message);
          });
          worker.on('error', reject);
          worker.on('exit', (code) => code !== 0 && reject(new Error(`a reading thread stopped with code ${code}`)));
        }),
    ),
  );
  const result = newReadResult();
  let lineOffset = 0;
  for (const part of parts) {
    result.store.absorb(part.transfer);
    result.ratings += part.ratings;
    result.skipped += part.skipped;
    result.errorCount += part.errorCount;
    for (const error of part.errors) {
      if (result.errors.length < ERRORS_KEPT) result.errors.push({ ...error, line: error.line + lineOffset, message: error.message.replace(/^line \d+/, `line ${error.line + lineOffset}`) });
    }
    lineOffset += part.lines;
  }
  result.lines = lineOffset;
  return result;
}

export { counted, newlinesIn };
