/**
 * The summary of a caseload (a clinician's, a team's, a service's): how many episodes changed in
 * which way, the effect sizes, and which episodes need attention first.
 */
import type { AgeGroup } from './instruments.js';
import type { Rating } from './rating.js';
import type { NormsProfile } from './norms.js';
import type { ChangeClass } from './change.js';
import type { TrajectoryModel } from './trajectory-model.js';
import type { Alert } from './alerts.js';
import { severityOf } from './alerts.js';
import { FitlineError, nestProblems } from './errors.js';
import type { EpisodeSummary } from './episode.js';
import { resolveEpisodeOptions, summarizeResolved } from './episode.js';
import type { EffectSizeReference, PrePost, SeverityAdjustedEffectSize } from './effect-size.js';
import { prePostEffectSize, severityAdjustedEffectSize } from './effect-size.js';
import { toTenths } from './tenths.js';
import { assertOptions } from './validate.js';

/** One episode of a caseload: its id, its ratings and, when known, the client's age. */
export interface CaseloadEpisode {
  id: string;
  ratings: Rating[];
  age?: number;
}

/**
 * Options for summarizeCaseload: a norms profile, an expected-trajectory model, and a reference sample
 * for the severity-adjusted effect size.
 */
export interface CaseloadOptions {
  norms?: NormsProfile;
  trajectory?: TrajectoryModel;
  /** A clinical-range reference sample; when given, the severity-adjusted effect size is computed. */
  reference?: EffectSizeReference;
}

/**
 * An episode in a caseload's attention list: its id, its alerts (riskiest first), and its change class
 * and change (null without a client outcome rating).
 */
export interface AttentionEntry {
  id: string;
  alerts: Alert[];
  changeClass: ChangeClass | null;
  change: number | null;
}

/**
 * What summarizeCaseload returns: counts by change class, effect sizes, age groups, on-track rates,
 * and the episodes that need attention first.
 */
export interface CaseloadSummary {
  episodes: number;
  /** Episodes with at least two client outcome ratings: the base of every change figure below. */
  measured: number;
  byChangeClass: Record<ChangeClass, number>;
  /** Percent of the measured episodes, to a tenth; null when none are measured. */
  percentByChangeClass: Record<ChangeClass, number | null>;
  /** Measured episodes that started at or above the cutoff: they cannot be "recovered", so they are counted apart. */
  startedAtOrAboveCutoff: number;
  /** Pre-post: mean(latest - intake) / SD(intake) over the measured episodes. */
  effectSize: number | null;
  /** Only with `options.reference`, and only over measured episodes whose intake was in the clinical range. */
  severityAdjustedEffectSize: SeverityAdjustedEffectSize | null;
  /** Episodes by the age group their norms were read for; `unknown` for an episode with no ratings and no age. */
  byAgeGroup: Record<AgeGroup | 'unknown', number>;
  /** Mean intake total over the episodes with an outcome rating, to a tenth. */
  meanIntake: number | null;
  /** On track among the episodes whose status is known (a model was given and there is more than the intake). */
  onTrack: { known: number; onTrack: number; percent: number | null };
  /** Episodes with alerts, riskiest first: by their worst alert, then by the larger fall, then by id. */
  attention: AttentionEntry[];
}

/** Summarises a caseload; throws a FitlineError naming the episode (`episodes[3].ratings[2].items[0]`) on bad input. */
export function summarizeCaseload(episodes: CaseloadEpisode[], options: CaseloadOptions = {}): CaseloadSummary {
  if (!Array.isArray(episodes)) throw new FitlineError('not-an-object', 'episodes must be a list of { id, ratings }.', 'episodes');
  const { norms, trajectory, reference } = assertOptions(options);
  const resolved = resolveEpisodeOptions({ norms, trajectory });
  const byChangeClass = { recovered: 0, improved: 0, 'no-change': 0, deteriorated: 0 };
  const byAgeGroup = { adult: 0, adolescent: 0, child: 0, 'young-child': 0, unknown: 0 };
  const measured: PrePost[] = [];
  const clinical: PrePost[] = [];
  const attention: AttentionEntry[] = [];
  let aboveCutoff = 0;
  let intakeTenths = 0;
  let withOutcome = 0;
  let known = 0;
  let onTrack = 0;

  for (let i = 0; i < episodes.length; i++) {
    const episode = episodes[i];
    const summary = summarizeOne(episode, i, resolved);
    const { outcome, alerts } = summary;
    byAgeGroup[summary.ageGroup ?? 'unknown'] += 1;
    if (alerts.length > 0) attention.push({ id: episode!.id, alerts, changeClass: outcome?.changeClass ?? null, change: outcome?.change ?? null });
    if (!outcome) continue;
    withOutcome += 1;
    intakeTenths += toTenths(outcome.intake);
    if (outcome.onTrack !== 'unknown') {
      known += 1;
      if (outcome.onTrack === 'on-track') onTrack += 1;
    }
    if (outcome.sessions.length < 2) continue;
    byChangeClass[outcome.changeClass] += 1;
    const pair = { intake: outcome.intake, latest: outcome.latest };
    measured.push(pair);
    if (outcome.startedInClinicalRange) clinical.push(pair);
    else if (outcome.cutoff !== null) aboveCutoff += 1;
  }

  attention.sort(
    (a, b) =>
      severityOf(b.alerts[0]!.code) - severityOf(a.alerts[0]!.code) ||
      (a.change ?? Infinity) - (b.change ?? Infinity) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const percentByChangeClass = {} as Record<ChangeClass, number | null>;
  for (const c in byChangeClass) percentByChangeClass[c as ChangeClass] = percent(byChangeClass[c as ChangeClass], measured.length);
  return {
    episodes: episodes.length,
    measured: measured.length,
    byChangeClass,
    percentByChangeClass,
    startedAtOrAboveCutoff: aboveCutoff,
    effectSize: prePostEffectSize(measured),
    severityAdjustedEffectSize: reference === undefined ? null : severityAdjustedEffectSize(clinical, reference),
    byAgeGroup,
    meanIntake: withOutcome > 0 ? Math.round(intakeTenths / withOutcome) / 10 : null,
    onTrack: { known, onTrack, percent: percent(onTrack, known) },
    attention,
  };
}

function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

function summarizeOne(episode: CaseloadEpisode | undefined, i: number, options: ReturnType<typeof resolveEpisodeOptions>): EpisodeSummary {
  const path = `episodes[${i}]`;
  if (typeof episode !== 'object' || episode === null || typeof episode.id !== 'string' || !episode.id) {
    throw new FitlineError('not-an-object', `${path} must be an object with a non-empty string id and a list of ratings.`, path);
  }
  try {
    return summarizeResolved(episode.ratings, episode.age === undefined ? options : { ...options, age: episode.age });
  } catch (error) {
    if (error instanceof FitlineError) throw FitlineError.fromProblems(nestProblems(path, error.problems));
    throw error;
  }
}
