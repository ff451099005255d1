/**
 * Puts one episode's ratings in order, so that summaries, charts and exports read "intake", "latest"
 * and "session 4" the same way. The rules (docs/scoring.md, "Order, episodes and series"):
 *
 * - Session numbers are the episode's: an ORS and an SRS given at session 3 share the number 3.
 * - When any rating has a session number, every numbered rating keeps its own. A rating without one
 *   takes the number of a numbered rating given on the same calendar day; with none that day it is
 *   refused by name, never slotted in by a guess.
 * - When no rating has a number, each calendar day (as written) is one session, numbered in order.
 * - A re-intake starts a new episode: a session number lower than one given on an earlier day, or a
 *   second session 1 on a later day. Ratings from it on, and the unnumbered ones of its day, are the
 *   new episode; the ones before it are an earlier episode, summarised apart and never mixed into
 *   the new one.
 * - Series are kept apart by client, rater and instrument: an SRS and a GSRS, or an ORS and a CORS,
 *   are never one line. Within a series a session given twice is a correction: the later rating (by
 *   date and time, then by the order given) is kept.
 */
import type { InstrumentKind } from './instruments.js';
import { INSTRUMENTS } from './instruments.js';
import type { InstrumentId, Rater, Rating } from './rating.js';
import { FitlineError } from './errors.js';
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

/** An episode's ratings of one instrument by one rater (of one client), as session points in order. */
export interface RatingSeries {
  kind: InstrumentKind;
  instrument: InstrumentId;
  rater: Rater;
  /** The client the ratings are about, when the ratings name one (couple and family work). */
  clientId?: string;
  points: SessionPoint[];
}

/** One episode's ratings in order: its series, and where it starts and ends. */
export interface OrderedEpisode {
  series: RatingSeries[];
  /** The calendar days of its first and last ratings (YYYY-MM-DD). */
  from: string;
  to: string;
  /** How many ratings it holds, corrections included. */
  ratings: number;
  /** No rating had a session number: sessions are the calendar days in order. */
  byDate: boolean;
}

/** The calendar day a date names, as written where the rating was given. */
const dayOf = (date: string): string => date.slice(0, 10);

/**
 * Orders valid ratings of one episode (the caller has validated them) into the episodes they hold:
 * one, or more where re-intakes start new ones, earliest first. Throws a FitlineError naming the rating
 * (`ratings[4].episodeId`, `ratings[4].session`) when the ratings are of two episodes or a rating
 * without a session number cannot be placed.
 */
export function orderEpisodes(ratings: readonly Rating[]): OrderedEpisode[] {
  const episodeId = ratings.find((r) => r.episodeId !== undefined)?.episodeId;
  ratings.forEach((r, i) => {
    if (r.episodeId !== undefined && r.episodeId !== episodeId) {
      throw new FitlineError('mixed-episodes', `ratings[${i}].episodeId must be that of the other ratings, "${episodeId}": one episode is summarised at a time.`, `ratings[${i}].episodeId`);
    }
  });
  const moments = ratings.map((r) => Date.parse(r.date));
  // Calendar day as written, then the moment (a date alone is midnight UTC); the sort is stable, so
  // ratings of the same moment keep the order given.
  const byTime = (i: number, j: number) => dayOf(ratings[i]!.date).localeCompare(dayOf(ratings[j]!.date)) || moments[i]! - moments[j]!;
  const chronological = ratings.map((_, i) => i).sort(byTime);
  if (chronological.length === 0) return [];

  const sessions: number[] = [];
  const parts: number[][] = [];
  const numbered = ratings.some((r) => r.session !== undefined);
  if (numbered) {
    for (const part of splitAtReintakes(ratings, chronological)) {
      parts.push(part);
      placeUnnumbered(ratings, part, sessions);
    }
  } else {
    let day: string | undefined;
    let session = 0;
    for (const i of chronological) {
      if (dayOf(ratings[i]!.date) !== day) (day = dayOf(ratings[i]!.date)), (session += 1);
      sessions[i] = session;
    }
    parts.push(chronological);
  }
  return parts.map((part) => ({
    series: seriesOf(ratings, part, sessions),
    from: dayOf(ratings[part[0]!]!.date),
    to: dayOf(ratings[part[part.length - 1]!]!.date),
    ratings: part.length,
    byDate: !numbered,
  }));
}

