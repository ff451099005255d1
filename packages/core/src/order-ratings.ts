/**
 * Puts an episode's ratings into series, one per instrument kind and rater, each in session order,
 * so that summaries and charts read "intake" and "latest" the same way.
 *
 * Order: by session number when every rating in the series has one, else by date (then input
 * order), and the series is then numbered 1..n. A session number given twice in a series is a
 * corrected entry: the later one in input order replaces the earlier.
 */
import type { InstrumentKind } from './instruments.js';
import { INSTRUMENTS } from './instruments.js';
import type { InstrumentId, Rater, Rating } from './rating.js';
import { fromTenths, toTenths } from './tenths.js';

/** One scored administration in a series. */
export interface SessionPoint {
  session: number;
  date: string;
  /** 0 to 40, exact to a tenth. */
  total: number;
  /** The item values, exact to a tenth, in the instrument's order; empty for a total-only rating. */
  items: number[];
  instrument: InstrumentId;
  /** Where the rating was in the input list. */
  index: number;
}

/** An episode's ratings of one instrument kind by one rater, as session points in order. */
export interface RatingSeries {
  kind: InstrumentKind;
  rater: Rater;
  points: SessionPoint[];
}

/** Groups valid ratings into series (first seen first) and orders each one. */
export function groupSeries(ratings: readonly Rating[]): RatingSeries[] {
  const groups: RatingSeries[] = [];
  const numbered: boolean[] = [];
  for (let index = 0; index < ratings.length; index++) {
    const r = ratings[index]!;
    const kind = INSTRUMENTS[r.instrument].kind;
    const rater = r.rater ?? 'client';
    let g = 0;
    while (g < groups.length && (groups[g]!.kind !== kind || groups[g]!.rater !== rater)) g++;
    if (g === groups.length) {
      groups.push({ kind, rater, points: [] });
      numbered.push(true);
    }
    // Tenths make the total exact; items are re-read from them so 0.30000000000000004 becomes 0.3.
    // A total-only rating has no items and its own total.
    const it = r.items;
    const a = toTenths(it[0]!), b = toTenths(it[1]!), c = toTenths(it[2]!), d = toTenths(it[3]!);
    const n = it.length;
    groups[g]!.points.push({ session: r.session ?? 0, date: r.date, total: (n ? a + b + c + d : toTenths(r.total!)) / 10, items: n ? [a, b, c, d].map(fromTenths) : [], instrument: r.instrument, index });
    if (r.session === undefined) numbered[g] = false;
  }
  for (let g = 0; g < groups.length; g++) {
    const series = groups[g]!;
    series.points = numbered[g] ? bySession(series.points) : byDate(series.points);
  }
  return groups;
}

function bySession(points: SessionPoint[]): SessionPoint[] {
  let sorted = true;
  for (let i = 1; i < points.length && sorted; i++) sorted = points[i - 1]!.session < points[i]!.session;
  if (sorted) return points;
  points.sort((p, q) => p.session - q.session || p.index - q.index);
  // After the sort, a repeated session's entries sit together, the latest input last: keep that one.
  const kept: SessionPoint[] = [];
  for (const p of points) {
    if (kept.length > 0 && kept[kept.length - 1]!.session === p.session) kept[kept.length - 1] = p;
    else kept.push(p);
  }
  return kept;
}

/**
 * By the calendar day as written (the day a rating was given, where it was given), then by the moment
 * (a date alone counts as midnight UTC), then by input order. The moment alone would put a date alone
 * (midnight UTC) ahead of a rating given the evening before at -05:00.
 */
function byDate(points: SessionPoint[]): SessionPoint[] {
  const times = new Map<SessionPoint, number>();
  for (const p of points) times.set(p, Date.parse(p.date));
  points.sort((p, q) => p.date.slice(0, 10).localeCompare(q.date.slice(0, 10)) || times.get(p)! - times.get(q)! || p.index - q.index);
  points.forEach((p, i) => (p.session = i + 1));
  return points;
}
