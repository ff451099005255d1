/**
 * @fitline/core/bulk: the parts of a caseload summary of a whole export, for hosts that read the export
 * their own way, in parts or on several threads: a compact store of ratings by episode that can cross
 * to another thread and be absorbed in order, and the tally of what a store holds. `fitline-report`
 * (this package's command) is built on it.
 */
export { EpisodeStore, episodeKey, episodeName } from '../episode-store.js';
export type { StoreTransfer } from '../episode-store.js';
export { tallyStore } from '../summarize-ratings.js';
