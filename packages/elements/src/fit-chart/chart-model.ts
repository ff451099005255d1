/**
 * Turns the chart's inputs (ratings, norms, trajectory, age) into what it draws and says: series
 * aligned on one session axis, the cutoffs from the norms profile, the expected band, the alerts of
 * the episode summary and the text summary. Sessions are numbered as @fitline/core numbers them
 * (groupSeries), so alerts, summary and chart name the same session. No DOM here.
 */
import { FitlineError, expectedScore, groupSeries, summarizeEpisode } from '@fitline/core';
import type { Alert, EpisodeSummary, InstrumentKind, NormsProfile, Rater, Rating, TrajectoryModel } from '@fitline/core';
import { seriesLook } from './series-look.js';
import type { SeriesLook } from './series-look.js';
import { summaryText } from './summary-text.js';

export interface ChartInputs {
  ratings: unknown;
  norms?: NormsProfile | undefined;
  trajectory?: TrajectoryModel | undefined;
  age?: number | undefined;
}

/** One rating as the chart shows it: where it sits and its score. */
export interface ChartRow {
  x: number;
  rating: Rating;
  total: number;
  items: number[];
  series: string;
}

export interface ChartSeries {
  key: string;
  label: string;
  kind: InstrumentKind;
  rater: Rater;
  look: SeriesLook;
  /** Totals aligned on `xs`; null where this series has no rating at that session. */
  values: (number | null)[];
}

export interface ChartBand {
  label: string;
  illustrative: boolean;
  lower: (number | null)[];
  expected: (number | null)[];
  upper: (number | null)[];
}

export interface ChartModel {
  xs: number[];
  /** Some ratings had no session number: their series were numbered in date order. */
  byDate: boolean;
  rows: ChartRow[];
  series: ChartSeries[];
  outcomeCutoff: number | null;
  allianceCutoff: number | null;
  band: ChartBand | null;
  /** Sessions where the client's outcome fell below the expected band. */
  offTrack: number[];
  alerts: Alert[];
  episode: EpisodeSummary;
  summary: string;
}

const RATER_ORDER: Rater[] = ['client', 'caretaker', 'teacher', 'partner', 'other'];
const ABBREVIATIONS: Record<string, string> = { ors: 'ORS', cors: 'CORS', ycors: 'YCORS', srs: 'SRS', csrs: 'CSRS', ycsrs: 'YCSRS', gsrs: 'GSRS' };

/** The chart's model, or throws a FitlineError naming the field and the rule (`ratings[2].items[0]`). */
export function buildChartModel(inputs: ChartInputs): ChartModel {
  if (!Array.isArray(inputs.ratings)) {
    throw new FitlineError('not-an-object', 'ratings must be a list of Rating objects.', 'ratings');
  }
  const ratings = inputs.ratings as Rating[];
  // summarizeEpisode validates every rating and the options, and names the first problem.
  const episode = summarizeEpisode(ratings, { age: inputs.age, norms: inputs.norms, trajectory: inputs.trajectory });
  const grouped = groupSeries(ratings).sort(
    (a, b) => Number(a.kind === 'alliance') - Number(b.kind === 'alliance') || RATER_ORDER.indexOf(a.rater) - RATER_ORDER.indexOf(b.rater),
  );

  const xs = [...new Set(grouped.flatMap((g) => g.points.map((p) => p.session)))].sort((a, b) => a - b);
  const position = new Map(xs.map((x, i) => [x, i]));
  const rows: ChartRow[] = [];
  const series: ChartSeries[] = grouped.map((g) => {
    const key = `${g.kind}:${g.rater}`;
    const values: (number | null)[] = xs.map(() => null);
    for (const p of g.points) {
      values[position.get(p.session) as number] = p.total;
      rows.push({ x: p.session, rating: ratings[p.index] as Rating, total: p.total, items: p.items, series: key });
    }
    const names = [...new Set(g.points.map((p) => ABBREVIATIONS[p.instrument]))].join('/');
    const label = g.rater === 'client' ? `${names} (${g.kind})` : `${names} by ${g.rater}`;
    return { key, label, kind: g.kind, rater: g.rater, look: seriesLook(g.kind, g.rater), values };
  });
  // Stable: within a session, rows keep the series order (client outcome first).
  rows.sort((a, b) => a.x - b.x);

  const client = series.find((s) => s.key === 'outcome:client');
  const outcome = episode.outcome;
  const band = inputs.trajectory && outcome ? bandFor(inputs.trajectory, outcome.intake, outcome.intakeSession, xs) : null;
  const offTrack: number[] = [];
  if (band && client) {
    xs.forEach((x, i) => {
      const v = client.values[i];
      const lower = band.lower[i];
      if (v != null && lower != null && v < lower) offTrack.push(x);
    });
  }

  const model: Omit<ChartModel, 'summary'> = {
    xs,
    byDate: ratings.some((r) => r.session === undefined),
    rows,
    series,
    outcomeCutoff: outcome?.cutoff ?? null,
    allianceCutoff: episode.alliance?.cutoff ?? null,
    band,
    offTrack,
    alerts: episode.alerts,
    episode,
  };
  return { ...model, summary: summaryText(model) };
}

function bandFor(model: TrajectoryModel, intake: number, intakeSession: number, xs: number[]): ChartBand | null {
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
  const label = model.illustrative ? `${model.label} (illustrative, not a validated trajectory)` : model.label;
  return { label, illustrative: model.illustrative, lower, expected, upper };
}
