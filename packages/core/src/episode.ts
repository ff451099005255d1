/**
 * The summary of one episode of care: where the client started and is now on the outcome measure,
 * how that change is classified, whether it is on track, how the sessions were rated, and the alerts
 * that call for a conversation. Every series (client, rater, instrument) is summarised on its own and
 * never mixed with another; re-intakes start new episodes (order-ratings.ts).
 */
import type { AgeGroup } from './instruments.js';
import type { InstrumentId, Rater, Rating } from './rating.js';
import type { NormsProfile, OutcomeInstrumentId } from './norms.js';
import { allianceCutoff, checkpointsOf, outcomeNorm, reliableChangeRule, resolveAgeGroup, resolveNorms } from './norms.js';
import type { ChangeClass } from './change.js';
import { classifyChange, reliableDirection, smallestReliableChange } from './change.js';
import type { ExpectedScore, TrajectoryModel } from './trajectory-model.js';
import { expectedScore } from './expected-score.js';
import { resolveTrajectoryModel } from './validate-trajectory.js';
import { FitlineError } from './errors.js';
import { assertOptions, assertRatings, isIsoDate } from './validate.js';
import type { Alert, AlertFacts } from './alerts.js';
import { makeAlert, sortAlerts } from './alerts.js';
import type { OrderedEpisode, RatingSeries, SessionPoint } from './order-ratings.js';
import { orderEpisodes } from './order-ratings.js';
import { roundToTenth, toTenths } from './tenths.js';
import { INSTRUMENTS } from './instruments.js';
import { assertArgument, is, object, oneOf } from './shape.js';

/**
 * Whether the latest outcome total is on track: at or above the lower bound of the expected band,
 * below it, or unknown.
 *
 * It is unknown without a trajectory model, with only the intake, or for an intake the model does not
 * cover. A reliable deterioration is never on track.
 */
export type OnTrack = 'on-track' | 'not-on-track' | 'unknown';

/**
 * One outcome series summarised (one rater's ratings on one instrument): intake and latest totals,
 * the change and its class, the cutoff, and whether it is on track.
 */
export interface OutcomeSummary {
  /** The series' instrument: it sets the cutoff and the reliable change rule. */
  instrument: InstrumentId;
  rater: Rater;
  /** The client the ratings are about, when they name one. */
  clientId?: string;
  ageGroup: AgeGroup;
  intake: number;
  latest: number;
  /** latest - intake, exact to a tenth. */
  change: number;
  /** Clinical range is a total below it; null where no cutoff applies (the YCORS, an ORS given to a child). */
  cutoff: number | null;
  changeClass: ChangeClass;
  onTrack: OnTrack;
  intakeSession: number;
  latestSession: number;
  /** Only an episode that started in the clinical range can be "recovered". */
  startedInClinicalRange: boolean;
  /** The smallest change that counts as reliable, in points, to a tenth (a formula's 6.72 is 6.8). */
  reliableChange: number;
  /** The model's expectation at the latest session, when a model was given and there is more than the intake. */
  expected: ExpectedScore | null;
  sessions: SessionPoint[];
}

/** One alliance series summarised: the latest total and the cutoff an alert is raised below. */
export interface AllianceSummary {
  instrument: InstrumentId;
  rater: Rater;
  clientId?: string;
  latest: number;
  /** An alert is raised below it; null for an unnormed instrument (the YCSRS). */
  cutoff: number | null;
  latestSession: number;
  sessions: SessionPoint[];
}

/**
 * The outcome and alliance summaries of one collateral rater (caretaker, teacher, partner or other):
 * the first series of each kind the rater gave. Every series is in `outcomes` and `alliances`.
 */
export interface CollateralSummary {
  rater: Exclude<Rater, 'client'>;
  /** Judged by the same norms as the client's, but never against the client's expected trajectory. */
  outcome: OutcomeSummary | null;
  alliance: AllianceSummary | null;
}

