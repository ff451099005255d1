/**
 * The built-in submit button's event. The scale sends a completed rating once: after a send, more
 * clicks or Enter send nothing until a value changes, the scale is reset or the host calls `rearm()`.
 */
import type { InstrumentId, Mode, Rater, Rating } from '@fitline/core';
import type { FitSubmitDetail, FitSubmitEvent } from './events.js';

/** What a complete scale shows of itself (its public properties). */
export interface Sendable {
  instrument: InstrumentId;
  /** Null until complete; without items (and with its total) in total-only entry. */
  rating: Rating | null;
  total: number | null;
  date: string | undefined;
  administration: Mode;
  rater: Rater;
}

/** The `fit-submit` event, dated as the host set, else when the last line was marked, else now. */
export function submitEvent(scale: Sendable, completedAt: string): FitSubmitEvent {
  const date = scale.date ?? (completedAt || new Date().toISOString());
  // Only a complete scale sends, and a complete scale has a rating.
  const rating = { ...(scale.rating as Rating), date };
  const detail: FitSubmitDetail = { rating, total: scale.total as number, instrument: scale.instrument, date, mode: scale.administration, rater: scale.rater };
  return new CustomEvent('fit-submit', { detail, bubbles: true, composed: true });
}
