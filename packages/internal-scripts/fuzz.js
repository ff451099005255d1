// The long fuzzing run (`npm run fuzz`): the SDK's fuzz tests in Node with many more cases per entry
// point than the test command's. `npm run fuzz -- 200000` sets the count; FITLINE_FUZZ_RUNS works too.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const DEFAULT_RUNS = 50000;
const asked = process.argv[2] ?? process.env.FITLINE_FUZZ_RUNS ?? String(DEFAULT_RUNS);
if (!/^[1-9]\d*$/.test(asked)) {
  console.error(`fuzz: the number of cases must be a whole number from 1 up, not "${asked}".`);
  process.exit(2);
}
process.stdout.write(`fuzz: ${asked} cases as the base for each SDK entry point\n`);
const result = spawnSync(process.execPath, [fileURLToPath(new URL('./test-node.js', import.meta.url)), 'packages/core/test/fuzz.test.ts'], {
  cwd: fileURLToPath(new URL('../..', import.meta.url)),
  stdio: 'inherit',
  env: { ...process.env, FITLINE_FUZZ_RUNS: asked },
});
process.exit(result.status ?? 1);