/** How an episode ended: planned (agreed), unplanned, or by dropout (the client stopped coming). */
export type EpisodeEnd = 'planned' | 'unplanned' | 'dropout';

/** The close of an episode: the day it ended and how. */
export interface EpisodeClosure {
  date: string;
  reason: EpisodeEnd;
}

/** An episode that a re-intake in the same ratings ended: when it ran and how many ratings it holds. */
export interface EarlierEpisode {
  from: string;
  to: string;
  ratings: number;
}

/** Something the summary wants the reader to know about how it was read, such as a norm out of its age range. */
export interface EpisodeWarning {
  code: 'instrument-age';
  instrument: InstrumentId;
  message: string;
}

/**
 * What summarizeEpisode returns: the client's outcome and alliance summaries, every series, the alerts,
 * the collateral raters' summaries, the norms applied, and how the episode started and ended.
 */
export interface EpisodeSummary {
  /** The client's own outcome series (the first one given, when there are several instruments); null when there is none. */
  outcome: OutcomeSummary | null;
  /** The client's own alliance series (an individual one before a group one); null when there is none. */
  alliance: AllianceSummary | null;
  /** Every outcome series, the client's first, each rater and instrument apart. */
  outcomes: OutcomeSummary[];
  /** Every alliance series (an SRS and a GSRS apart), the client's first. */
  alliances: AllianceSummary[];
  /** Riskiest first (see ALERT_CODES). */
  alerts: Alert[];
  /** One entry per collateral rater (caretaker, teacher, partner, other), in order of appearance. */
  collateral: CollateralSummary[];
  /** The age group norms were read for; null for an episode with no ratings and no age given. */
  ageGroup: AgeGroup | null;
  /** The id of the norms profile applied. */
  norms: string;
  warnings: EpisodeWarning[];
  /** The close, when the host gave one (options.closed). */
  closed: EpisodeClosure | null;
  /**
   * Episodes a re-intake ended, earliest first: the summary is of the latest episode only, from its
   * re-intake on, and never counts the ratings before it.
   */
  earlier: EarlierEpisode[];
  /** No rating had a session number: sessions are the calendar days in order. */
  byDate: boolean;
}

/**
 * Options for summarizeEpisode: the client's age or age group, a norms profile, an expected-trajectory
 * model, and the episode's close.
 *
 * Without `norms` the default profile applies; without `trajectory` the on-track status is unknown and
 * the checkpoint alerts of the norms profile apply instead.
 */
export interface EpisodeOptions {
  age?: number;
  ageGroup?: 'adult' | 'adolescent' | 'child';
  norms?: NormsProfile;
  trajectory?: TrajectoryModel;
  closed?: EpisodeClosure;
}

/** Options after checking, so a caseload checks them once. */
export interface ResolvedOptions {
  norms: NormsProfile;
  trajectory: TrajectoryModel | null;
  age?: number;
  ageGroup?: AgeGroup;
  closed?: EpisodeClosure;
}

/**
 * Summarises an episode; throws a FitlineError naming the field (`ratings[2].items[0]`) on bad input.
 * Ratings are ordered as order-ratings.ts says; a re-intake starts a new episode, and the summary is
 * of the latest one, with the earlier ones listed in `earlier`.
 */
export function summarizeEpisode(ratings: Rating[], options: EpisodeOptions = {}): EpisodeSummary {
  return summarizeResolved(ratings, resolveEpisodeOptions(options));
}

const CLOSURE = /* @__PURE__ */ object({
  date: is((v) => typeof v === 'string' && isIsoDate(v), 'an ISO 8601 date such as 2026-03-04'),
  reason: oneOf(['planned', 'unplanned', 'dropout']),
});

export function resolveEpisodeOptions(options: EpisodeOptions | undefined): ResolvedOptions {
  const { norms, trajectory, ...own } = assertOptions(options);
  return withOwnOptions({ norms: resolveNorms(norms), trajectory: trajectory === undefined ? null : resolveTrajectoryModel(trajectory) }, own);
}

