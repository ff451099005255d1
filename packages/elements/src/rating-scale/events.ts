/**
 * The scales' domain event, typed for hosts: `el.addEventListener('fit-submit', (e) => e.detail.rating)`.
 */
import type { InstrumentId, Mode, Rater, Rating } from '@fitline/core';

export interface FitSubmitDetail {
  /** The completed Rating; from clinician total-only entry, one with no items and the typed total. */
  rating: Rating;
  /** 0 to 40, to one decimal. */
  total: number;
  instrument: InstrumentId;
  date: string;
  mode: Mode;
  rater: Rater;
}

export type FitSubmitEvent = CustomEvent<FitSubmitDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'fit-submit': FitSubmitEvent;
  }
}
