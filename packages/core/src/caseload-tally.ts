/**
 * A caseload's figures as a tally: counts and whole-tenth sums that grow one episode summary at a
 * time and merge with another tally by adding. Integer sums are exact whatever the order, so any
 * split of a caseload, in any order, merges to the same figures as one pass; the figures are
 * computed from the sums only at the end.
 */
import type { AgeGroup } from './instruments.js';
import type { ChangeClass } from './change.js';
import type { Alert } from './alerts.js';
import { severityOf } from './alerts.js';
import type { EpisodeEnd, EpisodeSummary } from './episode.js';
import type { EffectSizeReference, SeverityAdjustedEffectSize } from './effect-size.js';
import { prePostEffectSize, severityAdjustedEffectSize } from './effect-size.js';
import type { PrePostSums, EffectSizeBasis, ResolvedEffectSizeRule } from './effect-size.js';
import { toTenths } from './tenths.js';
import { FitlineError } from './errors.js';

export type { EffectSizeBasis, EffectSizeRule } from './effect-size.js';

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

/** How many episodes are open and how many ended each way; `unrecorded` ended with a re-intake and no recorded close. */
export type Endings = Record<EpisodeEnd | 'open' | 'unrecorded', number>;

/** The figures of a caseload or of one of its groups. */
export interface CaseloadFigures {
  episodes: number;
  /** Episodes with at least two client outcome ratings: the base of every change figure below. */
  measured: number;
  byChangeClass: Record<ChangeClass, number>;
  /** Percent of the measured episodes, to a tenth; null when none are measured. */
  percentByChangeClass: Record<ChangeClass, number | null>;
  /** Measured episodes that started at or above the cutoff: they cannot be "recovered", so they are counted apart. */
  startedAtOrAboveCutoff: number;
  /**
   * Pre-post: mean(latest - intake) / SD(intake) over the measured episodes; null where the caseload is
   * too small or its intakes too alike to mean anything (see effectSizeBasis).
   */
  effectSize: number | null;
  /** What the pre-post effect size was computed from, or why it is null. */
  effectSizeBasis: EffectSizeBasis;
  /** Only with `options.reference`, and only over measured episodes whose intake was in the clinical range. */
  severityAdjustedEffectSize: SeverityAdjustedEffectSize | null;
  /** Episodes by the age group their norms were read for; `unknown` for an episode with no ratings and no age. */
  byAgeGroup: Record<AgeGroup | 'unknown', number>;
  /** Mean intake total over the episodes with an outcome rating, to a tenth. */
  meanIntake: number | null;
  /** On track among the episodes whose status is known (a model was given and there is more than the intake). */
  onTrack: { known: number; onTrack: number; percent: number | null };
  /** How the episodes ended, or that they are open. */
  endings: Endings;
  /** Re-intakes found in the episodes' ratings: each started a new episode, counted in `episodes`. */
  reintakes: number;
  /**
   * Open episodes with alerts, riskiest first: by their worst alert, then by the larger fall, then by id.
   * With `attentionLimit`, the riskiest that many only.
   */
  attention: AttentionEntry[];
  /** How many open episodes have alerts, and how many of them a critical one, whether or not the list is limited. */
  needingAttention: { all: number; critical: number };
}

/** One caseload's (or group's) figures in the making: counts and exact sums that add and merge. */
export interface Tally {
  episodes: number;
  byChangeClass: Record<ChangeClass, number>;
  startedAtOrAboveCutoff: number;
  byAgeGroup: Record<AgeGroup | 'unknown', number>;
  withOutcome: number;
  intakeTenths: number;
  known: number;
  onTrack: number;
  endings: Endings;
  reintakes: number;
  /** Over the measured episodes. */
  measured: PrePostSums;
  /** Over the measured episodes whose intake was in the clinical range. */
  clinical: PrePostSums;
  needingAttention: { all: number; critical: number };
  /** The riskiest entries so far; more than `attentionLimit` only until the next trim. */
  attention: AttentionEntry[];
  /** The longest attention list kept; null for all. The same in tallies that merge. */
  attentionLimit: number | null;
}

const sums = (): PrePostSums => ({ n: 0, changeTenths: 0, intakeTenths: 0, intakeSquaredTenths: 0 });

export function newTally(attentionLimit: number | null = null): Tally {
  return {
    episodes: 0,
    byChangeClass: { recovered: 0, improved: 0, 'no-change': 0, deteriorated: 0 },
    startedAtOrAboveCutoff: 0,
    byAgeGroup: { adult: 0, adolescent: 0, child: 0, 'young-child': 0, unknown: 0 },
    withOutcome: 0,
    intakeTenths: 0,
    known: 0,
    onTrack: 0,
    endings: { open: 0, planned: 0, unplanned: 0, dropout: 0, unrecorded: 0 },
    reintakes: 0,
    measured: sums(),
    clinical: sums(),
    needingAttention: { all: 0, critical: 0 },
    attention: [],
    attentionLimit,
  };
}

