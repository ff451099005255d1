// Browser tests: every *.test.ts file of the packages and examples, in Chromium, Firefox and WebKit
// (those installed; see packages/internal-scripts/browsers.js).
// The SDK's tests run here and in Node (packages/internal-scripts/test-node.js).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserLaunchers, systemAppearancePlugin } from './packages/internal-scripts/browsers.js';
import { countReporter } from './packages/internal-scripts/count-reporter.js';
import { slowestFilesReporter } from './packages/internal-scripts/slowest-files-reporter.js';
import { browserTestFiles, shareFiles } from './packages/internal-scripts/test-file-shares.js';
import { heapCommandPlugin } from './packages/internal-scripts/heap-command.js';
import { serveReactAsEsm } from './packages/internal-scripts/serve-react-as-esm.js';
import { workspaceSourcesPlugin } from './packages/internal-scripts/workspace-sources.js';
import { localEhr } from './examples/fhir-server/local-ehr.js';

/** Serves the list of the SDK's test files that all-core-tests.browser.js imports, read when it is asked for. */
const coreTestsInOnePage = {
  name: 'core-tests-in-one-page',
  serve({ path }) {
    if (path !== '/packages/core/test/every-core-test-file.js') return undefined;
    const dir = fileURLToPath(new URL('./packages/core/test/', import.meta.url));
    const files = readdirSync(dir, { recursive: true }).filter((file) => String(file).endsWith('.test.ts')).sort();
    return { body: files.map((file) => `import './${String(file).split(sep).join('/')}';`).join('\n'), type: 'js' };
  },
};

// The files in two shares of about equal time, each with a browser of every engine (test-file-shares.js),
// unless the run is of files named on the command line (`--files`).
const named = process.argv.includes('--files');
const { launchers, missing } = browserLaunchers(named ? 1 : 2);
for (const line of missing) console.error(`Skipped engine, ${line}`);
// CI lists the engines it installed: there a missing one is a failure, not a skip.
const required = (process.env.FITLINE_REQUIRE_BROWSERS ?? '').split(',').filter(Boolean);
const missingRequired = required.filter((name) => missing.some((line) => line.startsWith(`${name}:`)));
if (launchers[0].length === 0 || missingRequired.length > 0) {
  console.error(launchers[0].length === 0 ? 'No browser to test in.' : `Required engines missing: ${missingRequired.join(', ')}.`);
  process.exit(1);
}
const root = fileURLToPath(new URL('.', import.meta.url));
const shares = named ? [] : shareFiles(browserTestFiles(root), launchers.length);

// Dates in tests are read in one fixed zone, whatever the machine's; Chromium inherits it.
process.env.TZ = 'UTC';

// The examples' sandbox EHR: its FHIR server starts with the run, on a free port, and stops with it.
const ehr = localEhr();

export default {
  // The SDK's tests (packages/core/test) run in one page per engine (all-core-tests.browser.js).
  ...(named
    ? { files: browserTestFiles(root), browsers: launchers[0] }
    : { browsers: launchers.flat(), groups: shares.map((files, i) => ({ name: `share-${i + 1}`, files, browsers: launchers[i] })) }),
  // lit's development build, for its warnings; Fitline's own packages from their sources (workspace-sources.js).
  nodeResolve: { exportConditions: ['development', 'browser'] },
  middleware: [ehr.middleware],
  plugins: [
    coreTestsInOnePage,
    ehr.plugin,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // The computed accessibility tree (Chromium and Firefox through puppeteer; WebDriver has none).
    a11ySnapshotPlugin(),
    heapCommandPlugin,
    systemAppearancePlugin,
    workspaceSourcesPlugin(),
    serveReactAsEsm({ rootDir: fileURLToPath(new URL('.', import.meta.url)) }),
  ],
  // One file at a time in each browser: a second file would run in a background tab whose throttled
  // timers slow axe. Two browsers at a time (wtr's default): three at once on two cores made WebKit's
  // timing-sensitive tests (the caseload's slices, 100 mount cycles) fail and once ended the run
  // without its results (decision 0002).
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // lit announces its development build once per file; that build is chosen on purpose, for its warnings.
  // LHC-Forms (examples/fhir/lhc-forms.test.ts) times every evaluation of its expressions, and warns that
  // it has no FHIR server, which a form with no queries does not need.
  filterBrowserLogs: ({ args }) => !/^(Lit is in dev mode|Ran expressions in|Warning: FHIR resources might not be loaded)/.test(String(args[0])),
  testRunnerHtml: (testFramework) => `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [
    // The live progress line is for a terminal; into a pipe (as npm test keeps a step's output) or in CI, a summary.
    process.env.CI || !process.stdout.isTTY ? summaryReporter({ flatten: true }) : defaultReporter(),
    slowestFilesReporter(),
    countReporter({ outputFile: process.env.FITLINE_BROWSER_COUNTS, skippedEngines: missing.map((line) => line.split(':')[0]) }),
  ],
};
