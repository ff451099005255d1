/**
 * Norms profiles: every threshold Fitline applies, each with its source and how sure that source is.
 * Components and charts never hard-code a number; they read it from the profile in force. Sources
 * are cited briefly here; docs/scoring.md gives them in full.
 */
import type { AgeGroup } from './instruments.js';
import { INSTRUMENTS } from './instruments.js';
import { throwProblems } from './errors.js';
import { RELIABILITY } from './change.js';
import type { FitlineProblem } from './errors.js';
import type { InstrumentId } from './rating.js';
import type { Shape } from './shape.js';
import { above0, assertArgument, check, inTurn, is, nullable, object, oneOf, optional, relation, variant, text } from './shape.js';

/** How far a value can be trusted: published in a primary source, seen only in secondary sources, or a heuristic. */
export type Certainty = 'published' | 'secondary' | 'heuristic';

/** A threshold with its source and how sure that source is. */
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

/**
 * The outcome instruments (ORS, CORS, YCORS): those a norms profile gives a reliable change rule for.
 */
export type OutcomeInstrumentId = 'ors' | 'cors' | 'ycors';

/**
 * A set of the thresholds Fitline applies (outcome cutoffs, reliable change, alliance alerts), each
 * with its source.
 */
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
  /**
   * The conversations PCOMS calls for without a trajectory model, by sessions counted from the intake
   * as 1: a checkpoint when there is no reliable change by `checkpoint`, a last chance when there is
   * still none by `lastChance`. Optional, so profiles written before it still load: without it the
   * default profile's windows apply.
   */
  checkpoints?: { checkpoint: SessionWindow; lastChance: SessionWindow };
}

/** A window of sessions, counted from the intake as session 1, with its source. */
export interface SessionWindow {
  from: number;
  to: number;
  source: string;
  certainty: Certainty;
}

const PUBLISHED = 'CORC; OpenFIT KA-01031';
const NHS = 'NHS Digital MHSDS code (CYP IAPT 2015)';
const PCOMS = 'PCOMS guidance (Partners for Change); FIT-Outcomes manual';
const fixed = (points: number, source: string, certainty: Certainty): ReliableChangeRule => ({ method: 'fixed', points, source, certainty });

/**
 * The norms profile used when a host gives none: the most often published values, each with its source
 * and certainty.
 */
export const DEFAULT_NORMS: NormsProfile = {
  id: 'fitline-default',
  version: '2026.1',
  label: 'Most often published values',
  outcomeCutoff: {
    adult: { value: 25, source: PUBLISHED, certainty: 'published' },
    adolescent: { value: 28, source: 'Duncan et al. 2006, via secondary sources', certainty: 'secondary' },
    child: { value: 32, source: 'OpenFIT KA-01031', certainty: 'published' },
    'young-child': null,
  },
  reliableChange: {
    ors: fixed(5, PUBLISHED, 'published'),
    cors: fixed(5, 'The ORS value', 'secondary'),
    // The YCORS has no published psychometric properties: its change is described, never validated.
    ycors: fixed(5, 'The ORS value; YCORS unnormed', 'heuristic'),
  },
  // Some sources write "36 or below": Fitline alerts below 36.
  allianceCutoff: { value: 36, source: 'Widely published', certainty: 'published' },
  allianceItemFlag: { value: 9, source: 'Teaching heuristic', certainty: 'heuristic' },
  allianceDrop: { value: 1, source: 'OpenFIT alert rules', certainty: 'secondary' },
  checkpoints: {
    checkpoint: { from: 3, to: 6, source: PCOMS, certainty: 'secondary' },
    lastChance: { from: 6, to: 10, source: PCOMS, certainty: 'secondary' },
  },
};

/**
 * The NHS CYP IAPT 2015 profile: the default values, with the NHS reliable change of 6.6 points for
 * the ORS and 10 for the CORS.
 */
export const NHS_CYP_2015_NORMS: NormsProfile = {
  ...DEFAULT_NORMS,
  id: 'nhs-cyp-iapt-2015',
  version: '2015',
  label: 'NHS CYP IAPT outcome profile (2015)',
  reliableChange: { ...DEFAULT_NORMS.reliableChange, ors: fixed(6.6, NHS, 'published'), cors: fixed(10, NHS, 'published') },
};

const AGE = /* @__PURE__ */ is((v) => Number.isFinite(v) && v >= 0 && v < 130, 'a number of years from 0 to 129');
const AGE_GROUP = /* @__PURE__ */ oneOf(['adult', 'adolescent', 'child', 'young-child']);

