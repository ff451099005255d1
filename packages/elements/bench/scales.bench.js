// Benchmark of <ors-scale> and <srs-scale> against a form of four native <input type="range">, in
// one headless Chromium run: first render, and 1,000 real pointer moves along a line.
// Targets: a scale's first render at most 2x the native form's; a pointer move handled (handler
// plus re-render) in under 1 ms, median. This reports; it is not a timed test.
//
// Run from the repository root:  node packages/elements/bench/scales.bench.js
// (npm script: "bench:scales": "node packages/elements/bench/scales.bench.js"). Needs Chromium
// (CHROME_PATH, or the usual install paths). The page is built in memory; no server, no network.
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { findChromium, chromiumArgs, HOW_TO_GET_CHROMIUM } from '../../internal-scripts/find-chromium.js';

const MOVES = 1000;
const RENDERS = 40;
const src = (path) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

// Production lit, the SDK from source: what a host's bundle would contain.
const { outputFiles } = await build({
  stdin: { contents: `import '${src('define.ts')}';`, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  write: false,
  format: 'iife',
  minify: true,
  alias: { '@fitline/core': fileURLToPath(new URL('../../core/src/index.ts', import.meta.url)) },
});

const executablePath = findChromium();
if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
const browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumArgs() });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  await page.setContent('<!doctype html><html lang="en"><body style="margin:0"><main id="stage" style="width:640px"></main></body></html>');
  await page.addScriptTag({ content: outputFiles[0].text });

  const render = await page.evaluate(async (runs) => {
    const stage = document.getElementById('stage');
    // The same content as a scale, in native controls: title, instructions, four labelled lines with
    // their anchors, the rights notice.
    const native = () => {
      const form = document.createElement('form');
      const text = (tag, content) => Object.assign(document.createElement(tag), { textContent: content });
      form.append(text('p', 'Title'), text('p', 'Instructions for the four lines.'), text('p', 'Placeholder notice.'));
      for (let i = 0; i < 4; i++) {
        const input = Object.assign(document.createElement('input'), { type: 'range', min: 0, max: 10, step: 0.1, name: `item${i}`, id: `n${i}` });
        const label = Object.assign(text('label', `Item ${i + 1}`), { htmlFor: `n${i}` });
        const anchors = document.createElement('div');
        anchors.append(text('span', 'Low'), text('span', 'High'));
        const item = document.createElement('div');
        item.append(label, input, anchors);
        form.append(item);
      }
      form.append(text('p', 'Rights notice.'));
      stage.append(form);
      return form;
    };
    const scale = (tag) => {
      const el = document.createElement(tag);
      stage.append(el);
      return el;
    };
    // One sample: create, attach, render, lay out; then remove.
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
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const result = {};
    for (const [name, make] of [['native form', native], ['ors-scale', () => scale('ors-scale')], ['srs-scale', () => scale('srs-scale')]]) {
      const first = await time(make);
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await time(make));
      result[name] = { first, median: median(samples) };
    }
    return result;
  }, RENDERS);

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
  console.log(`first render (median of ${RENDERS}; first instance in brackets)`);
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
