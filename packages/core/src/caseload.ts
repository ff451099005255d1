/**
 * The summary of a caseload (a clinician's, a team's, a service's): how many episodes changed in
 * which way and how they ended, the effect sizes, which episodes need attention first, and the same
 * for each group a host names (clinician, team, site). The figures are built from a tally that can be
 * added to one episode at a time and merged (caseload-tally.ts), so a caseload can be summarised in
 * parts and the parts put together.
 */
import type { Rating } from './rating.js';
import type { NormsProfile } from './norms.js';
import type { TrajectoryModel } from './trajectory-model.js';
import { FitlineError, nestProblems } from './errors.js';
import type { EpisodeClosure, EpisodeSummary, ResolvedOptions } from './episode.js';
import { resolveEpisodeOptions, summarizeAll, withOwnOptions } from './episode.js';
import type { EffectSizeReference } from './effect-size.js';
import { checkEffectSizeRule, checkReference } from './effect-size.js';
import { assertOptions } from './validate.js';
import type { CaseloadFigures, EffectSizeRule, Tally } from './caseload-tally.js';
import { addEpisode, finishTally, mergeTallies, newTally } from './caseload-tally.js';

export type { AttentionEntry, CaseloadFigures, EffectSizeBasis, EffectSizeRule, Endings } from './caseload-tally.js';

/** One episode of a caseload: its id, its ratings and, when known, the client's age and the episode's close. */
export interface CaseloadEpisode {
  id: string;
  ratings: Rating[];
  age?: number;
  closed?: EpisodeClosure;
}

/**
 * Options for summarizeCaseload: a norms profile, an expected-trajectory model, a reference sample
 * for the severity-adjusted effect size, the rule for the pre-post effect size, and a grouping.
 */
export interface CaseloadOptions<E extends CaseloadEpisode = CaseloadEpisode> {
  norms?: NormsProfile;
  trajectory?: TrajectoryModel;
  /** A clinical-range reference sample; when given, the severity-adjusted effect size is computed. */
  reference?: EffectSizeReference;
  /** When the pre-post effect size means something: a minimum of episodes, or a reference intake SD. */
  effectSize?: EffectSizeRule;
  /** The group an episode belongs to (its clinician, team or site): the summary has figures for each. */
  groupBy?: (episode: E) => string;
  /**
   * The longest attention list to keep, riskiest first (a region's report needs the top of it, and a
   * limit keeps its memory flat); all by default. `needingAttention` counts them all either way.
   */
  attentionLimit?: number;
}

/**
 * What summarizeCaseload returns: the figures of the whole caseload and, with `groupBy`, of each group.
 */
export interface CaseloadSummary extends CaseloadFigures {
  /** With options.groupBy: the figures of each group, by its key, in key order. */
  groups?: Record<string, CaseloadFigures>;
}

/**
 * A caseload's figures in the making, for a caseload summarised in parts: `all` and, with a grouping,
 * each group's. Plain JSON (it can cross a worker or a process); parts holding whole episodes merge
 * with mergeCaseloadTallies in any grouping and any order to what one pass gives.
 */
export interface CaseloadTally {
  all: Tally;
  /** By group key, with options.groupBy; null without a grouping. */
  groups: Record<string, Tally> | null;
}

/**
 * Summarises a caseload; throws a FitlineError naming the episode (`episodes[3].ratings[2].items[0]`)
 * on bad input. An episode whose ratings hold a re-intake counts as two (or more) episodes: the
 * earlier ones ended (`endings.unrecorded`), and only the latest can need attention.
 */
export function summarizeCaseload<E extends CaseloadEpisode>(episodes: E[], options: CaseloadOptions<E> = {}): CaseloadSummary {
  checkSummaryOptions(options);
  return summaryFromTally(tallyCaseload(episodes, options), options);
}

/** The effect-size rule and reference, checked before any episode is read, so a host's mistake is named at once. */
export function checkSummaryOptions(options: Pick<CaseloadOptions, 'effectSize' | 'reference'> | undefined): void {
  const { effectSize, reference } = assertOptions(options);
  checkEffectSizeRule(effectSize);
  if (reference !== undefined) checkReference(reference);
}

