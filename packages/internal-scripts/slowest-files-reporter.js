// A web-test-runner reporter that names the browser test files that take longest: the sum of their
// tests' times in each engine. `npm test` has a time bound; this says where the time goes when it
// grows, so the slowest waits are the ones trimmed. (A file's loading is not in its tests' times.)
function testTime(suite) {
  let ms = 0;
  for (const test of suite.tests ?? []) ms += test.duration ?? 0;
  for (const child of suite.suites ?? []) ms += testTime(child);
  return ms;
}

export function slowestFilesReporter({ count = 8 } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const files = new Map();
      for (const session of sessions) {
        const times = files.get(session.testFile) ?? new Map();
        times.set(session.browser.name, (times.get(session.browser.name) ?? 0) + (session.testResults ? testTime(session.testResults) : 0));
        files.set(session.testFile, times);
      }
      const total = (times) => [...times.values()].reduce((a, b) => a + b, 0);
      const slowest = [...files].sort((a, b) => total(b[1]) - total(a[1])).slice(0, count);
      if (slowest.length === 0) return;
      const cwd = `${process.cwd()}/`;
      process.stdout.write(`slowest browser test files (their tests' time in each engine):\n`);
      for (const [file, times] of slowest) {
        const each = [...times].map(([engine, ms]) => `${engine} ${(ms / 1000).toFixed(1)} s`).join(', ');
        process.stdout.write(`  ${file.replace(cwd, '')}: ${each}\n`);
      }
    },
  };
}
