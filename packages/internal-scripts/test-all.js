// `npm test`: the type check, the build, the SDK's tests in Node, every test in the browser, the
// size budgets and the checks of the packed packages, in that order. Every step runs even when an
// earlier one failed, so one run shows everything that is wrong. The last line is a plain count over all of it: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'fitline-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const skippedEngines = [];
const failedSteps = [];

const MINUTE = 60_000;

/**
 * Runs a command; a step that writes a counts file adds its counts, any other counts as one check.
 * A step that runs past its time limit is stopped and fails: a hang must not hold CI until it is killed.
 */
function step(name, command, args, { countsVariable, minutes = 10 } = {}) {
  process.stdout.write(`\n== ${name} ==\n`);
  const countsFile = countsVariable ? join(scratch, `${countsVariable}.json`) : null;
  const env = { ...process.env, ...(countsFile ? { [countsVariable]: countsFile } : {}) };
  const { status, error } = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, timeout: minutes * MINUTE, killSignal: 'SIGKILL' });
  if (error?.code === 'ETIMEDOUT') process.stdout.write(`\n${name}: stopped after ${minutes} minutes\n`);
  const ok = status === 0 && !error;
  if (countsFile && existsSync(countsFile)) {
    const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
    totals.passed += counts.passed;
    totals.skipped += counts.skipped;
    skippedEngines.push(...(counts.skippedEngines ?? []));
    // A step that exits non-zero without a counted failure (a crash, a browser that did not start) still fails.
    totals.failed += counts.failed > 0 || ok ? counts.failed : 1;
  } else {
    totals[ok ? 'passed' : 'failed'] += 1;
  }
  if (!ok) failedSteps.push(name);
}

const node = process.execPath;
const bin = (name) => join(root, 'node_modules', '.bin', name);

step('type check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
step('type check: the SDK without the DOM', bin('tsc'), ['-p', 'packages/core/tsconfig.json', '--noEmit']);
step('type check: Node-only tests', bin('tsc'), ['-p', 'packages/core/tsconfig.node-tests.json', '--noEmit']);
step('build', 'npm', ['run', '--silent', 'build']);
step('tests in Node (the SDK and the Node-only checks)', node, ['packages/internal-scripts/test-node.js'], { countsVariable: 'FITLINE_NODE_COUNTS' });
step('tests in the browser', bin('web-test-runner'), ['--config', 'web-test-runner.config.js'], { countsVariable: 'FITLINE_BROWSER_COUNTS', minutes: 45 });
step('API pages match the code', node, ['packages/internal-scripts/api-docs.js', '--check']);
step('SDK API page matches the code', node, ['packages/internal-scripts/api-docs-core.js', '--check']);
step('size budgets (size-limit; the limits are in .size-limit.json)', bin('size-limit'), []);
step('the scales load no charting code', node, ['packages/internal-scripts/scales-load-no-chart.js']);
step('package checks: publint and attw on every tarball', node, ['packages/internal-scripts/check-packages.js']);
step('consumer test: the tarballs in fresh Vite + React and Vite + Vue apps', node, ['packages/internal-scripts/consumer-test.js'], { minutes: 8 });

rmSync(scratch, { recursive: true, force: true });
if (failedSteps.length > 0) process.stdout.write(`\nFailed: ${failedSteps.join('; ')}\n`);
if (skippedEngines.length > 0) process.stdout.write(`\nThe browser tests did not run in ${skippedEngines.join(', ')}: not installed on this machine.\n`);
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}\n`);
process.exit(failedSteps.length > 0 ? 1 : 0);