/**
 * Checked options of one episode (its age or age group, its close) on top of options already checked,
 * so a caseload checks its norms and model once and each episode's own options once.
 */
export function withOwnOptions(base: ResolvedOptions, { age, ageGroup, closed }: Pick<EpisodeOptions, 'age' | 'ageGroup' | 'closed'>): ResolvedOptions {
  if (age !== undefined || ageGroup !== undefined) resolveAgeGroup('ors', { age, ageGroup });
  if (closed !== undefined) assertArgument(CLOSURE, closed, 'closed');
  return { norms: base.norms, trajectory: base.trajectory, age, ageGroup, closed };
}

/** The summary of the latest episode the ratings hold. */
export function summarizeResolved(ratings: Rating[], options: ResolvedOptions): EpisodeSummary {
  const all = summarizeAll(ratings, options);
  return all[all.length - 1]!;
}

/**
 * A summary for each episode the ratings hold (more than one where re-intakes start new ones),
 * earliest first; each lists the ones before it in `earlier`. An episode with no ratings has one.
 */
export function summarizeAll(ratings: Rating[], options: ResolvedOptions): EpisodeSummary[] {
  assertRatings(ratings);
  return summarizeValid(ratings, options);
}

/** summarizeAll for ratings already validated (a streamed caseload checks each rating as it arrives). */
export function summarizeValid(ratings: Rating[], options: ResolvedOptions): EpisodeSummary[] {
  const closed = options.closed ?? null;
  if (closed) {
    const day = closed.date.slice(0, 10);
    ratings.forEach((r, i) => {
      if (r.date.slice(0, 10) > day) throw new FitlineError('bad-date', `ratings[${i}].date must be on or before the episode's close on ${day}, not "${r.date}".`, `ratings[${i}].date`);
    });
  }
  const episodes = orderEpisodes(ratings);
  if (episodes.length === 0) return [summarizeOrdered({ series: [], byDate: false }, [], options, closed)];
  const earlier: EarlierEpisode[] = [];
  return episodes.map((episode, e) => {
    // Only the latest episode is the one the host closed; the earlier ones a re-intake ended.
    const summary = summarizeOrdered(episode, [...earlier], options, e === episodes.length - 1 ? closed : null);
    earlier.push({ from: episode.from, to: episode.to, ratings: episode.ratings });
    return summary;
  });
}

