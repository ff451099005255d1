/**
 * Norms profiles: every threshold Fitline applies, each with its source and how sure that source is.
 * Components and charts never hard-code a number; they read it from the profile in force.
 */
import type { AgeGroup, InstrumentKind } from './instruments.js';
import { getInstrument } from './instruments.js';
import { FitlineError } from './errors.js';
import type { FitlineProblem } from './errors.js';
import type { InstrumentId } from './rating.js';

/** How far a value can be trusted: published in a primary source, seen only in secondary sources, or a heuristic. */
export type Certainty = 'published' | 'secondary' | 'heuristic';

export interface Sourced {
  value: number;
  source: string;
  certainty: Certainty;
}

/**
 * Reliable change: a published fixed number of points, or the Jacobson-Truax reliable change index
 * from a standard deviation and a reliability (|RCI| > 1.96).
 */
export type ReliableChangeRule =
  | { method: 'fixed'; points: number; source: string; certainty: Certainty }
  | { method: 'rci'; sd: number; reliability: number; source: string; certainty: Certainty };

export type OutcomeInstrumentId = 'ors' | 'cors' | 'ycors';

export interface NormsProfile {
  id: string;
  version: string;
  label: string;
  /**
   * Outcome clinical cutoff by age group: a total below it is in the clinical range (the total
   * itself at the cutoff is not). `null` where no cutoff applies.
   */
  outcomeCutoff: Record<AgeGroup, Sourced | null>;
  /** Reliable change by outcome instrument. */
  reliableChange: Record<OutcomeInstrumentId, ReliableChangeRule>;
  /** Alliance alert when an alliance total is below this value. */
  allianceCutoff: Sourced;
  /** Alliance item flag when any item is below this value; `null` turns the rule off. */
  allianceItemFlag: Sourced | null;
  /** Alliance drop alert when the total fell by at least this much from the previous session. */
  allianceDrop: Sourced;
}

const CORC = 'Child Outcomes Research Consortium (CORC) outcome measure summaries';
const OPENFIT = 'OpenFIT knowledge base, article KA-01031';

export const DEFAULT_NORMS: NormsProfile = {
  id: 'fitline-default',
  version: '2026.1',
  label: 'Most often published values',
  outcomeCutoff: {
    adult: { value: 25, source: `${CORC}; ${OPENFIT}`, certainty: 'published' },
    adolescent: {
      value: 28,
      source: 'Duncan et al. 2006, "Giving Youth a Voice", as cited in secondary sources; the primary source was not seen',
      certainty: 'secondary',
    },
    child: { value: 32, source: OPENFIT, certainty: 'published' },
    'young-child': null,
  },
  reliableChange: {
    ors: { method: 'fixed', points: 5, source: `${CORC}; ${OPENFIT}`, certainty: 'published' },
    cors: { method: 'fixed', points: 5, source: 'The ORS value, applied to the CORS as its developers do', certainty: 'secondary' },
    ycors: {
      method: 'fixed',
      points: 5,
      source: 'The ORS value; the YCORS has no published psychometric properties, so its change is described, never validated',
      certainty: 'heuristic',
    },
  },
  allianceCutoff: { value: 36, source: 'Widely published SRS alliance cutoff; Fitline alerts when the total is below 36', certainty: 'published' },
  allianceItemFlag: { value: 9, source: 'A teaching heuristic (any SRS item below 9), unconfirmed in a primary source', certainty: 'heuristic' },
  allianceDrop: { value: 1, source: "OpenFIT's alert rules: the SRS total fell by 1 or more from the previous session", certainty: 'secondary' },
};

export const NHS_CYP_2015_NORMS: NormsProfile = {
  ...DEFAULT_NORMS,
  id: 'nhs-cyp-iapt-2015',
  version: '2015',
  label: 'NHS Children and Young People IAPT outcome profile (2015)',
  reliableChange: {
    ors: { method: 'fixed', points: 6.6, source: "NHS Digital's mental health services dataset analysis code (CYP IAPT 2015)", certainty: 'published' },
    cors: { method: 'fixed', points: 10, source: "NHS Digital's mental health services dataset analysis code (CYP IAPT 2015)", certainty: 'published' },
    ycors: DEFAULT_NORMS.reliableChange.ycors,
  },
};

/** The age group an episode is judged by: from the age, else as given, else from the instrument. */
export function resolveAgeGroup(instrument: InstrumentId, options: { age?: number; ageGroup?: AgeGroup } = {}): AgeGroup {
  if (options.age !== undefined) {
    if (!(Number.isFinite(options.age) && options.age >= 0 && options.age < 130)) {
      throw new FitlineError('bad-option', `age must be a number of years from 0 to 129, not ${String(options.age)}.`, 'age');
    }
    return ageGroupOf(options.age);
  }
  if (options.ageGroup !== undefined) {
    if (!AGE_GROUPS.includes(options.ageGroup)) {
      throw new FitlineError('bad-option', `ageGroup must be one of ${AGE_GROUPS.join(', ')}, not ${String(options.ageGroup)}.`, 'ageGroup');
    }
    return options.ageGroup;
  }
  // Without an age, the instrument tells: the CORS is for children, the YCORS for young children.
  return getInstrument(instrument).ageGroups[0] ?? 'adult';
}

