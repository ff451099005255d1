/**
 * A seeded caseload of sample episodes with ids `client-0001`, `client-0002`...: the same seed
 * gives the same caseload everywhere.
 */
import { createRandom } from './random.js';
import type { SampleEpisode, SampleEpisodeOptions } from './generate-episode.js';
import { generateEpisode } from './generate-episode.js';

/**
 * `count` made-up sample episodes from one seed, with ids `client-0001`, `client-0002` and on: the
 * same seed gives the same caseload.
 */
export function generateCaseload(seed: number, count: number, options: Omit<SampleEpisodeOptions, 'id'> = {}): SampleEpisode[] {
  const random = createRandom(seed);
  const width = Math.max(4, String(count).length);
  const episodes: SampleEpisode[] = [];
  for (let i = 1; i <= count; i++) episodes.push(generateEpisode(random, { ...options, id: `client-${String(i).padStart(width, '0')}` }));
  return episodes;
}
