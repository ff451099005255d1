/**
 * Known ratings for the chart's tests, in Node and in the browser: an episode of six sessions, and
 * ORS and SRS ratings by session with weekly dates.
 */
import type { Rating } from '@fitline/core';

/** ORS 17.3 at intake to 24.1 at session 6 (reliable improvement, still below 25), SRS each session. */
export const ORS_ITEMS = [
  [4.2, 5.1, 3.3, 4.7],
  [4.5, 4.5, 4.5, 4.5],
  [5.0, 5.0, 4.5, 5.0],
  [5.0, 5.5, 5.5, 5.0],
  [5.5, 5.5, 5.5, 5.5],
  [6.1, 6.0, 6.0, 6.0],
];
export const SRS_ITEMS = [
  [9.0, 9.1, 9.2, 9.3],
  [9.5, 9.5, 9.5, 9.5],
  [9.6, 9.4, 9.5, 9.5],
  [9.7, 9.7, 9.7, 9.7],
  [9.8, 9.8, 9.8, 9.8],
  [9.9, 9.9, 9.8, 9.8],
];

export function dateOf(session: number): string {
  return new Date(Date.UTC(2026, 0, 5 + 7 * (session - 1))).toISOString().slice(0, 10);
}

export function ors(session: number, items: number[], extra: Partial<Rating> = {}): Rating {
  return { instrument: 'ors', items, date: dateOf(session), session, ...extra };
}

export function srs(session: number, items: number[], extra: Partial<Rating> = {}): Rating {
  return { instrument: 'srs', items, date: dateOf(session), session, ...extra };
}

export const EPISODE: Rating[] = ORS_ITEMS.flatMap((items, i) => [ors(i + 1, items), srs(i + 1, SRS_ITEMS[i] as number[])]);

/** Many sessions, totals wandering between 10 and 30. */
export function longEpisode(count: number): Rating[] {
  return Array.from({ length: count }, (_, i) => {
    const v = Math.round((5 + 2.5 * Math.sin(i / 7)) * 10) / 10;
    return ors(i + 1, [v, v, v, v]);
  });
}

/** Alerts at session 6 (no reliable change at the checkpoint; the alliance low, dropped, and two of its items low). */
export const WITH_ALERTS: Rating[] = [
  ors(1, [5, 5, 5, 5]),
  ors(2, [3.5, 3.5, 3.5, 3.5]),
  ...[3, 4, 5, 6].map((n) => ors(n, ORS_ITEMS[n - 1]!)),
  ...[1, 2, 3, 4, 5].map((n) => srs(n, [9.8, 9.8, 9.8, 9.8])),
  srs(6, [7, 7, 8, 8]),
];

