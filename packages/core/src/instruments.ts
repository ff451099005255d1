/**
 * The seven instruments of the ORS and SRS family: their structure only. Their wording is
 * copyrighted and never ships here; hosts register it as a content pack.
 */
import type { InstrumentId } from './rating.js';
import { INSTRUMENT_IDS } from './rating.js';

/** Outcome instruments ask "how are you doing?"; alliance instruments "how was today's session?". */
export type InstrumentKind = 'outcome' | 'alliance';

/**
 * The age groups instruments are made for and norms are read by: adult (18 and over), adolescent (13
 * to 17), child (6 to 12) and young child (under 6).
 */
export type AgeGroup = 'adult' | 'adolescent' | 'child' | 'young-child';

export const OUTCOME_ITEM_IDS = ['individually', 'interpersonally', 'socially', 'overall'] as const;
export const ALLIANCE_ITEM_IDS = ['relationship', 'goals', 'approach', 'overall'] as const;

/**
 * The structure of one instrument, without its wording: its id, kind, item ids, age groups and whether
 * norms apply.
 */
export interface Instrument {
  id: InstrumentId;
  /** The published short name (the id in capitals), for labels such as a chart legend. */
  abbreviation: string;
  kind: InstrumentKind;
  /** Item ids in the order the items are given and stored. */
  itemIds: readonly string[];
  /** The age groups the instrument is made for. */
  ageGroups: readonly AgeGroup[];
  /** Published psychometric properties exist, so norms (cutoffs, reliable change) may be applied. */
  normed: boolean;
  /** Each item is 0 to 10 in steps of 0.1; the total is 0 to 40. */
  itemMin: 0;
  itemMax: 10;
  step: 0.1;
}

const ADULT: readonly AgeGroup[] = ['adult', 'adolescent'];

function instrument(id: InstrumentId, kind: InstrumentKind, ageGroups: readonly AgeGroup[], normed = true): Instrument {
  const itemIds = kind === 'outcome' ? OUTCOME_ITEM_IDS : ALLIANCE_ITEM_IDS;
  return { id, abbreviation: id.toUpperCase(), kind, itemIds, ageGroups, normed, itemMin: 0, itemMax: 10, step: 0.1 };
}

/**
 * The seven instruments by id: the ORS, CORS and YCORS for outcome, the SRS, CSRS, YCSRS and GSRS for
 * alliance.
 *
 * The young-child versions (YCORS, YCSRS) are not normed.
 */
export const INSTRUMENTS: Readonly<Record<InstrumentId, Instrument>> = {
  ors: instrument('ors', 'outcome', ADULT),
  cors: instrument('cors', 'outcome', ['child']),
  // The young-child versions have no published psychometric properties (CORC): no norms apply.
  ycors: instrument('ycors', 'outcome', ['young-child'], false),
  srs: instrument('srs', 'alliance', ADULT),
  csrs: instrument('csrs', 'alliance', ['child']),
  ycsrs: instrument('ycsrs', 'alliance', ['young-child'], false),
  gsrs: instrument('gsrs', 'alliance', ADULT),
};

export const ITEM_COUNT = 4;
/** The largest possible total: four items of 10. */
export const TOTAL_MAX = 40;

export function isInstrumentId(value: unknown): value is InstrumentId {
  return typeof value === 'string' && (INSTRUMENT_IDS as readonly string[]).includes(value);
}

export function getInstrument(id: InstrumentId): Instrument {
  return INSTRUMENTS[id];
}

