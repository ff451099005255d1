// The plan runner behind `npm test` (test-all.js): steps, run one after another (`sequence`) or side by
// side (`parallel`), each timed and counted. A step alone on the machine shows its output as it comes;
// a step running beside others keeps its output and prints it whole when it ends, so the output of
// parallel steps is never interleaved. Every step runs even when an earlier one failed, so one run
// shows everything that is wrong.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MINUTE = 60_000;

/**
 * One command. A step that writes a counts file (its path in the environment variable `counts`) adds
 * its counts; any other counts as one check. A step that runs past `minutes` is stopped and fails:
 * a hang must not hold CI until it is killed.
 */
export const step = (name, command, args, { counts, env = {}, minutes = 10 } = {}) => ({ kind: 'step', name, command, args, counts, env, minutes });
/** Parts run one after another. */
export const sequence = (...parts) => ({ kind: 'sequence', parts });
/** Parts run side by side; the group ends when all have ended. */
export const parallel = (...parts) => ({ kind: 'parallel', parts });

/**
 * Runs a plan in `cwd` and answers what the test command reports: the counts, the steps that failed,
 * the engines that were skipped, and each step's time in the order the steps ended.
 */
export async function runPlan(plan, { cwd }) {
  const scratch = mkdtempSync(join(tmpdir(), 'fitline-test-'));
  const result = { passed: 0, failed: 0, skipped: 0, failedSteps: [], skippedEngines: [], times: [] };
  try {
    await run(plan, { cwd, scratch, result, alone: true });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return result;
}

async function run(part, context) {
  if (part.kind === 'sequence') {
    for (const child of part.parts) await run(child, context);
  } else if (part.kind === 'parallel') {
    await Promise.all(part.parts.map((child) => run(child, { ...context, alone: part.parts.length === 1 && context.alone })));
  } else {
    await runStep(part, context);
  }
}

async function runStep({ name, command, args, counts, env, minutes }, { cwd, scratch, result, alone }) {
  const countsFile = counts ? join(scratch, `${counts}-${result.times.length}-${Math.random().toString(36).slice(2)}.json`) : null;
  const started = Date.now();
  const output = [];
  const show = (chunk) => (alone ? process.stdout.write(chunk) : output.push(chunk));
  process.stdout.write(alone ? `\n== ${name} ==\n` : `\n-- started: ${name}\n`);

  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env, ...(countsFile ? { [counts]: countsFile } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', show);
  child.stderr.on('data', show);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, minutes * MINUTE);
  const { status, error } = await new Promise((resolve) => {
    child.on('error', (spawnError) => resolve({ status: null, error: spawnError }));
    child.on('close', (code) => resolve({ status: code, error: null }));
  });
  clearTimeout(timer);
  if (error) show(`${name}: could not start ${command}: ${error.message}\n`);
  if (timedOut) show(`\n${name}: stopped after ${minutes} minutes\n`);
  if (!alone) process.stdout.write(`\n== ${name} ==\n${output.join('')}`);

  const ok = status === 0 && !error && !timedOut;
  if (countsFile && existsSync(countsFile)) {
    const found = JSON.parse(readFileSync(countsFile, 'utf8'));
    result.passed += found.passed;
    result.skipped += found.skipped;
    result.skippedEngines.push(...(found.skippedEngines ?? []));
    // A step that exits non-zero without a counted failure (a crash, a browser that did not start) still fails.
    result.failed += found.failed > 0 || ok ? found.failed : 1;
  } else {
    result[ok ? 'passed' : 'failed'] += 1;
  }
  if (!ok) result.failedSteps.push(name);
  result.times.push({ name, seconds: (Date.now() - started) / 1000, ok });
}

/** The time table printed before the closing line: each step, and the whole run. */
export function timeTable(times, totalSeconds) {
  const width = Math.max(...times.map(({ name }) => name.length), 'whole run'.length);
  const format = (seconds) => {
    const whole = Math.round(seconds);
    return whole >= 60 ? `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2)} s` : `${seconds.toFixed(1)} s`;
  };
  const row = (name, seconds, mark = '') => `${name.padEnd(width)}  ${format(seconds).padStart(10)}${mark}`;
  return [
    `${'step'.padEnd(width)}  ${'time'.padStart(10)}`,
    ...times.map(({ name, seconds, ok }) => row(name, seconds, ok ? '' : '  failed')),
    row('whole run', totalSeconds),
  ].join('\n');
}
