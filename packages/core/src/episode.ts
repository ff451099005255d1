/**
 * The summary of one episode of care: where the client started and is now on the outcome measure,
 * how that change is classified, whether it is on track, how the latest session was rated, and the
 * alerts that call for a conversation. Collateral raters are summarised apart, never mixed in.
 */
import type { AgeGroup, InstrumentKind } from './instruments.js';
import { INSTRUMENTS } from './instruments.js';
import type { InstrumentId, Rater, Rating } from './rating.js';
import type { NormsProfile, OutcomeInstrumentId } from './norms.js';
import { allianceCutoff, outcomeCutoff, reliableChangeRule, resolveAgeGroup, resolveNorms } from './norms.js';
import type { ChangeClass } from './change.js';
import { classifyChange } from './change.js';
import type { ExpectedScore, TrajectoryModel } from './trajectory-model.js';
import { expectedScore } from './expected-score.js';
import { resolveTrajectoryModel } from './validate-trajectory.js';
import { FitlineError } from './errors.js';
import { assertOptions, assertRatings } from './validate.js';
import type { Alert } from './alerts.js';
import { makeAlert, sortAlerts } from './alerts.js';
import type { RatingSeries, SessionPoint } from './order-ratings.js';
import { groupSeries } from './order-ratings.js';
import { roundToTenth, toTenths } from './tenths.js';

/**
 * Whether the latest outcome total is on track: at or above the lower bound of the expected band,
 * below it, or unknown.
 *
 * It is unknown without a trajectory model, with only the intake, or for an intake the model does not
 * cover.
 */
export type OnTrack = 'on-track' | 'not-on-track' | 'unknown';

/**
 * One rater's outcome series summarised: intake and latest totals, the change and its class, the
 * cutoff, and whether it is on track.
 */
export interface OutcomeSummary {
  /** The intake's instrument: it sets the cutoff and the reliable change rule. */
  instrument: InstrumentId;
  rater: Rater;
  ageGroup: AgeGroup;
  intake: number;
  latest: number;
  /** latest - intake, exact to a tenth. */
  change: number;
  /** Clinical range is a total below it; null where no cutoff applies (the YCORS). */
  cutoff: number | null;
  changeClass: ChangeClass;
  onTrack: OnTrack;
  intakeSession: number;
  latestSession: number;
  /** Only an episode that started in the clinical range can be "recovered". */
  startedInClinicalRange: boolean;
  /** The size of change that counts as reliable, in points. */
  reliableChange: number;
  /** The model's expectation at the latest session, when a model was given and there is more than the intake. */
  expected: ExpectedScore | null;
  sessions: SessionPoint[];
}

/** One rater's alliance series summarised: the latest total and the cutoff an alert is raised below. */
export interface AllianceSummary {
  instrument: InstrumentId;
  rater: Rater;
  latest: number;
  /** An alert is raised below it; null for an unnormed instrument (the YCSRS). */
  cutoff: number | null;
  latestSession: number;
  sessions: SessionPoint[];
}

/**
 * The outcome and alliance summaries of one collateral rater (caretaker, teacher, partner or other).
 */
export interface CollateralSummary {
  rater: Exclude<Rater, 'client'>;
  /** Judged by the same norms as the client's, but never against the client's expected trajectory. */
  outcome: OutcomeSummary | null;
  alliance: AllianceSummary | null;
}

/**
 * What summarizeEpisode returns: the client's outcome and alliance summaries, the alerts, the
 * collateral raters' summaries and the norms applied.
 */
export interface EpisodeSummary {
  /** From the client's own outcome ratings; null when there are none. */
  outcome: OutcomeSummary | null;
  /** From the client's own alliance ratings; null when there are none. */
  alliance: AllianceSummary | null;
  /** Riskiest first (see ALERT_CODES). */
  alerts: Alert[];
  /** One entry per collateral rater (caretaker, teacher, partner, other), in order of appearance. */
  collateral: CollateralSummary[];
  /** The age group norms were read for; null for an episode with no ratings and no age given. */
  ageGroup: AgeGroup | null;
  /** The id of the norms profile applied. */
  norms: string;
}

/**
 * Options for summarizeEpisode: the client's age or age group, a norms profile, and an
 * expected-trajectory model.
 *
 * Without `norms` the default profile applies; without `trajectory` the on-track status is unknown.
 */
export interface EpisodeOptions {
  age?: number;
  ageGroup?: 'adult' | 'adolescent' | 'child';
  norms?: NormsProfile;
  trajectory?: TrajectoryModel;
}

/** Options after checking, so a caseload checks them once. */
export interface ResolvedOptions {
  norms: NormsProfile;
  trajectory: TrajectoryModel | null;
  age?: number;
  ageGroup?: AgeGroup;
}

/**
 * Summarises an episode; throws a FitlineError naming the field (`ratings[2].items[0]`) on bad input.
 * Ratings are ordered as order-ratings.ts says: by session, else by date; a session number given
 * twice is a correction, and the later entry in input order wins.
 */
export function summarizeEpisode(ratings: Rating[], options: EpisodeOptions = {}): EpisodeSummary {
  return summarizeResolved(ratings, resolveEpisodeOptions(options));
}

export function resolveEpisodeOptions(options: EpisodeOptions | undefined): ResolvedOptions {
  const { norms, trajectory, age, ageGroup } = assertOptions(options);
  const resolved: ResolvedOptions = { norms: resolveNorms(norms), trajectory: trajectory === undefined ? null : resolveTrajectoryModel(trajectory) };
  // Checked here, once, whatever the ratings are.
  if (age !== undefined || ageGroup !== undefined) resolveAgeGroup('ors', { age, ageGroup });
  if (age !== undefined) resolved.age = age;
  if (ageGroup !== undefined) resolved.ageGroup = ageGroup;
  return resolved;
}