/** Riskiest first: by the worst alert, then by the larger fall, then by id. */
function byRisk(a: AttentionEntry, b: AttentionEntry): number {
  return severityOf(b.alerts[0]!.code) - severityOf(a.alerts[0]!.code) || (a.change ?? Infinity) - (b.change ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The riskiest `limit` entries, sorted; all of them, sorted, without a limit. */
function riskiest(entries: AttentionEntry[], limit: number | null): AttentionEntry[] {
  const sorted = [...entries].sort(byRisk);
  return limit === null ? sorted : sorted.slice(0, limit);
}

function addPair(into: PrePostSums, intake: number, latest: number): void {
  const before = toTenths(intake);
  into.n += 1;
  into.changeTenths += toTenths(latest) - before;
  into.intakeTenths += before;
  into.intakeSquaredTenths += before * before;
}

/**
 * Adds one episode's summary to a tally. `endedByReintake`: a re-intake later in the same ratings ended
 * it, so it is closed, unrecorded, and needs no attention.
 */
export function addEpisode(tally: Tally, id: string, summary: EpisodeSummary, endedByReintake: boolean): void {
  const { outcome, alerts, closed } = summary;
  tally.episodes += 1;
  tally.byAgeGroup[summary.ageGroup ?? 'unknown'] += 1;
  if (endedByReintake) (tally.endings.unrecorded += 1), (tally.reintakes += 1);
  else tally.endings[closed ? closed.reason : 'open'] += 1;
  // A closed episode is over: its alerts are history, not a call to act.
  if (alerts.length > 0 && !endedByReintake && !closed) {
    tally.needingAttention.all += 1;
    if (alerts[0]!.severity === 'critical') tally.needingAttention.critical += 1;
    tally.attention.push({ id, alerts, changeClass: outcome?.changeClass ?? null, change: outcome?.change ?? null });
    // Trimmed when twice the limit, so a limited list costs a sort now and then, and memory stays flat.
    const limit = tally.attentionLimit;
    if (limit !== null && tally.attention.length >= 2 * limit + 64) tally.attention = riskiest(tally.attention, limit);
  }
  if (!outcome) return;
  tally.withOutcome += 1;
  tally.intakeTenths += toTenths(outcome.intake);
  if (outcome.onTrack !== 'unknown') {
    tally.known += 1;
    if (outcome.onTrack === 'on-track') tally.onTrack += 1;
  }
  if (outcome.sessions.length < 2) return;
  tally.byChangeClass[outcome.changeClass] += 1;
  addPair(tally.measured, outcome.intake, outcome.latest);
  if (outcome.startedInClinicalRange) addPair(tally.clinical, outcome.intake, outcome.latest);
  else if (outcome.cutoff !== null) tally.startedAtOrAboveCutoff += 1;
}

/** The sum of two tallies, as one tally of both parts' episodes. Neither argument is changed. */
export function mergeTallies(a: Tally, b: Tally): Tally {
  if (a.attentionLimit !== b.attentionLimit) throw new FitlineError('bad-option', 'Tallies with different attention limits cannot be merged.', 'attentionLimit');
  const { attentionLimit, attention: first, ...rest } = a;
  const merged = add(rest, { ...b, attention: undefined, attentionLimit: undefined }) as Omit<Tally, 'attention' | 'attentionLimit'>;
  return { ...merged, attention: riskiest([...first, ...b.attention], attentionLimit), attentionLimit };
}

/** Adds numbers field by field through nested records (the fields of `a`). */
function add(a: unknown, b: unknown): unknown {
  if (typeof a === 'number') return a + (b as number);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(a as object)) out[key] = add((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
  return out;
}

/** The figures a tally stands for. */
export function finishTally(tally: Tally, rule: ResolvedEffectSizeRule, reference?: EffectSizeReference): CaseloadFigures {
  const attention = riskiest(tally.attention, tally.attentionLimit);
  const measured = tally.measured.n;
  const percentByChangeClass = {} as Record<ChangeClass, number | null>;
  for (const c in tally.byChangeClass) percentByChangeClass[c as ChangeClass] = percent(tally.byChangeClass[c as ChangeClass], measured);
  const { value, basis } = prePostEffectSize(tally.measured, rule);
  return {
    episodes: tally.episodes,
    measured,
    byChangeClass: { ...tally.byChangeClass },
    percentByChangeClass,
    startedAtOrAboveCutoff: tally.startedAtOrAboveCutoff,
    effectSize: value,
    effectSizeBasis: basis,
    severityAdjustedEffectSize: reference === undefined ? null : severityAdjustedEffectSize(tally.clinical, reference),
    byAgeGroup: { ...tally.byAgeGroup },
    meanIntake: tally.withOutcome > 0 ? Math.round(tally.intakeTenths / tally.withOutcome) / 10 : null,
    onTrack: { known: tally.known, onTrack: tally.onTrack, percent: percent(tally.onTrack, tally.known) },
    endings: { ...tally.endings },
    reintakes: tally.reintakes,
    attention,
    needingAttention: { ...tally.needingAttention },
  };
}

function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}