/** The series of the latest episode the ratings hold (see orderEpisodes); none for no ratings. */
export function groupSeries(ratings: readonly Rating[]): RatingSeries[] {
  return orderEpisodes(ratings).at(-1)?.series ?? [];
}

/**
 * Splits chronologically ordered ratings where a re-intake starts a new episode: at the first rating
 * whose session number is lower than the highest given on an earlier day, or that is a second
 * session 1 on a later day. A repeated number on the same day is a correction, not a re-intake.
 */
function splitAtReintakes(ratings: readonly Rating[], chronological: number[]): number[][] {
  const parts: number[][] = [[]];
  let highestBefore = 0; // the highest session number on the days before the current one
  let highestToday = 0;
  let day: string | undefined;
  for (const i of chronological) {
    const r = ratings[i]!;
    if (dayOf(r.date) !== day) {
      day = dayOf(r.date);
      highestBefore = Math.max(highestBefore, highestToday);
      highestToday = 0;
    }
    const s = r.session;
    if (s !== undefined) {
      if (highestBefore > 0 && (s < highestBefore || s === 1)) {
        parts.push([]);
        highestBefore = highestToday = 0;
      }
      highestToday = Math.max(highestToday, s);
    }
    parts[parts.length - 1]!.push(i);
  }
  // Unnumbered ratings given on the re-intake's day before it belong with it. The earlier part never
  // empties: a re-intake needs a numbered rating on an earlier day before it, which stays.
  for (let p = 1; p < parts.length; p++) {
    const previous = parts[p - 1]!;
    const day = dayOf(ratings[parts[p]![0]!]!.date);
    const isMoved = (i: number) => ratings[i]!.session === undefined && dayOf(ratings[i]!.date) === day;
    while (isMoved(previous[previous.length - 1]!)) parts[p]!.unshift(previous.pop()!);
  }
  return parts;
}

/** Gives each rating of one episode its session: its own number, or that of a numbered rating the same day. */
function placeUnnumbered(ratings: readonly Rating[], part: number[], sessions: number[]): void {
  const byDay = new Map<string, Set<number>>();
  for (const i of part) {
    const { session, date } = ratings[i]!;
    if (session === undefined) continue;
    sessions[i] = session;
    let numbers = byDay.get(dayOf(date));
    if (!numbers) byDay.set(dayOf(date), (numbers = new Set()));
    numbers.add(session);
  }
  for (const i of part) {
    if (ratings[i]!.session !== undefined) continue;
    const day = dayOf(ratings[i]!.date);
    const numbers = [...(byDay.get(day) ?? [])];
    if (numbers.length !== 1) {
      const why = numbers.length === 0 ? `no rating of this episode on ${day} has one` : `ratings on ${day} have the numbers ${numbers.join(' and ')}`;
      throw new FitlineError('bad-session', `ratings[${i}].session must be given: other ratings of this episode have session numbers, and ${why}.`, `ratings[${i}].session`);
    }
    sessions[i] = numbers[0]!;
  }
}

/** Groups one episode's ratings into series, first rated first, each by session with corrections applied. */
function seriesOf(ratings: readonly Rating[], part: number[], sessions: number[]): RatingSeries[] {
  const series = new Map<string, RatingSeries>();
  for (const index of part) {
    const r = ratings[index]!;
    const rater = r.rater ?? 'client';
    const key = JSON.stringify([r.clientId, rater, r.instrument]);
    let s = series.get(key);
    if (!s) {
      s = { kind: INSTRUMENTS[r.instrument].kind, instrument: r.instrument, rater, points: [] };
      if (r.clientId !== undefined) s.clientId = r.clientId;
      series.set(key, s);
    }
    // Tenths make the total exact; items are re-read from them so 0.30000000000000004 becomes 0.3.
    const tenths = r.items.map(toTenths);
    const total = tenths.length ? tenths.reduce((a, b) => a + b, 0) : toTenths(r.total!);
    s.points.push({ session: sessions[index]!, date: r.date, total: fromTenths(total), items: tenths.map(fromTenths), instrument: r.instrument, index });
  }
  for (const s of series.values()) {
    // `part` is in time order, so a stable sort by session leaves a repeated session's latest rating last.
    s.points.sort((p, q) => p.session - q.session);
    s.points = s.points.filter((p, i, all) => all[i + 1]?.session !== p.session);
  }
  return [...series.values()];
}
