// Browser tests: every packages/*/test/**/*.test.ts file, in headless Chromium.
// The SDK's tests run here and in Node (packages/internal-scripts/test-node.js).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { findChromium, chromiumArgs, HOW_TO_GET_CHROMIUM } from './packages/internal-scripts/find-chromium.js';
import { countReporter } from './packages/internal-scripts/count-reporter.js';

const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

// Dates in tests are read in one fixed zone, whatever the machine's; Chromium inherits it.
process.env.TZ = 'UTC';

export default {
  files: ['packages/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'examples/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs() } })],
  // One file at a time: a second file would run in a background tab whose throttled timers slow axe.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [
    process.env.CI ? summaryReporter({ flatten: true }) : defaultReporter(),
    countReporter({ outputFile: process.env.FITLINE_BROWSER_COUNTS }),
  ],
};
