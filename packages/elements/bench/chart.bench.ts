/**
 * Benchmark, in Chromium, each contender given the same data in the same run, in rounds whose order
 * alternates so all see the same machine state:
 * - one `<fit-chart>` of 500 sessions beside bare uPlot, and bare uPlot inside a minimal lit element
 *   (the floor any chart element starts from), each timed from the start of a frame until that frame
 *   is painted (chart.bench.page.ts); target: at most 1.3x bare uPlot;
 * - a caseload page of 100 rows with a compact chart each: the time to its first screen of charts
 *   painted (the others draw when scrolled near) and the longest main-thread task meanwhile, beside
 *   bare uPlot drawing all 100 in one task; targets: at most 0.5x, and no task over 50 ms.
 * Prints the medians, their ratio, and a 90% interval for that ratio from resampling the rounds: how
 * far the figure could move between runs on this machine, so a verdict inside that noise says so.
 * Exits 1 when a ratio of medians is above its target, or the median longest task is long.
 *
 *   node --import tsx packages/elements/bench/chart.bench.ts [--rounds 25]
 */
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { generateCaseload, generateEpisode, createRandom } from '@fitline/core/sample';

// The repository's own launcher settings (plain JavaScript, so typed here).
const launcher: { findChromium(): string | null; chromiumArgs(): string[]; HOW_TO_GET_CHROMIUM: string } = await import(
  new URL('../../internal-scripts/find-chromium.js', import.meta.url).href
);
const { findChromium, chromiumArgs, HOW_TO_GET_CHROMIUM } = launcher;

const TARGET = 1.3;
/** The caseload page's first screen, against bare uPlot drawing all 100. */
const FIRST_SCREEN_TARGET = 0.5;
/** Where a task is long (the Long Tasks API's threshold). */
const LONG_TASK_MS = 50;
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 25;
const WARMUP = 5;

const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

const bundle = await build({
  entryPoints: [fileURLToPath(new URL('./chart.bench.page.ts', import.meta.url))],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  // Production lit (no dev-mode checks), as hosts ship it; Fitline's own packages from their sources.
  plugins: [
    {
      name: 'fitline-sources',
      setup(b) {
        b.onResolve({ filter: /^@fitline\/core(\/|$)/ }, (args) => {
          const sub = args.path.slice('@fitline/core'.length);
          return { path: fileURLToPath(new URL(`../../core/src${sub ? `${sub}/index` : '/index'}.ts`, import.meta.url)) };
        });
      },
    },
  ],
});
const script = bundle.outputFiles[0]!.text;

const long = generateEpisode(createRandom(7), { sessions: 500, ages: false, collateral: false }).ratings;
const caseload = generateCaseload(11, 100);

