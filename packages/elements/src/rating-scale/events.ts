/**
 * The scales' domain events, typed for hosts: `el.addEventListener('fit-submit', (e) => e.detail.rating)`.
 */
import type { FitlineError, InstrumentId, Mode, Rater, Rating } from '@fitline/core';

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

export interface FitErrorDetail {
  /** The refusal, naming the field (`error.field`) and the rule (`error.code`). */
  error: FitlineError;
}

/**
 * A property set before the tag was defined and refused when the element upgraded: there was no
 * caller to throw to. The element renders with the other properties.
 */
export type FitErrorEvent = CustomEvent<FitErrorDetail>;

export const errorEvent = (error: FitlineError): FitErrorEvent => new CustomEvent('fit-error', { detail: { error }, bubbles: true, composed: true });

declare global {
  interface GlobalEventHandlersEventMap {
    'fit-submit': FitSubmitEvent;
    'fit-error': FitErrorEvent;
  }
}
