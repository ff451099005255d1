// The Node half of test-node.js, started with tsx so the TypeScript test files load as they are.
import Mocha from 'mocha';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Test files under a folder (or the file itself): `*.node-test.ts` anywhere, and the SDK's `*.test.ts`,
 * which run here and in the browser. Other `*.test.ts` files are the browser's alone.
 */
function testFiles(path) {
  if (!statSync(path).isDirectory()) return [path];
  const inBrowserToo = path.startsWith('packages/core');
  return readdirSync(path, { recursive: true })
    .filter((name) => name.endsWith('.node-test.ts') || (inBrowserToo && name.endsWith('.test.ts')))
    .map((name) => join(path, name));
}

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['packages/core/test', 'packages/elements/src', 'packages/react/src', 'packages/internal-scripts', 'examples'];
const mocha = new Mocha({ timeout: 10000, reporter: process.env.CI ? 'dot' : 'spec' });
for (const file of paths.flatMap(testFiles).sort()) mocha.addFile(file);

const counts = { passed: 0, failed: 0, skipped: 0 };
try {
  await mocha.loadFilesAsync();
  const runner = mocha.run();
  runner.on('pass', () => (counts.passed += 1));
  runner.on('fail', () => (counts.failed += 1));
  runner.on('pending', () => (counts.skipped += 1));
  await new Promise((resolve) => runner.on('end', resolve));
} catch (error) {
  // A file that cannot load is a failure of everything in it; count it once and show why.
  console.error(error);
  counts.failed += 1;
}
if (process.env.FITLINE_NODE_COUNTS) writeFileSync(process.env.FITLINE_NODE_COUNTS, JSON.stringify(counts));
process.stdout.write(`node tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
process.exitCode = counts.failed > 0 ? 1 : 0;
