/**
 * A caseload summary from a stream of ratings, as a Bulk Data export or a large CSV gives them: in any
 * order, episodes keyed by client and episode id. Ratings are checked as they arrive and held in an
 * EpisodeStore (48 bytes each), then each episode is summarised and tallied in turn, so the result is
 * summarizeCaseload's on the same episodes, whatever the order the ratings came in.
 */
import type { Rating } from './rating.js';
import { FitlineError, nestProblems } from './errors.js';
import { assertOptions, validateRating } from './validate.js';
import type { CaseloadOptions, CaseloadSummary, CaseloadTally } from './caseload.js';
import { addSummaries, checkSummaryOptions, groupOf, newCaseloadTally, resolveCaseloadOptions, summaryFromTally } from './caseload.js';
import type { EpisodeClosure, EpisodeSummary } from './episode.js';
import { summarizeValid, withOwnOptions } from './episode.js';
import { EpisodeStore, episodeName } from './episode-store.js';

/** An episode of a streamed caseload as the host's functions see it: its name and ids, without its ratings. */
export interface StreamedEpisode {
  /** The name it has in the summary's attention list: its client and episode ids, joined by " / ". */
  id: string;
  clientId?: string;
  episodeId?: string;
}

/**
 * Options for summarizeRatings: those of summarizeCaseload, with the episode's age, close and group
 * given by functions of the episode (ratings carry none of them).
 */
export interface RatingsSummaryOptions extends Omit<CaseloadOptions, 'groupBy'> {
  groupBy?: (episode: StreamedEpisode) => string;
  ageOf?: (episode: StreamedEpisode) => number | undefined;
  closedOf?: (episode: StreamedEpisode) => EpisodeClosure | undefined;
}

/**
 * Summarises a caseload from its ratings, in any order: episodes are the ratings that share a clientId
 * and an episodeId. Throws a FitlineError naming the rating (`ratings[1204].items[0]`) that is not valid,
 * or the episode whose ratings break an ordering rule.
 */
export async function summarizeRatings(ratings: AsyncIterable<Rating> | Iterable<Rating>, options: RatingsSummaryOptions = {}): Promise<CaseloadSummary> {
  checkSummaryOptions(options);
  return summaryFromTally(await tallyRatings(ratings, options), options);
}

/**
 * The tally of a stream of ratings, for a caseload summarised in parts: parts that hold whole episodes
 * (a shard by client and episode, say) merge with mergeCaseloadTallies, and summaryFromTally gives the
 * summary.
 */
export async function tallyRatings(ratings: AsyncIterable<Rating> | Iterable<Rating>, options: RatingsSummaryOptions = {}): Promise<CaseloadTally> {
  const { groupBy, ageOf, closedOf, attentionLimit, ...rest } = assertOptions(options);
  for (const [name, f] of [['ageOf', ageOf], ['closedOf', closedOf]] as const) {
    if (f !== undefined && typeof f !== 'function') throw new FitlineError('bad-option', `${name} must be a function of the episode.`, name);
  }
  // Checked before the stream is read: a host's mistake is named at once, not after a million lines.
  newCaseloadTally(groupBy, attentionLimit);
  resolveCaseloadOptions(rest);
  if (ratings === null || typeof ratings !== 'object' || !(Symbol.asyncIterator in ratings || Symbol.iterator in ratings)) {
    throw new FitlineError('not-an-object', 'ratings must be an iterable or async iterable of ratings.', 'ratings');
  }
  const store = new EpisodeStore();
  let index = 0;
  for await (const rating of ratings) {
    const problems = validateRating(rating);
    if (problems.length > 0) throw FitlineError.fromProblems(nestProblems(`ratings[${index}]`, problems));
    store.add(rating);
    index++;
  }
  return tallyStore(store, options);
}

/**
 * The tally of the episodes a store holds (ratings read by any means, in parts absorbed in order), with
 * the options of summarizeRatings.
 */
export function tallyStore(store: EpisodeStore, options: RatingsSummaryOptions = {}): CaseloadTally {
  const { groupBy, ageOf, closedOf, attentionLimit, ...rest } = assertOptions(options);
  const tally = newCaseloadTally(groupBy, attentionLimit);
  const resolved = resolveCaseloadOptions(rest);
  for (const { clientId, episodeId, ratings: held } of store.episodesWithRatings()) {
    const episode: StreamedEpisode = { id: episodeName(clientId, episodeId) };
    if (clientId !== undefined) episode.clientId = clientId;
    if (episodeId !== undefined) episode.episodeId = episodeId;
    const field = `episode "${episode.id}"`;
    let summaries: EpisodeSummary[];
    try {
      summaries = summarizeValid(held, withOwnOptions(resolved, { age: ageOf?.(episode), closed: closedOf?.(episode) }));
    } catch (error) {
      if (error instanceof FitlineError) throw FitlineError.fromProblems(nestProblems(field, error.problems));
      throw error;
    }
    // Outside the try: groupOf names the episode itself.
    addSummaries(tally, episode.id, summaries, groupBy ? groupOf(groupBy, episode, field) : null);
  }
  return tally;
}