/**
 * The age group an episode is judged by: from the age, else as given, else from the instrument. Each
 * option given is checked, so a mistyped `ageGroup` is refused by name even beside a good `age`
 * (which decides the group: it is the more exact of the two).
 */
export function resolveAgeGroup(instrument: InstrumentId, options: { age?: number; ageGroup?: AgeGroup } = {}): AgeGroup {
  const { age, ageGroup } = options;
  if (ageGroup !== undefined) assertArgument(AGE_GROUP, ageGroup, 'ageGroup');
  if (age !== undefined) {
    assertArgument(AGE, age, 'age');
    return age >= 18 ? 'adult' : age >= 13 ? 'adolescent' : age >= 6 ? 'child' : 'young-child';
  }
  return ageGroup ?? INSTRUMENTS[instrument].ageGroups[0]!; // The CORS is for children, the YCORS for young children.
}

/**
 * The outcome cutoff for an instrument given to a client of an age group, or null where none applies,
 * with a warning when the instrument was made for another age. The norm follows the instrument: a CORS
 * keeps the child cutoff at any age (never the adult ORS cutoff), the ORS takes the adult or adolescent
 * one and has none for a child, the unnormed YCORS has none.
 */
export function outcomeNorm(profile: NormsProfile, instrument: InstrumentId, ageGroup: AgeGroup): { cutoff: number | null; warning: string | null } {
  const { normed, ageGroups, abbreviation } = INSTRUMENTS[instrument];
  const madeFor = ageGroups.includes(ageGroup);
  const group = instrument === 'cors' ? 'child' : madeFor ? ageGroup : null;
  const cutoff = normed && group ? profile.outcomeCutoff[group]?.value ?? null : null;
  const norm = cutoff === null ? 'no cutoff applies' : `the ${group} cutoff of ${cutoff} applies`;
  return { cutoff, warning: madeFor ? null : `The ${abbreviation} was given to a client in the ${ageGroup} age group, which it was not made for: ${norm}.` };
}

/** The checkpoint windows of a profile, or the default profile's when it has none. */
export function checkpointsOf(profile: NormsProfile): NonNullable<NormsProfile['checkpoints']> {
  return profile.checkpoints ?? DEFAULT_NORMS.checkpoints!;
}

/** The alliance cutoff for an instrument, or null for an unnormed one (the YCSRS). */
export function allianceCutoff(profile: NormsProfile, instrument: InstrumentId): number | null {
  return INSTRUMENTS[instrument].normed ? profile.allianceCutoff.value : null;
}

/** The reliable change rule for an outcome instrument (the type keeps alliance instruments out). */
export function reliableChangeRule(profile: NormsProfile, instrument: OutcomeInstrumentId): ReliableChangeRule {
  return profile.reliableChange[instrument];
}

const CERTAINTY = oneOf(['published', 'secondary', 'heuristic']);
const sourced = (max: number) => object({ value: above0(max), source: text, certainty: CERTAINTY });
const rule: Shape = variant(
  'method',
  {
    fixed: object({ points: above0(40), source: text }),
    rci: object({ sd: above0(40), reliability: RELIABILITY, source: text }),
  },
  object({ method: oneOf(['fixed', 'rci']) }),
);
const SESSION_FROM_2 = is((v) => Number.isSafeInteger(v) && v >= 2 && v <= 1000, 'a whole number of sessions from 2 to 1000');
const WINDOW = inTurn(
  object({ from: SESSION_FROM_2, to: SESSION_FROM_2, source: text, certainty: CERTAINTY }),
  relation('to', (w) => w.to >= w.from, 'at least `from`'),
);
const NORMS = object({
  id: text,
  version: text,
  label: text,
  outcomeCutoff: object({ adult: nullable(sourced(40)), adolescent: nullable(sourced(40)), child: nullable(sourced(40)), 'young-child': nullable(sourced(40)) }),
  reliableChange: object({ ors: rule, cors: rule, ycors: rule }),
  allianceCutoff: sourced(40),
  allianceItemFlag: nullable(sourced(10)),
  // A drop can be no larger than the scale.
  allianceDrop: sourced(40),
  checkpoints: optional(object({ checkpoint: WINDOW, lastChance: WINDOW })),
});

/** Every problem with a norms profile a host passes in; an empty list means it is usable. */
export function validateNorms(profile: unknown): FitlineProblem[] {
  return check(NORMS, profile, 'bad-norms', 'norms');
}

/** The profile to use: the host's after checking it, or the default. */
export function resolveNorms(profile: NormsProfile | undefined): NormsProfile {
  if (profile === undefined) return DEFAULT_NORMS;
  throwProblems(validateNorms(profile));
  return profile;
}
