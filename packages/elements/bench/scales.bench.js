// Benchmark of <ors-scale> and <srs-scale> against a form of four native <input type="range"> with
// the same text, in one headless Chromium run: first render, and 1,000 real pointer moves along a line.
// Targets: a scale's first render at most 2x the native form's; a pointer move handled (handler
// plus re-render) in under 1 ms, median. This reports; it is not a timed test.
//
// Run from the repository root:  node packages/elements/bench/scales.bench.js [--rounds 120]
// (npm script: "bench:scales"). Needs Chromium (CHROME_PATH, or the usual install paths).
// The page is answered from memory by request interception: no server, no network.
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { findChromium, chromiumArgs, HOW_TO_GET_CHROMIUM } from '../../internal-scripts/find-chromium.js';

const MOVES = 1000;
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 120;
const WARMUP = 10;
const src = (path) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

// The two scales as a page showing them would load them: production lit, the SDK from source.
const { outputFiles } = await build({
  stdin: { contents: `import '${src('ors-scale/define.ts')}'; import '${src('srs-scale/define.ts')}';`, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  write: false,
  format: 'iife',
  minify: true,
  // The folder, not its index file, so subpaths such as `@fitline/core/content` resolve too.
  alias: { '@fitline/core': fileURLToPath(new URL('../../core/src', import.meta.url)) },
});

const executablePath = findChromium();
if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
const browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumArgs() });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  // A cross-origin-isolated page gets 5 µs timers instead of 100 µs: a first render is about 1 ms.
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    request.respond({
      status: 200,
      contentType: 'text/html',
      headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
      body: '<!doctype html><html lang="en"><body style="margin:0"><main id="stage" style="width:640px"></main></body></html>',
    }),
  );
  await page.goto('http://localhost/scales-bench');
  await page.addScriptTag({ content: outputFiles[0].text });

  const render = await page.evaluate(
    async (rounds, warmup) => {
      const stage = document.getElementById('stage');
      // The native form shows the same text as the scale: the placeholder pack's title, instructions,
      // notice, labels, anchors and rights, read from a rendered scale.
      const probe = stage.appendChild(document.createElement('ors-scale'));
      await probe.updateComplete;
      const partText = (part) => [...probe.shadowRoot.querySelectorAll(`[part~="${part}"]`)].map((n) => n.textContent.trim());
      const [title, instructions, notice, rights] = ['title', 'instructions', 'notice', 'rights'].map((p) => partText(p)[0]);
      const labels = partText('label');
      const anchors = partText('anchor');
      probe.remove();
      const native = () => {
        const form = document.createElement('form');
        const text = (tag, content) => Object.assign(document.createElement(tag), { textContent: content });
        form.append(text('p', title), text('p', instructions), text('p', notice));
        for (let i = 0; i < 4; i++) {
          const input = Object.assign(document.createElement('input'), { type: 'range', min: 0, max: 10, step: 0.1, name: `item${i}`, id: `n${i}` });
          const label = Object.assign(text('label', labels[i]), { htmlFor: `n${i}` });
          const ends = document.createElement('div');
          ends.append(text('span', anchors[2 * i]), text('span', anchors[2 * i + 1]));
          const item = document.createElement('div');
          item.append(label, input, ends);
          form.append(item);
        }
        form.append(text('p', rights));
        stage.append(form);
        return form;
      };
      const scale = (tag) => () => stage.appendChild(document.createElement(tag));
      // One sample: create, attach, render, style and lay out; then remove.
      const time = async (make) => {
        const t0 = performance.now();
        const el = make();
        await el.updateComplete;
        el.getBoundingClientRect();
        document.body.offsetHeight;
        const t = performance.now() - t0;
        el.remove();
        return t;
      };
      const makers = { 'native form': native, 'ors-scale': scale('ors-scale'), 'srs-scale': scale('srs-scale') };
      const samples = Object.fromEntries(Object.keys(makers).map((name) => [name, []]));
      const first = {};
      // Rounds alternate the three, so a busy moment on the machine weighs on all of them alike.
      for (let round = 0; round < warmup + rounds; round++) {
        for (const [name, make] of Object.entries(makers)) {
          const t = await time(make);
          if (round === 0) first[name] = t;
          if (round >= warmup) samples[name].push(t);
        }
      }
      const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      return Object.fromEntries(Object.keys(makers).map((name) => [name, { first: first[name], median: median(samples[name]) }]));
    },
    ROUNDS,
    WARMUP,
  );

  // Pointer moves: real mouse input through the browser, timed inside the page from the event's
  // capture at the window to the end of the element's re-render (native: to its input event).
  const pointer = {};
  for (const tag of ['ors-scale', 'native']) {
    const box = await page.evaluate((tag) => {
      const stage = document.getElementById('stage');
      stage.replaceChildren();
      window.__times = [];
      let t0 = 0;
      addEventListener('pointermove', () => (t0 = performance.now()), { capture: true });
      if (tag === 'native') {
        const input = Object.assign(document.createElement('input'), { type: 'range', min: 0, max: 10, step: 0.1 });
        input.style.width = '600px';
        stage.append(input);
        input.addEventListener('input', () => window.__times.push(performance.now() - t0));
        const r = input.getBoundingClientRect();
        return { left: r.left, width: r.width, y: r.top + r.height / 2 };
      }
      const el = document.createElement(tag);
      stage.append(el);
      addEventListener('pointermove', () => el.updateComplete.then(() => window.__times.push(performance.now() - t0)));
      return el.updateComplete.then(() => {
        const r = el.shadowRoot.querySelector('[part="line"]').getBoundingClientRect();
        return { left: r.left, width: r.width, y: r.top + r.height / 2 };
      });
    }, tag);
    await page.mouse.move(box.left + 2, box.y);
    await page.mouse.down();
    for (let i = 0; i < MOVES; i++) {
      const f = (i % 200) / 200;
      await page.mouse.move(box.left + (i % 400 < 200 ? f : 1 - f) * box.width, box.y);
    }
    await page.mouse.up();
    const times = await page.evaluate(() => window.__times.sort((a, b) => a - b));
    pointer[tag] = { moves: times.length, median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
  }

  const ms = (x) => `${x.toFixed(3)} ms`;
  console.log(`first render (median of ${ROUNDS} alternating rounds; the very first instance in brackets)`);
  for (const [name, r] of Object.entries(render)) console.log(`  ${name.padEnd(12)} ${ms(r.median)}  [${ms(r.first)}]`);
  const ratio = Math.max(render['ors-scale'].median, render['srs-scale'].median) / render['native form'].median;
  console.log(`  scale / native form: ${ratio.toFixed(2)}x (target <= 2x) ${ratio <= 2 ? 'ok' : 'OVER'}`);
  console.log(`pointer moves (${MOVES} sent)`);
  for (const [name, p] of Object.entries(pointer)) console.log(`  ${name.padEnd(12)} handled ${p.moves}, median ${ms(p.median)}, p95 ${ms(p.p95)}`);
  const moveOk = pointer['ors-scale'].median < 1;
  console.log(`  scale median under 1 ms: ${moveOk ? 'ok' : 'OVER'}`);
} finally {
  await browser.close();
}
