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
import type { EpisodeClosure, EpisodeSummary } from './episode.js';
import { resolveEpisodeOptions, summarizeAll, withOwnOptions } from './episode.js';
import type { EffectSizeReference } from './effect-size.js';
import { assertOptions } from './validate.js';
import type { CaseloadFigures, CaseloadTally, EffectSizeRule } from './caseload-tally.js';
import { addEpisode, finishTally, newTally, resolveEffectSizeRule } from './caseload-tally.js';

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
}

/**
 * What summarizeCaseload returns: the figures of the whole caseload and, with `groupBy`, of each group.
 */
export interface CaseloadSummary extends CaseloadFigures {
  /** With options.groupBy: the figures of each group, by its key, in key order. */
  groups?: Record<string, CaseloadFigures>;
}

/**
 * Summarises a caseload; throws a FitlineError naming the episode (`episodes[3].ratings[2].items[0]`)
 * on bad input. An episode whose ratings hold a re-intake counts as two (or more) episodes: the
 * earlier ones ended (`endings.unrecorded`), and only the latest can need attention.
 */
export function summarizeCaseload<E extends CaseloadEpisode>(episodes: E[], options: CaseloadOptions<E> = {}): CaseloadSummary {
  if (!Array.isArray(episodes)) throw new FitlineError('not-an-object', 'episodes must be a list of { id, ratings }.', 'episodes');
  const { norms, trajectory, reference, effectSize, groupBy } = assertOptions(options);
  if (groupBy !== undefined && typeof groupBy !== 'function') throw new FitlineError('bad-option', 'groupBy must be a function that returns an episode\'s group.', 'groupBy');
  const rule = resolveEffectSizeRule(effectSize);
  const resolved = resolveEpisodeOptions({ norms, trajectory });
  const total = newTally();
  const groups = new Map<string, CaseloadTally>();

  for (let i = 0; i < episodes.length; i++) {
    const episode = episodes[i];
    const summaries = summarizeOne(episode, i, resolved);
    let group: CaseloadTally | undefined;
    if (groupBy) {
      const key = groupBy(episode!);
      if (typeof key !== 'string') throw new FitlineError('bad-option', `groupBy must return a string; for episodes[${i}] it returned ${typeof key}.`, `episodes[${i}]`);
      if (!groups.has(key)) groups.set(key, newTally());
      group = groups.get(key);
    }
    summaries.forEach((summary, s) => {
      // Every episode but the latest was ended by the re-intake that followed it.
      const endedByReintake = s < summaries.length - 1;
      addEpisode(total, episode!.id, summary, endedByReintake);
      if (group) addEpisode(group, episode!.id, summary, endedByReintake);
    });
  }
  const summary: CaseloadSummary = finishTally(total, rule, reference);
  if (groupBy) {
    summary.groups = {};
    for (const key of [...groups.keys()].sort()) summary.groups[key] = finishTally(groups.get(key)!, rule, reference);
  }
  return summary;
}

function summarizeOne(episode: CaseloadEpisode | undefined, i: number, options: ReturnType<typeof resolveEpisodeOptions>): EpisodeSummary[] {
  const path = `episodes[${i}]`;
  if (typeof episode !== 'object' || episode === null || typeof episode.id !== 'string' || !episode.id) {
    throw new FitlineError('not-an-object', `${path} must be an object with a non-empty string id and a list of ratings.`, path);
  }
  try {
    const { age, closed } = episode;
    return summarizeAll(episode.ratings, age === undefined && closed === undefined ? options : withOwnOptions(options, { age, closed }));
  } catch (error) {
    if (error instanceof FitlineError) throw FitlineError.fromProblems(nestProblems(path, error.problems));
    throw error;
  }
}
