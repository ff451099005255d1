/**
 * The seven instruments of the ORS and SRS family: their structure only. Their wording is
 * copyrighted and never ships here; hosts register it as a content pack.
 */
import type { InstrumentId } from './rating.js';
import { INSTRUMENT_IDS } from './rating.js';

/** Outcome instruments ask "how are you doing?"; alliance instruments "how was today's session?". */
export type InstrumentKind = 'outcome' | 'alliance';

export type AgeGroup = 'adult' | 'adolescent' | 'child' | 'young-child';

export const OUTCOME_ITEM_IDS = ['individually', 'interpersonally', 'socially', 'overall'] as const;
export const ALLIANCE_ITEM_IDS = ['relationship', 'goals', 'approach', 'overall'] as const;

export interface Instrument {
  id: InstrumentId;
  /** The published short name, for labels such as a chart legend. */
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

const scale = { itemMin: 0, itemMax: 10, step: 0.1 } as const;

export const INSTRUMENTS: Readonly<Record<InstrumentId, Instrument>> = {
  ors: { id: 'ors', abbreviation: 'ORS', kind: 'outcome', itemIds: OUTCOME_ITEM_IDS, ageGroups: ['adult', 'adolescent'], normed: true, ...scale },
  cors: { id: 'cors', abbreviation: 'CORS', kind: 'outcome', itemIds: OUTCOME_ITEM_IDS, ageGroups: ['child'], normed: true, ...scale },
  ycors: { id: 'ycors', abbreviation: 'YCORS', kind: 'outcome', itemIds: OUTCOME_ITEM_IDS, ageGroups: ['young-child'], normed: false, ...scale },
  srs: { id: 'srs', abbreviation: 'SRS', kind: 'alliance', itemIds: ALLIANCE_ITEM_IDS, ageGroups: ['adult', 'adolescent'], normed: true, ...scale },
  csrs: { id: 'csrs', abbreviation: 'CSRS', kind: 'alliance', itemIds: ALLIANCE_ITEM_IDS, ageGroups: ['child'], normed: true, ...scale },
  ycsrs: { id: 'ycsrs', abbreviation: 'YCSRS', kind: 'alliance', itemIds: ALLIANCE_ITEM_IDS, ageGroups: ['young-child'], normed: false, ...scale },
  gsrs: { id: 'gsrs', abbreviation: 'GSRS', kind: 'alliance', itemIds: ALLIANCE_ITEM_IDS, ageGroups: ['adult', 'adolescent'], normed: true, ...scale },
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