export function summarizeResolved(ratings: Rating[], options: ResolvedOptions): EpisodeSummary {
  assertRatings(ratings);

  const series = groupSeries(ratings);
  const outcomeSeries = find(series, 'outcome', 'client');
  const first = outcomeSeries ?? series[0];
  const given = options.age !== undefined || options.ageGroup !== undefined;
  const ageGroup = first || given ? resolveAgeGroup(first?.points[0]!.instrument ?? 'ors', options) : null;
  const allianceSeries = find(series, 'alliance', 'client');
  const outcome = outcomeSeries ? summarizeOutcome(outcomeSeries, ageGroup!, options.norms, options.trajectory) : null;
  const alliance = allianceSeries ? summarizeAlliance(allianceSeries, options.norms) : null;

  const collateral: CollateralSummary[] = [];
  for (const s of series) {
    if (s.rater === 'client') continue;
    let entry = collateral.find((c) => c.rater === s.rater);
    if (!entry) collateral.push((entry = { rater: s.rater, outcome: null, alliance: null }));
    if (s.kind === 'outcome') entry.outcome = summarizeOutcome(s, ageGroup!, options.norms, null);
    else entry.alliance = summarizeAlliance(s, options.norms);
  }
  return { outcome, alliance, alerts: episodeAlerts(outcome, alliance, options.norms), collateral, ageGroup, norms: options.norms.id };
}

function find(series: RatingSeries[], kind: InstrumentKind, rater: Rater): RatingSeries | undefined {
  for (const s of series) if (s.kind === kind && s.rater === rater) return s;
  return undefined;
}

function summarizeOutcome(series: RatingSeries, ageGroup: AgeGroup, norms: NormsProfile, model: TrajectoryModel | null): OutcomeSummary {
  const sessions = series.points;
  const start = sessions[0]!;
  const end = sessions[sessions.length - 1]!;
  const instrument = start.instrument;
  const cutoff = outcomeCutoff(norms, instrument, ageGroup);
  // An outcome series holds outcome instruments only.
  const rule = reliableChangeRule(norms, instrument as OutcomeInstrumentId);
  let expected: ExpectedScore | null = null;
  if (model && sessions.length > 1) {
    try {
      // The model counts the intake as session 1, whatever number the intake was given.
      expected = expectedScore(model, start.total, end.session - start.session + 1);
    } catch (error) {
      // A model that says nothing about this intake (outside its table) leaves the status unknown.
      if (!(error instanceof FitlineError)) throw error;
    }
  }
  return {
    instrument,
    rater: series.rater,
    ageGroup,
    intake: start.total,
    latest: end.total,
    change: (toTenths(end.total) - toTenths(start.total)) / 10,
    cutoff,
    changeClass: classifyChange(start.total, end.total, rule, cutoff),
    onTrack: expected ? (end.total < expected.lower ? 'not-on-track' : 'on-track') : 'unknown',
    intakeSession: start.session,
    latestSession: end.session,
    startedInClinicalRange: cutoff !== null && start.total < cutoff,
    reliableChange: rule.method === 'fixed' ? rule.points : roundToTenth(1.96 * Math.SQRT2 * rule.sd * Math.sqrt(1 - rule.reliability)),
    expected,
    sessions,
  };
}

function summarizeAlliance(series: RatingSeries, norms: NormsProfile): AllianceSummary {
  const sessions = series.points;
  const end = sessions[sessions.length - 1]!;
  return { instrument: end.instrument, rater: series.rater, latest: end.total, cutoff: allianceCutoff(norms, end.instrument), latestSession: end.session, sessions };
}

function episodeAlerts(outcome: OutcomeSummary | null, alliance: AllianceSummary | null, norms: NormsProfile): Alert[] {
  const alerts: Alert[] = [];
  if (!outcome) alerts.push(makeAlert('no-outcome-yet'));
  else {
    const facts = { session: outcome.latestSession, total: outcome.latest, intake: outcome.intake };
    if (outcome.changeClass === 'deteriorated') alerts.push(makeAlert('deteriorated', { ...facts, threshold: outcome.reliableChange }));
    if (outcome.onTrack === 'not-on-track') alerts.push(makeAlert('not-on-track', { ...facts, threshold: roundToTenth(outcome.expected!.lower) }));
  }
  // An unnormed alliance instrument (the YCSRS) is recorded but raises no threshold alert.
  if (alliance && alliance.cutoff !== null) {
    const { sessions, latest, latestSession: session } = alliance;
    if (latest < alliance.cutoff) alerts.push(makeAlert('alliance-low', { session, total: latest, threshold: alliance.cutoff }));
    const previous = sessions[sessions.length - 2];
    // In whole tenths, so a drop of exactly the threshold counts whatever binary rounding does.
    if (previous && toTenths(previous.total) - toTenths(latest) >= norms.allianceDrop.value * 10 - 1e-9) {
      alerts.push(makeAlert('alliance-drop', { session, total: latest, previous: previous.total, previousSession: previous.session, threshold: norms.allianceDrop.value }));
    }
    const flag = norms.allianceItemFlag?.value;
    if (flag !== undefined) {
      const end = sessions[sessions.length - 1]!;
      const ids = INSTRUMENTS[end.instrument].itemIds;
      let low = '';
      end.items.forEach((v, i) => v < flag && (low += `${low ? ', ' : ''}${ids[i]} ${v}`));
      if (low) alerts.push(makeAlert('alliance-item-low', { session, items: low, threshold: flag }));
    }
  }
  return sortAlerts(alerts);
}
