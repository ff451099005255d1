// The packages as a stranger gets them: the three packed tarballs installed into a fresh Vite + React 19
// + TypeScript app and a fresh Vite + Vue 3 app (examples/consumers/, each with its own pinned lockfile,
// installed from the npm registry with `npm ci`), in a temporary folder. Each app is type-checked
// strictly (tsc; vue-tsc with strictTemplates) and built; then, in Chromium, in Vite's dev server and
// in the production build, a person marks the four lines of <srs-scale>, presses Send, and the chart
// shows the rating. Node's `import` and `require()` of @fitline/core from the tarball are checked too.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.js';
import { packPackages } from './pack-packages.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const APPS = ['react-vite', 'vue-vite'];
const results = [];
const check = (name, passed, detail = '') => {
  results.push(passed);
  process.stdout.write(`${passed ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}\n`);
};

/** Runs a command to its end; resolves with its exit status and output. */
function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Starts a Vite server (`vite` or `vite preview`) and resolves with its address once it listens. */
function serve(cwd, args) {
  const child = spawn(join(cwd, 'node_modules', '.bin', 'vite'), [...args, '--port', '0', '--host', '127.0.0.1', '--strictPort'], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      const address = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (address) resolve({ url: address[0], stop: () => child.kill() });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', () => reject(new Error(`vite ${args.join(' ')} stopped: ${output}`)));
  });
}

/** What a person does: marks the four lines of the SRS, presses Send; returns what the page then shows. */
async function rateAndSend(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  try {
    await page.setViewport({ width: 900, height: 1200 });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('srs-scale')?.shadowRoot?.querySelectorAll('[part="line"]').length === 4, { timeout: 20000 });
    const summaryBefore = await page.evaluate(() => document.querySelector('fit-chart')?.shadowRoot?.querySelector('[part="summary"]')?.textContent?.trim() ?? '');
    const lines = await page.evaluateHandle(() => [...document.querySelector('srs-scale').shadowRoot.querySelectorAll('[part="line"]')]);
    for (const [i, fraction] of [0.9, 0.8, 0.95, 0.7].entries()) {
      const line = await lines.evaluateHandle((all, index) => all[index], i);
      await line.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      const box = await line.boundingBox();
      await page.mouse.click(box.x + fraction * box.width, box.y + box.height / 2);
    }
    const send = await page.evaluateHandle(() => document.querySelector('srs-scale').shadowRoot.querySelector('button'));
    await send.click();
    await page.waitForFunction((before) => {
      const summary = document.querySelector('fit-chart')?.shadowRoot?.querySelector('[part="summary"]')?.textContent?.trim() ?? '';
      return summary !== '' && summary !== before;
    }, { timeout: 10000 }, summaryBefore);
    const shown = await page.evaluate(() => ({
      items: document.querySelector('fit-chart').ratings.map((rating) => [...rating.items]),
      summary: document.querySelector('fit-chart').shadowRoot.querySelector('[part="summary"]').textContent.trim(),
    }));
    return { ...shown, problems };
  } finally {
    await page.close();
  }
}

/** Installs one app from its lockfile and the tarballs, type-checks and builds it; returns its folder. */
async function prepare(app, work, tarballs) {
  const cwd = join(work, app);
  cpSync(join(root, 'examples', 'consumers', app), cwd, { recursive: true, filter: (path) => !/node_modules|dist/.test(path.slice(root.length)) });
  const steps = [
    ['installs from its lockfile (npm ci)', 'npm', ['ci', '--no-audit', '--no-fund']],
    ['installs the packed tarballs', 'npm', ['install', '--no-save', '--no-audit', '--no-fund', ...Object.values(tarballs)]],
    ['type-checks strictly', 'npm', ['run', '--silent', 'typecheck']],
    ['builds for production', join(cwd, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn']],
  ];
  for (const [name, command, args] of steps) {
    const { status, output } = await run(command, args, cwd);
    check(`${app}: ${name}`, status === 0, status === 0 ? '' : output.trim());
    if (status !== 0) return null;
  }
  return cwd;
}

const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'fitline-consumers-'));
const stops = [];
let browser;
try {
  const tarballs = packPackages(work);
  const folders = await Promise.all(APPS.map((app) => prepare(app, work, tarballs)));

  // Node, from the tarball as installed in the first app: ES module import and require() of the core.
  if (folders[0]) {
    const score = "scoreRating({ instrument: 'ors', items: [4.2, 5, 3.3, 4.8], date: '2026-03-04' }).total";
    const esm = await run(process.execPath, ['--input-type=module', '-e', `import { scoreRating } from '@fitline/core'; console.log(${score});`], folders[0]);
    check('Node imports @fitline/core (ES module)', esm.status === 0 && esm.output.trim() === '17.3', esm.output.trim());
    const cjs = await run(process.execPath, ['--input-type=commonjs', '-e', `const { scoreRating } = require('@fitline/core'); console.log(${score});`], folders[0]);
    check('Node requires @fitline/core (CommonJS)', cjs.status === 0 && cjs.output.trim().endsWith('17.3'), cjs.output.trim());
  }

  browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumArgs() });
  for (const [i, cwd] of folders.entries()) {
    if (!cwd) continue;
    for (const [server, args] of [['dev server', []], ['production build', ['preview']]]) {
      const name = `${APPS[i]}, ${server}: marks the SRS, sends it, and the chart shows it`;
      try {
        const { url, stop } = await serve(cwd, args);
        stops.push(stop);
        const { items, summary, problems } = await rateAndSend(browser, url);
        const ok = JSON.stringify(items) === '[[9,8,9.5,7]]' && problems.length === 0;
        check(name, ok, ok ? summary : `ratings ${JSON.stringify(items)}; ${problems.join('; ')}`);
        stop();
      } catch (error) {
        check(name, false, String(error));
      }
    }
  }
} finally {
  await browser?.close();
  for (const stop of stops) stop();
  rmSync(work, { recursive: true, force: true });
}
const failed = results.filter((ok) => !ok).length;
process.stdout.write(`consumer test: ${results.length - failed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;