// gc() lets the page collect one sample's garbage before the next, so neither contender pays for the other's.
const browser = await puppeteer.launch({ executablePath, headless: true, args: [...chromiumArgs(), '--js-flags=--expose-gc'] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  await page.setContent('<!doctype html><html lang="en"><body><div id="root" style="width: 800px"></div></body></html>');
  await page.addScriptTag({ content: script, type: 'module' });
  await page.waitForFunction(() => 'fitChartFull' in window);

  type Fn = 'fitChartFull' | 'uplotFull' | 'uplotInElementFull' | 'fitChartCaseloadFirstScreen' | 'uplotCompactPage';
  const run = <T = number>(fn: Fn, arg: unknown) => page.evaluate((name, a) => (window as unknown as Record<string, (x: unknown) => Promise<unknown>>)[name]!(a), fn, arg as never) as Promise<T>;

  let over = false;
  /** Prints one contender's median against bare uPlot's, with the interval, and notes whether it is over `target`. */
  const verdict = (ours: number[], bare: number[], target: number) => {
    const ratio = median(ours) / median(bare);
    const [low, high] = ratioInterval(ours, bare);
    over ||= ratio > target;
    const noise = low <= target && target < high ? ', the target inside the interval: within this machine\'s noise' : '';
    return `ratio ${ratio.toFixed(2)}x (90% interval ${low.toFixed(2)}x to ${high.toFixed(2)}x, ${ROUNDS} rounds; target <= ${target}x): ${ratio > target ? 'OVER TARGET' : 'within target'}${noise}`;
  };

  {
    // `floor`: bare uPlot inside a minimal lit element (chart.bench.page.ts), what any chart element starts from.
    const times: Record<'ours' | 'bare' | 'floor', number[]> = { ours: [], bare: [], floor: [] };
    const fns = { ours: 'fitChartFull', bare: 'uplotFull', floor: 'uplotInElementFull' } as const;
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      // Alternate the order, so none always runs on a warmer cache.
      const order = i % 2 === 0 ? (['ours', 'bare', 'floor'] as const) : (['floor', 'bare', 'ours'] as const);
      for (const who of order) {
        const t = await run(fns[who], long);
        if (i >= WARMUP) times[who].push(t);
      }
    }
    const { ours, bare, floor } = times;
    const [floorLow, floorHigh] = ratioInterval(floor, bare);
    console.log(
      `one chart, 500 sessions: fit-chart ${median(ours).toFixed(1)} ms, bare uPlot ${median(bare).toFixed(1)} ms, ${verdict(ours, bare, TARGET)}\n` +
        `  floor, bare uPlot inside a minimal lit element: ${median(floor).toFixed(1)} ms, ${(median(floor) / median(bare)).toFixed(2)}x ` +
        `(${floorLow.toFixed(2)}x to ${floorHigh.toFixed(2)}x)`,
    );
  }

  {
    const screens: { time: number; longest: number; longTasks: number }[] = [];
    const bare: number[] = [];
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      const ourFirst = i % 2 === 0;
      for (const who of ourFirst ? ['ours', 'bare'] : ['bare', 'ours']) {
        if (who === 'ours') {
          const screen = await run<(typeof screens)[number]>('fitChartCaseloadFirstScreen', caseload);
          if (i >= WARMUP) screens.push(screen);
        } else {
          const t = await run('uplotCompactPage', caseload);
          if (i >= WARMUP) bare.push(t);
        }
      }
    }
    const longest = screens.map((s) => s.longest);
    const longTasks = screens.reduce((n, s) => n + s.longTasks, 0);
    over ||= median(longest) > LONG_TASK_MS;
    console.log(
      `caseload page of 100 compact charts: first screen painted ${median(screens.map((s) => s.time)).toFixed(1)} ms, bare uPlot drawing all 100 ${median(bare).toFixed(1)} ms, ` +
        `${verdict(screens.map((s) => s.time), bare, FIRST_SCREEN_TARGET)}\n` +
        `  longest main-thread task until then: median ${median(longest).toFixed(1)} ms, ${quantile(longest, 0.9).toFixed(1)} ms at the 90th percentile, ` +
        `${Math.max(...longest).toFixed(1)} ms at most (target: none over ${LONG_TASK_MS} ms); tasks over ${LONG_TASK_MS} ms by the Long Tasks API: ${longTasks} in ${ROUNDS} rounds`,
    );
  }
  process.exitCode = over ? 1 : 0;
} finally {
  await browser.close();
}

/**
 * A 90% interval for median(ours) / median(bare), from 2,000 resamplings of the rounds (a round is
 * drawn whole, so the contenders keep the machine state they shared). Seeded: a run can be redone.
 */
function ratioInterval(ours: number[], bare: number[]): [number, number] {
  const random = createRandom(1);
  const ratios: number[] = [];
  for (let r = 0; r < 2000; r++) {
    const picks = ours.map(() => random.int(0, ours.length - 1));
    ratios.push(median(picks.map((i) => ours[i]!)) / median(picks.map((i) => bare[i]!)));
  }
  return [quantile(ratios, 0.05), quantile(ratios, 0.95)];
}

function median(values: number[]): number {
  return quantile(values, 0.5);
}

/** The `q` quantile, interpolated between the two nearest samples. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.ceil(at)]! - sorted[low]!) * (at - low);
}
