/**
 * Turns the chart's inputs (ratings, norms, trajectory, age) into what it draws and says: the series
 * of the episode summary aligned on one session axis, the cutoffs, the expected band, the alerts and
 * the text summary. summarizeEpisode has already validated, grouped, numbered and ordered every
 * series, so alerts, summary and chart name the same sessions. No DOM here.
 */
import { FitlineError, RATERS, alertTextsEn, expectedScore, summarizeEpisode, wordAlert } from '@fitline/core';
import type { Alert, AllianceSummary, EpisodeSummary, InstrumentKind, NormsProfile, OutcomeSummary, Rater, Rating, TrajectoryModel } from '@fitline/core';
import { seriesLook } from './series-look.js';
import type { SeriesLook } from './series-look.js';
import { summaryText } from './summary-text.js';
import type { ChartText } from './chart-text.js';

export interface ChartInputs {
  ratings: unknown;
  norms?: NormsProfile | undefined;
  trajectory?: TrajectoryModel | undefined;
  age?: number | undefined;
}

/** One rating as the chart's table and readout show it. */
export interface ChartRow {
  x: number;
  date: string;
  instrument: string;
  rater: Rater;
  label: string;
  /** Empty for a total-only rating: the clinician entered the total alone. */
  items: number[];
  total: number;
  /** Since the first rating of the same series, exact to a tenth. */
  change: number;
  /** Of the series the expected band is about: the client's own outcome. */
  standing: boolean;
}

export interface ChartSeries {
  label: string;
  /** The client's own outcome or alliance series that the summary speaks of first. */
  primary: boolean;
  kind: InstrumentKind;
  rater: Rater;
  look: SeriesLook;
  /** Totals aligned on `xs`; null where this series has no rating at that session. */
  values: (number | null)[];
}

export interface ChartBand {
  label: string;
  lower: (number | null)[];
  expected: (number | null)[];
  upper: (number | null)[];
}

export interface ChartModel {
  xs: number[];
  /** Some ratings had no session number: their series were numbered in date order. */
  byDate: boolean;
  /** By session; within one, in series order (client outcome first). */
  rows: ChartRow[];
  series: ChartSeries[];
  /** The client's own outcome totals on `xs` (the first series), empty when there are none. */
  client: (number | null)[];
  outcomeCutoff: number | null;
  allianceCutoff: number | null;
  band: ChartBand | null;
  /** Sessions where the client's outcome fell below the expected band. */
  offTrack: number[];
  /** The episode's alerts, worded in the chart's language. */
  alerts: Alert[];
  /**
   * The ratings the chart shows, in the order of its table: of a session rated twice in one series the
   * kept one only (the later, as the summary reads it), and none of an earlier episode a re-intake ended.
   */
  ratings: Rating[];
  episode: EpisodeSummary;
  /** The language everything above is worded in, with its number and date formats. */
  text: ChartText;
  summary: string;
}

