// A web-test-runner reporter that counts every test it ran and writes the counts where the
// test command can add them up. A file that fails to load counts as one failure: wtr's own
// summary would show it as "0 failed" while exiting non-zero.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function countReporter({ outputFile, skippedEngines = [] }) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = counts.failed;
        if (session.testResults) countSuite(session.testResults, counts);
        const failedAsAWhole = !session.passed && counts.failed === before;
        if (failedAsAWhole) counts.failed += 1;
      }
      const engines = [...new Set(sessions.map((session) => session.browser.name))];
      if (outputFile) writeFileSync(outputFile, JSON.stringify({ ...counts, engines, skippedEngines }));
      process.stdout.write(`browser tests in ${engines.join(', ')}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
      if (skippedEngines.length > 0) process.stdout.write(`not run in ${skippedEngines.join(', ')}: not installed\n`);
    },
  };
}