const AGE_GROUPS: readonly AgeGroup[] = ['adult', 'adolescent', 'child', 'young-child'];

function ageGroupOf(age: number): AgeGroup {
  if (age >= 18) return 'adult';
  if (age >= 13) return 'adolescent';
  if (age >= 6) return 'child';
  return 'young-child';
}

/** The outcome cutoff for an instrument and age group, or null when none applies (an unnormed instrument). */
export function outcomeCutoff(profile: NormsProfile, instrument: InstrumentId, ageGroup: AgeGroup): number | null {
  if (!getInstrument(instrument).normed) return null;
  return profile.outcomeCutoff[ageGroup]?.value ?? null;
}

/** The alliance cutoff for an instrument, or null for an unnormed one (the YCSRS). */
export function allianceCutoff(profile: NormsProfile, instrument: InstrumentId): number | null {
  return getInstrument(instrument).normed ? profile.allianceCutoff.value : null;
}

/** The reliable change rule for an outcome instrument. */
export function reliableChangeRule(profile: NormsProfile, instrument: InstrumentId): ReliableChangeRule {
  const kind: InstrumentKind = getInstrument(instrument).kind;
  if (kind !== 'outcome') throw new FitlineError('bad-option', `${instrument} is not an outcome instrument; reliable change applies to outcome totals.`, 'instrument');
  return profile.reliableChange[instrument as OutcomeInstrumentId];
}

function isSourced(v: unknown): v is Sourced {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return typeof s.value === 'number' && Number.isFinite(s.value) && typeof s.source === 'string' && s.source.length > 0 && typeof s.certainty === 'string';
}

/** Every problem with a norms profile a host passes in; an empty list means it is usable. */
export function validateNorms(profile: unknown): FitlineProblem[] {
  const problems: FitlineProblem[] = [];
  const bad = (field: string, rule: string) => problems.push({ code: 'bad-norms', field, message: `norms.${field} ${rule}.` });
  if (typeof profile !== 'object' || profile === null) {
    return [{ code: 'bad-norms', field: '', message: 'norms must be a NormsProfile object.' }];
  }
  const p = profile as Record<string, unknown>;
  for (const key of ['id', 'version', 'label']) if (typeof p[key] !== 'string' || !p[key]) bad(key, 'must be a non-empty string');
  const cutoffs = p.outcomeCutoff as Record<string, unknown> | undefined;
  if (typeof cutoffs !== 'object' || cutoffs === null) bad('outcomeCutoff', 'must give a cutoff (or null) for each age group');
  else {
    for (const group of AGE_GROUPS) {
      const c = cutoffs[group];
      if (c !== null && !(isSourced(c) && c.value > 0 && c.value <= 40)) bad(`outcomeCutoff.${group}`, 'must be null or { value (0 to 40), source, certainty }');
    }
  }
  const rc = p.reliableChange as Record<string, unknown> | undefined;
  if (typeof rc !== 'object' || rc === null) bad('reliableChange', 'must give a rule for ors, cors and ycors');
  else {
    for (const id of ['ors', 'cors', 'ycors']) {
      const rule = rc[id] as Record<string, unknown> | undefined;
      const ok =
        typeof rule === 'object' && rule !== null && typeof rule.source === 'string' &&
        ((rule.method === 'fixed' && typeof rule.points === 'number' && rule.points > 0 && rule.points <= 40) ||
          (rule.method === 'rci' && typeof rule.sd === 'number' && rule.sd > 0 &&
            typeof rule.reliability === 'number' && rule.reliability >= 0 && rule.reliability < 1));
      if (!ok) bad(`reliableChange.${id}`, 'must be { method: "fixed", points > 0 } or { method: "rci", sd > 0, reliability from 0 to below 1 }, with a source');
    }
  }
  if (!(isSourced(p.allianceCutoff) && p.allianceCutoff.value > 0 && p.allianceCutoff.value <= 40)) bad('allianceCutoff', 'must be { value (0 to 40), source, certainty }');
  if (p.allianceItemFlag !== null && !(isSourced(p.allianceItemFlag) && p.allianceItemFlag.value > 0 && p.allianceItemFlag.value <= 10)) {
    bad('allianceItemFlag', 'must be null or { value (0 to 10), source, certainty }');
  }
  if (!(isSourced(p.allianceDrop) && p.allianceDrop.value > 0)) bad('allianceDrop', 'must be { value > 0, source, certainty }');
  return problems;
}

/** The profile to use: the host's after checking it, or the default. */
export function resolveNorms(profile: NormsProfile | undefined): NormsProfile {
  if (profile === undefined) return DEFAULT_NORMS;
  const problems = validateNorms(profile);
  if (problems.length > 0) throw FitlineError.fromProblems(problems);
  return profile;
}