/** The chart's model, or throws the FitlineError naming the field and the rule (`ratings[2].items[0]`). */
export function buildChartModel({ ratings = [], norms, trajectory, age }: ChartInputs, text: ChartText): ChartModel {
  const { s } = text;
  // summarizeEpisode refuses anything but a list of valid ratings, naming the field and the rule.
  const episode = summarizeEpisode(ratings as Rating[], { age, norms, trajectory });
  const { outcome, alliance } = episode;
  // Outcome before alliance; within each, the client first, then the raters in their usual order.
  const byRater = <S extends OutcomeSummary | AllianceSummary>(list: S[]) =>
    [...list].sort((a, b) => Number(a.rater !== 'client') - Number(b.rater !== 'client') || RATERS.indexOf(a.rater) - RATERS.indexOf(b.rater));
  const groups: [InstrumentKind, OutcomeSummary | AllianceSummary][] = [
    ...byRater(episode.outcomes).map((s): [InstrumentKind, OutcomeSummary] => ['outcome', s]),
    ...byRater(episode.alliances).map((s): [InstrumentKind, AllianceSummary] => ['alliance', s]),
  ];
  // A client's id is part of a label only where the ratings are about more than one client.
  const named = new Set(groups.map(([, s]) => s.clientId)).size > 1;

  const xs = [...new Set(groups.flatMap(([, g]) => g.sessions.map((p) => p.session)))].sort((a, b) => a - b);
  const position = new Map(xs.map((x, i) => [x, i]));
  const rows: ChartRow[] = [];
  const series: ChartSeries[] = [];
  const shown: number[] = [];
  for (const [kind, group] of groups) {
    const { rater, instrument, sessions: points } = group;
    const who = named && group.clientId !== undefined ? text.fill(s.ofClient, { id: group.clientId }) : '';
    const name = instrument.toUpperCase();
    const label = rater === 'client' ? text.fill(s.seriesOwn, { instrument: name, kind: s[kind] + who }) : text.fill(s.seriesBy, { instrument: name, rater: s.raters[rater] }) + who;
    const values: (number | null)[] = xs.map(() => null);
    const first = Math.round(points[0]!.total * 10);
    for (const p of points) {
      values[position.get(p.session) as number] = p.total;
      const change = (Math.round(p.total * 10) - first) / 10;
      rows.push({ x: p.session, date: p.date, instrument: p.instrument, rater, label, items: p.items, total: p.total, change, standing: group === outcome });
      shown.push(p.index);
    }
    series.push({ label, primary: group === outcome || group === alliance, kind, rater, look: seriesLook(kind, rater, instrument), values });
  }
  // Stable: within a session, rows keep the series order.
  const order = rows.map((_, i) => i).sort((i, j) => rows[i]!.x - rows[j]!.x || i - j);
  const sortedRows = order.map((i) => rows[i]!);
  const kept = order.map((i) => (ratings as Rating[])[shown[i]!]!);

  const band = trajectory && outcome ? bandFor(trajectory, outcome.intake, outcome.intakeSession, xs, text) : null;
  const client = outcome ? (series[0] as ChartSeries).values : [];
  const offTrack = band ? xs.filter((_, i) => client[i] != null && band.lower[i] != null && (client[i] as number) < (band.lower[i] as number)) : [];

  const model: Omit<ChartModel, 'summary'> = {
    xs,
    byDate: episode.byDate,
    rows: sortedRows,
    series,
    client,
    outcomeCutoff: outcome?.cutoff ?? null,
    allianceCutoff: alliance?.cutoff ?? null,
    band,
    offTrack,
    // English is how the core words them already.
    alerts: s.alerts === alertTextsEn ? episode.alerts : episode.alerts.map((a) => ({ ...a, ...wordAlert(a, s.alerts) })),
    ratings: kept,
    episode,
    text,
  };
  return { ...model, summary: summaryText(model) };
}

function bandFor(model: TrajectoryModel, intake: number, intakeSession: number, xs: number[], text: ChartText): ChartBand | null {
  const lower: (number | null)[] = [];
  const expected: (number | null)[] = [];
  const upper: (number | null)[] = [];
  try {
    for (const x of xs) {
      // The model counts the intake as session 1, whatever number the intake was given (as core does).
      const n = x - intakeSession + 1;
      const e = n < 1 ? null : n === 1 ? { expected: intake, lower: intake, upper: intake } : expectedScore(model, intake, n);
      lower.push(e?.lower ?? null);
      expected.push(e?.expected ?? null);
      upper.push(e?.upper ?? null);
    }
  } catch (error) {
    // A model that says nothing about this intake (outside its table) draws no band, as core leaves on-track unknown.
    if (error instanceof FitlineError) return null;
    throw error;
  }
  // A model whose own label already says it is illustrative is not told so twice.
  const label = model.illustrative && !/illustrative/i.test(model.label) ? text.fill(text.s.illustrative, { label: model.label }) : model.label;
  return { label, lower, expected, upper };
}
