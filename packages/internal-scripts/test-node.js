// Runs the SDK's tests in Node with mocha, the same files the browser runs: @fitline/core claims
// Node support, so it is tested there too. tsx loads the workspace packages from their sources,
// following the `paths` of tsconfig.json. Prints a count line and writes the counts for test-all.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', fileURLToPath(new URL('./run-mocha.js', import.meta.url)), ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } },
);
process.exit(result.status ?? 1);
