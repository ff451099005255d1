/**
 * Made-up but realistic episodes for demos, tests and benchmarks: intakes mostly in the clinical
 * range, improvement that slows over the sessions, some clients who do not improve and a few who
 * get worse, a session rating every session that is mostly high with occasional dips.
 */
import type { Rating } from '../rating.js';
import { FitlineError } from '../errors.js';
import type { Random } from './random.js';

/**
 * Options for generateEpisode: the id, number of sessions, start date, ages, alliance and collateral
 * ratings, and the course of change.
 */
export interface SampleEpisodeOptions {
  /** The episode's id; `client-0001` style ids come from generateCaseload. */
  id?: string;
  /** How many sessions; by default 1 to 12, a few clients coming only once. */
  sessions?: number;
  /** The earliest intake date (YYYY-MM-DD); intakes fall in the 26 weeks from it, sessions weekly. */
  start?: string;
  /** Give the client an age: mostly adults, some adolescents, some children (with the CORS and CSRS). Default true. */
  ages?: boolean;
  /** A session rating every session. Default true. */
  alliance?: boolean;
  /** Some children's caretakers rate them too. Default true. */
  collateral?: boolean;
  /** Force the course; by default most improve, some stay flat and a few deteriorate. */
  course?: 'improving' | 'flat' | 'deteriorating';
}

/**
 * One made-up episode: its id, the client's age when one was drawn, and its ratings, as
 * summarizeCaseload takes an episode.
 */
export interface SampleEpisode {
  id: string;
  age?: number;
  ratings: Rating[];
}

const DAY = 86_400_000;

/**
 * One made-up but realistic episode of ratings, drawn from `random`; throws a FitlineError for a bad
 * `start` or `sessions` option.
 */
export function generateEpisode(random: Random, options: SampleEpisodeOptions = {}): SampleEpisode {
  const { ages = true, alliance = true, collateral = true } = options;
  const start = Date.parse(options.start ?? '2026-01-05');
  if (Number.isNaN(start)) throw new FitlineError('bad-option', `start must be a date such as 2026-01-05, not ${String(options.start)}.`, 'start');
  if (options.sessions !== undefined && !(Number.isSafeInteger(options.sessions) && options.sessions >= 1)) {
    throw new FitlineError('bad-option', `sessions must be a whole number from 1 up, not ${String(options.sessions)}.`, 'sessions');
  }
  const sessions = options.sessions ?? (random.chance(0.1) ? 1 : random.int(2, 12));
  const firstDay = start + random.int(0, 25) * 7 * DAY;
  const age = ages ? drawAge(random) : undefined;
  const child = age !== undefined && age < 13;
  const outcomeId = child ? 'cors' : 'ors';
  const allianceId = child ? 'csrs' : 'srs';

  const intake = clamp(random.normal(19, 7), 1, 39);
  const course = options.course ?? (random.chance(0.7) ? 'improving' : random.chance(0.75) ? 'flat' : 'deteriorating');
  const gain =
    course === 'improving'
      ? Math.max(1, 36 - intake) * clamp(random.normal(0.55, 0.2), 0.15, 0.9)
      : course === 'flat'
        ? random.normal(0, 1.5)
        : -Math.min(intake, clamp(random.normal(7.5, 2), 5.5, 14));
  const pace = clamp(random.normal(2.5, 0.8), 1, 5);
  const caretaker = collateral && child && random.chance(0.6);
  const caretakerBias = random.normal(-2, 2.5);

  const ratings: Rating[] = [];
  for (let s = 1; s <= sessions; s++) {
    const date = new Date(firstDay + (s - 1) * 7 * DAY).toISOString().slice(0, 10);
    const mode = random.chance(0.3) ? 'telehealth' : 'in-session';
    // Improvement slows as sessions go by: most of it comes early.
    const expected = intake + gain * (1 - Math.exp(-(s - 1) / pace));
    const outcome = s === 1 ? intake : clamp(expected + random.normal(0, 1.8), 0, 40);
    ratings.push({ instrument: outcomeId, items: split(random, outcome, 12), date, session: s, mode });
    if (caretaker) {
      const rated = clamp(expected + caretakerBias + random.normal(0, 2), 0, 40);
      ratings.push({ instrument: outcomeId, items: split(random, rated, 12), date, session: s, rater: 'caretaker', mode });
    }
    if (alliance) {
      const total = random.chance(0.12) ? clamp(random.normal(33, 3), 10, 40) : clamp(random.normal(38.2, 1.1), 34, 40);
      ratings.push({ instrument: allianceId, items: split(random, total, 4), date, session: s, mode });
    }
  }
  const episode: SampleEpisode = { id: options.id ?? 'client-0001', ratings };
  if (age !== undefined) episode.age = age;
  return episode;
}

function drawAge(random: Random): number {
  const r = random.next();
  if (r < 0.15) return random.int(6, 12);
  if (r < 0.3) return random.int(13, 17);
  return random.int(18, 75);
}

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

/**
 * Four items in whole tenths that sum exactly to the total (rounded to a tenth), each 0 to 10,
 * scattered around a quarter of it by `spread` tenths.
 */
function split(random: Random, total: number, spread: number): number[] {
  let left = Math.round(total * 10);
  const items: number[] = [];
  for (let k = 4; k > 1; k--) {
    // Keep what is left reachable by the remaining items.
    const lo = Math.max(0, left - 100 * (k - 1));
    const hi = Math.min(100, left);
    const t = Math.round(clamp(left / k + random.normal(0, spread), lo, hi));
    items.push(t / 10);
    left -= t;
  }
  items.push(left / 10);
  return items;
}
