/**
 * @fitline/core/sample: seeded, made-up FIT data for demos, tests and benchmarks. Never real clients.
 */
export type { Random } from './random.js';
export { createRandom } from './random.js';
export type { SampleEpisode, SampleEpisodeOptions } from './generate-episode.js';
export { generateEpisode } from './generate-episode.js';
export { generateCaseload } from './generate-caseload.js';