/** The tally of a part of a caseload (whole episodes), to merge with others and summarise with summaryFromTally. */
export function tallyCaseload<E extends CaseloadEpisode>(episodes: E[], options: CaseloadOptions<E> = {}): CaseloadTally {
  if (!Array.isArray(episodes)) throw new FitlineError('not-an-object', 'episodes must be a list of { id, ratings }.', 'episodes');
  const { groupBy, attentionLimit, ...rest } = assertOptions(options);
  const tally = newCaseloadTally(groupBy, attentionLimit);
  const resolved = resolveCaseloadOptions(rest);
  for (let i = 0; i < episodes.length; i++) {
    const episode = episodes[i];
    const summaries = summarizeOne(episode, i, resolved);
    addSummaries(tally, episode!.id, summaries, groupBy ? groupOf(groupBy, episode!, `episodes[${i}]`) : null);
  }
  return tally;
}

/** An empty tally, with or without groups, and with an attention limit or none; checks both options. */
export function newCaseloadTally(groupBy: unknown, attentionLimit?: unknown): CaseloadTally {
  if (groupBy !== undefined && typeof groupBy !== 'function') throw new FitlineError('bad-option', "groupBy must be a function that returns an episode's group.", 'groupBy');
  if (attentionLimit !== undefined && !(Number.isSafeInteger(attentionLimit) && (attentionLimit as number) >= 1)) {
    throw new FitlineError('bad-option', `attentionLimit must be a whole number from 1 up, not ${String(attentionLimit)}.`, 'attentionLimit');
  }
  return { all: newTally((attentionLimit as number | undefined) ?? null), groups: groupBy ? {} : null };
}

/** The norms and trajectory of caseload options, checked once for every episode. */
export function resolveCaseloadOptions(options: Pick<CaseloadOptions, 'norms' | 'trajectory'>): ResolvedOptions {
  const { norms, trajectory } = options;
  return resolveEpisodeOptions({ norms, trajectory });
}

/** The group key a grouping gives an episode, refused by name unless it is a string. */
export function groupOf<E>(groupBy: (episode: E) => string, episode: E, field: string): string {
  const key = groupBy(episode);
  if (typeof key !== 'string') throw new FitlineError('bad-option', `groupBy must return a string; for ${field} it returned ${typeof key}.`, field);
  return key;
}

/** Adds the summaries of one episode's ratings (more than one after a re-intake) to a tally, and to its group's. */
export function addSummaries(tally: CaseloadTally, id: string, summaries: EpisodeSummary[], group: string | null): void {
  // A group is given exactly when the tally has groups (both come from the same groupBy).
  const groupTally = group === null ? null : (tally.groups![group] ??= newTally(tally.all.attentionLimit));
  summaries.forEach((summary, s) => {
    // Every episode but the latest was ended by the re-intake that followed it.
    const endedByReintake = s < summaries.length - 1;
    addEpisode(tally.all, id, summary, endedByReintake);
    if (groupTally) addEpisode(groupTally, id, summary, endedByReintake);
  });
}

/** Two tallies of parts of a caseload (each holding whole episodes) as one; neither is changed. */
export function mergeCaseloadTallies(a: CaseloadTally, b: CaseloadTally): CaseloadTally {
  if ((a.groups === null) !== (b.groups === null)) throw new FitlineError('bad-option', 'Tallies with and without groups cannot be merged.', 'groups');
  let groups: Record<string, Tally> | null = null;
  if (a.groups) {
    groups = { ...a.groups };
    for (const [key, t] of Object.entries(b.groups!)) groups[key] = groups[key] ? mergeTallies(groups[key]!, t) : t;
  }
  return { all: mergeTallies(a.all, b.all), groups };
}

/** The caseload summary a tally stands for, with the effect-size rule and reference of `options`. */
export function summaryFromTally(tally: CaseloadTally, options: Pick<CaseloadOptions, 'effectSize' | 'reference'> = {}): CaseloadSummary {
  const { effectSize, reference } = assertOptions(options);
  const rule = checkEffectSizeRule(effectSize);
  const summary: CaseloadSummary = finishTally(tally.all, rule, reference);
  if (tally.groups) {
    summary.groups = {};
    for (const key of Object.keys(tally.groups).sort()) summary.groups[key] = finishTally(tally.groups[key]!, rule, reference);
  }
  return summary;
}

function summarizeOne(episode: CaseloadEpisode | undefined, i: number, options: ResolvedOptions): EpisodeSummary[] {
  const path = `episodes[${i}]`;
  if (typeof episode !== 'object' || episode === null || typeof episode.id !== 'string' || !episode.id) {
    throw new FitlineError('not-an-object', `${path} must be an object with a non-empty string id and a list of ratings.`, path);
  }
  try {
    const { age, closed } = episode;
    return summarizeAll(episode.ratings, withOwnOptions(options, { age, closed }));
  } catch (error) {
    if (error instanceof FitlineError) throw FitlineError.fromProblems(nestProblems(path, error.problems));
    throw error;
  }
}