function summarizeOrdered(episode: Pick<OrderedEpisode, 'series' | 'byDate'>, earlier: EarlierEpisode[], options: ResolvedOptions, closed: EpisodeClosure | null): EpisodeSummary {
  const { series } = episode;
  const { norms } = options;
  const clientOutcome = series.find((s) => s.kind === 'outcome' && s.rater === 'client');
  const first = clientOutcome ?? series[0];
  const given = options.age !== undefined || options.ageGroup !== undefined;
  const ageGroup = first || given ? resolveAgeGroup(first?.instrument ?? 'ors', options) : null;
  // A client's name goes into alerts only where the episode has more than one client (couple, family).
  const named = new Set(series.map((s) => s.clientId)).size > 1;

  const warnings: EpisodeWarning[] = [];
  const outcomes: OutcomeSummary[] = [];
  const alliances: AllianceSummary[] = [];
  let outcome: OutcomeSummary | null = null;
  for (const s of ordered(series)) {
    if (s.kind === 'alliance') alliances.push(summarizeAlliance(s, norms));
    else {
      // Only the client's own series is held against the expected trajectory.
      const own = s === clientOutcome;
      const { summary, warning } = summarizeOutcome(s, ageGroup!, norms, own ? options.trajectory : null);
      outcomes.push(summary);
      if (own) outcome = summary;
      if (warning && !warnings.some((w) => w.instrument === s.instrument)) warnings.push({ code: 'instrument-age', instrument: s.instrument, message: warning });
    }
  }
  const clientAlliances = alliances.filter((a) => a.rater === 'client');
  const alliance = clientAlliances.find((a) => a.instrument !== 'gsrs') ?? clientAlliances[0] ?? null;

  const collateral: CollateralSummary[] = [];
  const entryFor = (rater: Exclude<Rater, 'client'>) => {
    let entry = collateral.find((c) => c.rater === rater);
    if (!entry) collateral.push((entry = { rater, outcome: null, alliance: null }));
    return entry;
  };
  for (const o of outcomes) if (o.rater !== 'client') entryFor(o.rater).outcome ??= o;
  for (const a of alliances) if (a.rater !== 'client') entryFor(a.rater).alliance ??= a;
  collateral.sort((a, b) => firstIndex(a) - firstIndex(b));

  // Without the client's own outcome, a young child's caretaker's ratings stand in for it.
  const standing = outcome ?? (ageGroup === 'young-child' ? outcomes[0] ?? null : null);
  const alerts: Alert[] = [];
  for (const o of outcomes) alerts.push(...outcomeAlerts(o, o === standing, options, named));
  for (const a of alliances) alerts.push(...allianceAlerts(a, norms, named));
  if (!standing) alerts.push(makeAlert('no-outcome-yet', { youngChild: ageGroup === 'young-child' }));

  return {
    outcome,
    alliance,
    outcomes,
    alliances,
    alerts: sortAlerts(alerts),
    collateral,
    ageGroup,
    norms: norms.id,
    warnings,
    closed,
    earlier,
    byDate: episode.byDate,
  };
}

/** The client's series first, then the collateral raters', each in order of first rating. */
function ordered(series: RatingSeries[]): RatingSeries[] {
  return [...series].sort((a, b) => Number(a.rater !== 'client') - Number(b.rater !== 'client'));
}

const firstIndex = (c: CollateralSummary) => Math.min(c.outcome?.sessions[0]!.index ?? Infinity, c.alliance?.sessions[0]!.index ?? Infinity);

function summarizeOutcome(series: RatingSeries, ageGroup: AgeGroup, norms: NormsProfile, model: TrajectoryModel | null): { summary: OutcomeSummary; warning: string | null } {
  const sessions = series.points;
  const start = sessions[0]!;
  const end = sessions[sessions.length - 1]!;
  const { instrument } = series;
  const { cutoff, warning } = outcomeNorm(norms, instrument, ageGroup);
  // An outcome series holds one outcome instrument only.
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
  const changeClass = classifyChange(start.total, end.total, rule, cutoff);
  const summary: OutcomeSummary = {
    instrument,
    rater: series.rater,
    ageGroup,
    intake: start.total,
    latest: end.total,
    change: (toTenths(end.total) - toTenths(start.total)) / 10,
    cutoff,
    changeClass,
    // A reliable deterioration is never on track, wherever the band's lower edge lies.
    onTrack: expected ? (end.total < expected.lower || changeClass === 'deteriorated' ? 'not-on-track' : 'on-track') : 'unknown',
    intakeSession: start.session,
    latestSession: end.session,
    startedInClinicalRange: cutoff !== null && start.total < cutoff,
    reliableChange: smallestReliableChange(rule),
    expected,
    sessions,
  };
  if (series.clientId !== undefined) summary.clientId = series.clientId;
  return { summary, warning };
}

function summarizeAlliance(series: RatingSeries, norms: NormsProfile): AllianceSummary {
  const sessions = series.points;
  const end = sessions[sessions.length - 1]!;
  const summary: AllianceSummary = {
    instrument: series.instrument,
    rater: series.rater,
    latest: end.total,
    cutoff: allianceCutoff(norms, series.instrument),
    latestSession: end.session,
    sessions,
  };
  if (series.clientId !== undefined) summary.clientId = series.clientId;
  return summary;
}

