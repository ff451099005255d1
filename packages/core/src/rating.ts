/**
 * The one record that travels everywhere in Fitline: a single administration of one instrument.
 */

/** The ids of the seven instruments, as a Rating's `instrument` names them. */
export const INSTRUMENT_IDS = ['ors', 'srs', 'cors', 'csrs', 'ycors', 'ycsrs', 'gsrs'] as const;
/** Which instrument a rating is on: one of INSTRUMENT_IDS. */
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** Who can give a rating: the client, or a collateral rater (caretaker, teacher, partner or other). */
export const RATERS = ['client', 'caretaker', 'teacher', 'partner', 'other'] as const;
/** Who gave a rating: one of RATERS; a rating that names no rater is the client's. */
export type Rater = (typeof RATERS)[number];

/**
 * The ways a rating can be given, from in the session to on paper; a Rating's `mode` is one of them.
 */
export const MODES = ['in-session', 'telehealth', 'remote', 'oral', 'paper'] as const;
/** How a rating was given: one of MODES. */
export type Mode = (typeof MODES)[number];

/** One administration of one instrument: the record that travels everywhere in Fitline. */
export interface Rating {
  instrument: InstrumentId;
  /**
   * In the instrument's item order, each 0 to 10 in steps of 0.1. Empty only in a total-only rating:
   * a rating given on paper or by phone whose total alone the clinician entered.
   */
  items: number[];
  /**
   * 0 to 40 in steps of 0.1. Required when `items` is empty; with four items optional, and when
   * given it must be their sum.
   */
  total?: number;
  /** ISO 8601 date or date-time at which the rating was given. */
  date: string;
  /** 1-based session number within the episode; without it ratings are ordered by date. */
  session?: number;
  /** Who gave the rating; the client unless said otherwise. */
  rater?: Rater;
  mode?: Mode;
  id?: string;
  clientId?: string;
  episodeId?: string;
}
