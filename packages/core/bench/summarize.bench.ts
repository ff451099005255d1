/**
 * Is summarizing cheap next to reading the data? Generates 100,000 twelve-session episodes (an ORS
 * and an SRS each session), serialises them, then times, over several rounds, JSON.parse of that
 * text, scoring every rating, summarizing every episode and summarizing the whole caseload.
 * Target: summarizing costs at most twice parsing. Prints PASS or FAIL and exits 1 on FAIL.
 *
 *   npm run bench                 (100,000 episodes, 5 rounds)
 *   npm run bench -- 20000 3      (episodes, rounds: a quicker look)
 */
import { scoreRating, summarizeCaseload, summarizeEpisode } from '../src/index.js';
import type { CaseloadEpisode } from '../src/index.js';
import { createRandom, generateEpisode } from '../src/sample/index.js';

// The SDK is type-checked without Node's or the DOM's globals; the few this script needs are typed here.
interface Host {
  process: { argv: string[]; exitCode?: number; memoryUsage(): { heapUsed: number } };
  console: { log(line: string): void };
  performance: { now(): number };
}
const { process, console, performance } = globalThis as unknown as Host;

const EPISODES = Number(process.argv[2] ?? 100_000);
const ROUNDS = Number(process.argv[3] ?? 5);
const SESSIONS = 12;
const TARGET = 2;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

// Serialised one episode at a time, so the generated objects never all sit in memory with the text.
const random = createRandom(2026);
const parts: string[] = [];
for (let i = 1; i <= EPISODES; i++) {
  const id = `client-${String(i).padStart(6, '0')}`;
  parts.push(JSON.stringify(generateEpisode(random, { id, sessions: SESSIONS, ages: false, collateral: false })));
}
const text = `[${parts.join(',')}]`;
parts.length = 0;
console.log(`${EPISODES} episodes, ${EPISODES * SESSIONS * 2} ratings, ${(text.length / 1e6).toFixed(1)} MB of JSON, ${ROUNDS} rounds`);

const timings = { parse: [] as number[], score: [] as number[], summarize: [] as number[], caseload: [] as number[] };
// Results are folded into a checksum, so no work can be optimised away, and it must match each round.
let checksum = 0;
for (let round = 0; round < ROUNDS; round++) {
  let data: CaseloadEpisode[] = [];
  timings.parse.push(time(() => (data = JSON.parse(text) as CaseloadEpisode[])));
  let sum = 0;
  timings.score.push(time(() => {
    for (const episode of data) for (const rating of episode.ratings) sum += scoreRating(rating).total;
  }));
  timings.summarize.push(time(() => {
    for (const episode of data) {
      const { outcome, alliance, alerts } = summarizeEpisode(episode.ratings, episode.age === undefined ? {} : { age: episode.age });
      sum += (outcome?.change ?? 0) + (alliance?.latest ?? 0) + alerts.length;
    }
  }));
  timings.caseload.push(time(() => {
    const caseload = summarizeCaseload(data);
    sum += caseload.byChangeClass.recovered + caseload.attention.length + (caseload.effectSize ?? 0);
  }));
  if (round > 0 && Math.abs(sum - checksum) > 1e-6) throw new Error(`Round ${round + 1} gave a different result (${sum} against ${checksum}).`);
  checksum = sum;
  data = [];
}

const parse = median(timings.parse);
const row = (label: string, values: number[]) =>
  console.log(`${label.padEnd(28)} median ${median(values).toFixed(0).padStart(6)} ms   ${(median(values) / parse).toFixed(2)}x parse   (${values.map((v) => v.toFixed(0)).join(', ')})`);
row('JSON.parse', timings.parse);
row('scoreRating, every rating', timings.score);
row('summarizeEpisode, each', timings.summarize);
row('summarizeCaseload, all', timings.caseload);
console.log(`heap in use: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);

const ratios = { summarizeEpisode: median(timings.summarize) / parse, summarizeCaseload: median(timings.caseload) / parse };
const failed = Object.entries(ratios).filter(([, ratio]) => ratio > TARGET);
for (const [name, ratio] of Object.entries(ratios)) console.log(`${name}/parse = ${ratio.toFixed(2)} (target <= ${TARGET})`);
console.log(failed.length === 0 ? 'PASS' : `FAIL: ${failed.map(([name]) => name).join(', ')} above ${TARGET}x parse`);
if (failed.length > 0) process.exitCode = 1;