/** Who and what an alert is about: the series' instrument and rater, and its client where the episode has several. */
function about(s: OutcomeSummary | AllianceSummary, named: boolean): AlertFacts {
  const facts: AlertFacts = { instrument: s.instrument, rater: s.rater };
  if (named && s.clientId !== undefined) facts.clientId = s.clientId;
  return facts;
}

/**
 * A series' outcome alerts: a reliable worsening since intake, else one since the previous session;
 * for the series that stands for the client, not on track (with a model) or the checkpoint and
 * last-chance conversations (without one).
 */
function outcomeAlerts(o: OutcomeSummary, standing: boolean, options: ResolvedOptions, named: boolean): Alert[] {
  const alerts: Alert[] = [];
  const facts: AlertFacts = { ...about(o, named), session: o.latestSession, total: o.latest, intake: o.intake, threshold: o.reliableChange };
  const rule = reliableChangeRule(options.norms, o.instrument as OutcomeInstrumentId);
  const previous = o.sessions[o.sessions.length - 2];
  if (o.changeClass === 'deteriorated') alerts.push(makeAlert('deteriorated', facts));
  else if (previous && reliableDirection(previous.total, o.latest, rule) < 0) {
    const drop = (toTenths(previous.total) - toTenths(o.latest)) / 10;
    alerts.push(makeAlert('reliable-drop', { ...facts, previous: previous.total, previousSession: previous.session, drop }));
  }
  if (!standing) return alerts;
  if (options.trajectory) {
    if (o.expected && o.latest < o.expected.lower) alerts.push(makeAlert('not-on-track', { ...facts, threshold: roundToTenth(o.expected.lower) }));
    return alerts;
  }
  if (o.changeClass !== 'no-change') return alerts;
  const sessionsSoFar = o.latestSession - o.intakeSession + 1;
  const { checkpoint, lastChance } = checkpointsOf(options.norms);
  if (sessionsSoFar >= lastChance.from) alerts.push(makeAlert('last-chance', { ...facts, sessionsSoFar }));
  else if (sessionsSoFar >= checkpoint.from && sessionsSoFar <= checkpoint.to) alerts.push(makeAlert('checkpoint', { ...facts, sessionsSoFar }));
  return alerts;
}

/** A series' alliance alerts: low, dropped since the previous session, low items. An unnormed instrument (the YCSRS) raises none. */
function allianceAlerts(a: AllianceSummary, norms: NormsProfile, named: boolean): Alert[] {
  const alerts: Alert[] = [];
  if (a.cutoff === null) return alerts;
  const { sessions, latest: total, latestSession: session } = a;
  const facts: AlertFacts = { ...about(a, named), session, total };
  if (total < a.cutoff) alerts.push(makeAlert('alliance-low', { ...facts, threshold: a.cutoff }));
  const previous = sessions[sessions.length - 2];
  // In whole tenths, so a drop of exactly the threshold counts whatever binary rounding does.
  const dropTenths = previous ? toTenths(previous.total) - toTenths(total) : 0;
  if (previous && dropTenths >= norms.allianceDrop.value * 10 - 1e-9) {
    alerts.push(makeAlert('alliance-drop', { ...facts, previous: previous.total, previousSession: previous.session, drop: dropTenths / 10, threshold: norms.allianceDrop.value }));
  }
  const flag = norms.allianceItemFlag?.value;
  if (flag !== undefined) {
    const ids = INSTRUMENTS[a.instrument].itemIds;
    const low = sessions[sessions.length - 1]!.items.flatMap((v, i): [string, number][] => (v < flag ? [[ids[i]!, v]] : []));
    if (low.length > 0) {
      const items = low.map(([id, v]) => `${id} ${v}`).join(', ');
      alerts.push(makeAlert('alliance-item-low', { ...facts, items, lowItemValues: low, lowItems: low.length, threshold: flag }));
    }
  }
  return alerts;
}
