/**
 * The example's state, shared by both ways of writing it: the ratings of an episode, where an ORS
 * opens a session and the SRS closes it, as in the chart example.
 */
import { useState } from 'react';
import type { Rating } from '@fitline/core';

const opened = (ratings: Rating[]) => ratings.filter((r) => r.instrument === 'ors').length;

export function useSessionRatings() {
  const [ratings, setRatings] = useState<Rating[]>([]);
  return {
    /** A new array for each rating: the chart redraws when it is given a different array. */
    ratings,
    addOutcome: (rating: Rating) => setRatings((all) => [...all, { ...rating, session: opened(all) + 1 }]),
    addAlliance: (rating: Rating) => setRatings((all) => [...all, { ...rating, session: Math.max(1, opened(all)) }]),
  };
}

/** "3 of 4 lines marked", from the scale that fired the event. */
export function markedText(scale: EventTarget | null): string {
  const values = (scale as { values?: (number | null)[] } | null)?.values ?? [];
  return `${values.filter((v) => v !== null).length} of 4 lines marked`;
}
