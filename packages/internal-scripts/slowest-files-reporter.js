// A web-test-runner reporter that says where the browser step's time goes: when each engine started
// and finished its files (engines run two at a time, so the order of the list in browsers.js decides
// how long the step takes), and the files that take longest in each, from the moment the engine opens
// the file's page to the moment its results are in. `npm test` has a time bound; this says where to
// look when it grows. With FITLINE_RECORD_TIMES=1 it also records each file's time (all engines
// together) in browser-test-times.json, which test-file-shares.js splits the files by.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { TIMES_FILE } from './test-file-shares.js';

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

export function slowestFilesReporter({ count = 8 } = {}) {
  /** Session id to [opened, finished], in ms from the run's start. */
  const spans = new Map();
  let runStart = 0;
  return {
    start({ sessions, startTime }) {
      runStart = startTime;
      sessions.on('session-status-updated', (session) => {
        const now = Date.now() - runStart;
        const span = spans.get(session.id) ?? [now, now];
        if (session.status === 'FINISHED') span[1] = now;
        spans.set(session.id, span);
      });
    },
    onTestRunFinished({ sessions }) {
      const engines = new Map();
      const files = new Map();
      for (const session of sessions) {
        const span = spans.get(session.id);
        if (!span) continue;
        const engine = session.browser.name;
        const [from, to] = engines.get(engine) ?? [Infinity, 0];
        engines.set(engine, [Math.min(from, span[0]), Math.max(to, span[1])]);
        const times = files.get(session.testFile) ?? new Map();
        times.set(engine, (times.get(engine) ?? 0) + span[1] - span[0]);
        files.set(session.testFile, times);
      }
      if (files.size === 0) return;
      if (process.env.FITLINE_RECORD_TIMES) recordTimes(files);
      process.stdout.write(`engines (from the browser step's start):\n`);
      for (const [engine, [from, to]] of engines) process.stdout.write(`  ${engine}: ${seconds(from)} to ${seconds(to)}, ${seconds(to - from)}\n`);
      const total = (times) => [...times.values()].reduce((a, b) => a + b, 0);
      const slowest = [...files].sort((a, b) => total(b[1]) - total(a[1])).slice(0, count);
      const cwd = `${process.cwd()}/`;
      process.stdout.write(`slowest browser test files (page opened to results in, in each engine):\n`);
      for (const [file, times] of slowest) {
        const each = [...times].map(([engine, ms]) => `${engine} ${seconds(ms)}`).join(', ');
        process.stdout.write(`  ${file.replace(cwd, '')}: ${each}\n`);
      }
    },
  };
}

/** Adds this run's time of each file to the record, keeping the files this run did not run. */
function recordTimes(files) {
  const cwd = `${process.cwd()}/`;
  const times = existsSync(TIMES_FILE) ? JSON.parse(readFileSync(TIMES_FILE, 'utf8')) : {};
  for (const [file, each] of files) times[file.replace(cwd, '')] = Math.round([...each.values()].reduce((a, b) => a + b, 0) / 100) / 10;
  const sorted = Object.fromEntries(Object.entries(times).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(TIMES_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
}
