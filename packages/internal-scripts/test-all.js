// `npm test`: first the set-up (the browsers the tests run in: installed when missing, or a stop at once
// with the command to run), then the type checks, the build, the SDK's tests in Node, every test in
// the browser, the API pages, the size budgets and the checks of the packed packages (publint, attw, and
// the consumer test: the tarballs in fresh Vite apps). What can run side by side does (run-stages.js):
// the type checks beside the build; the Node tests and the checks of what the build made beside the
// browser tests, which need the build. Every step runs even when an earlier one failed. At the end, a
// table of each step's time, and the last line, a plain count over all of it: `N passed, N failed`.
//
// `npm run test:quick` (--quick) is the loop for development: Chromium only, no size bundles or budgets,
// no declarations, and none of the steps marked `full`.
//
// To add a step, add one line where it belongs: `step(name, command, args, options)` in a `sequence`
// (after what it needs) or a `parallel` group (beside what it does not need). A step that writes its own
// counts names the environment variable that holds the counts file's path in `counts`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parallel, runPlan, sequence, step, timeTable } from './run-stages.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const quick = process.argv.includes('--quick');
const node = process.execPath;
const bin = (name) => join(root, 'node_modules', '.bin', name);
/** A step the quick loop leaves out. */
const full = (part) => (quick ? sequence() : part);

if (quick) process.env.FITLINE_BROWSERS = 'chromium';
const started = Date.now();

// Before anything long: the browsers. Without them the run stops here, with the command to run.
const setUp = spawnSync(node, [join(root, 'packages/internal-scripts/set-up-browsers.js')], { cwd: root, stdio: 'inherit' });
const setUpTime = { name: 'set-up: the browsers', seconds: (Date.now() - started) / 1000, ok: setUp.status === 0 };
if (setUp.status !== 0) {
  process.stdout.write('\nStopped before the tests: the browsers they run in are missing (see above).\n\n0 passed, 1 failed\n');
  process.exit(1);
}

const build = quick
  ? sequence(
      // Only what the tests load: the bundles without the size budgets' ones, and the element manifest.
      step('build (quick: bundles, manifest)', bin('rollup'), ['-c', 'rollup.config.js', '--silent'], { env: { FITLINE_SIZE_BUNDLES: 'skip' } }),
      step('element manifest', 'npm', ['run', '--silent', 'manifest']),
    )
  : step('build', 'npm', ['run', '--silent', 'build']);

const plan = parallel(
  sequence(
    step('type check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']),
    step('type check: the SDK without the DOM', bin('tsc'), ['-p', 'packages/core/tsconfig.json', '--noEmit']),
    step('type check: Node-only tests', bin('tsc'), ['-p', 'packages/core/tsconfig.node-tests.json', '--noEmit']),
    step("type check: Node-only tests of the chart's words", bin('tsc'), ['-p', 'packages/elements/tsconfig.node-tests.json', '--noEmit']),
  ),
  sequence(
    build,
    parallel(
      step('tests in the browser', bin('web-test-runner'), ['--config', 'web-test-runner.config.js'], { counts: 'FITLINE_BROWSER_COUNTS', minutes: 45 }),
      sequence(
        step('tests in Node (the SDK and the Node-only checks)', node, ['packages/internal-scripts/test-node.js'], { counts: 'FITLINE_NODE_COUNTS' }),
        step('API pages match the code', node, ['packages/internal-scripts/api-docs.js', '--check']),
        step('SDK API page matches the code', node, ['packages/internal-scripts/api-docs-core.js', '--check']),
        full(step('size budgets (size-limit; the limits are in .size-limit.json)', bin('size-limit'), [])),
        full(step('the scales load no charting code', node, ['packages/internal-scripts/scales-load-no-chart.js'])),
        full(step('package checks: publint and attw on every tarball', node, ['packages/internal-scripts/check-packages.js'])),
        full(step('consumer test: the tarballs in fresh Vite + React and Vite + Vue apps', node, ['packages/internal-scripts/consumer-test.js'], { minutes: 8 })),
      ),
    ),
  ),
);

const result = await runPlan(plan, { cwd: root });
if (result.failedSteps.length > 0) process.stdout.write(`\nFailed: ${result.failedSteps.join('; ')}\n`);
if (result.skippedEngines.length > 0) process.stdout.write(`\nThe browser tests did not run in ${result.skippedEngines.join(', ')}: not installed on this machine.\n`);
process.stdout.write(`\n${timeTable([setUpTime, ...result.times], (Date.now() - started) / 1000)}\n`);
process.stdout.write(`\n${result.passed} passed, ${result.failed} failed${result.skipped ? `, ${result.skipped} skipped` : ''}\n`);
process.exit(result.failedSteps.length > 0 ? 1 : 0);
