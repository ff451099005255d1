/**
 * @fitline/core: the instruments, validation, scoring, norms, change, trajectories, alerts and
 * episode and caseload summaries of Feedback-Informed Treatment. No DOM, no dependencies.
 * The entry exports what hosts use; the modules' other helpers stay internal, which keeps the
 * entry inside its size budget.
 */
export type { Rating, InstrumentId, Rater, Mode } from './rating.js';
export { INSTRUMENT_IDS, RATERS, MODES } from './rating.js';
export type { FitlineErrorCode, FitlineProblem } from './errors.js';
export { FitlineError } from './errors.js';
export type { Instrument, InstrumentKind, AgeGroup } from './instruments.js';
export { INSTRUMENTS } from './instruments.js';
export { validateRating, validateItemValue, isIsoDate } from './validate.js';
export type { Score } from './score.js';
export { scoreRating } from './score.js';
export { toTenths, fromTenths } from './tenths.js';
export type { NormsProfile, Sourced, Certainty, ReliableChangeRule, OutcomeInstrumentId, SessionWindow } from './norms.js';
export { DEFAULT_NORMS, NHS_CYP_2015_NORMS, validateNorms } from './norms.js';
export type { ChangeClass } from './change.js';
export { reliableChangeIndex, jacobsonTruaxCutoff, smallestReliableChange } from './change.js';
export type {
  TrajectoryModel,
  RegressionTrajectoryModel,
  TableTrajectoryModel,
  TrajectoryCoefficients,
  ExpectedScore,
} from './trajectory-model.js';
export { expectedScore } from './expected-score.js';
export { validateTrajectoryModel } from './validate-trajectory.js';
export type { FitTrajectoryOptions } from './fit-trajectory.js';
export { fitTrajectoryModel, MIN_RATINGS } from './fit-trajectory.js';
export { ILLUSTRATIVE_TRAJECTORY } from './illustrative-trajectory.js';
export type { Alert, AlertCode, AlertSeverity } from './alerts.js';
export { ALERT_CODES, severityOfCode } from './alerts.js';
export type { AlertFacts } from './alerts.js';
export type { AlertText, AlertTexts, AlertWords } from './alert-texts/alert-words.js';
export { numberFormatFor, wordAlert } from './alert-texts/alert-words.js';
export { alertTextsEn } from './alert-texts/en.js';
export type { SessionPoint, RatingSeries, OrderedEpisode } from './order-ratings.js';
export { groupSeries, orderEpisodes } from './order-ratings.js';
export type {
  EpisodeSummary,
  EpisodeOptions,
  OutcomeSummary,
  AllianceSummary,
  CollateralSummary,
  OnTrack,
  EpisodeClosure,
  EpisodeEnd,
  EarlierEpisode,
  EpisodeWarning,
} from './episode.js';
export { summarizeEpisode } from './episode.js';
export type { CaseloadEpisode, CaseloadOptions, CaseloadSummary, AttentionEntry, CaseloadFigures, EffectSizeBasis, EffectSizeRule, Endings } from './caseload.js';
export { summarizeCaseload, tallyCaseload, mergeCaseloadTallies, summaryFromTally } from './caseload.js';
export type { CaseloadTally } from './caseload.js';
export type { Tally } from './caseload-tally.js';
export { summarizeRatings, tallyRatings } from './summarize-ratings.js';
export type { RatingsSummaryOptions, StreamedEpisode } from './summarize-ratings.js';
export { episodeKey, episodeName } from './episode-store.js';
export type { PrePost, ChangeModel, EffectSizeReference, SeverityAdjustedEffectSize } from './effect-size.js';
