// The client's side of the visit: when the SRS is sent, it is saved to the clinic's FHIR server as a
// QuestionnaireResponse and an Observation, in one transaction. The scale sends each completed rating
// once, however often Send is pressed; a rating not saved stays with the reason and a Retry button.
import type { Rating } from '@fitline/core';
import type { FhirClient } from '../fhir/fhir-client.js';
import { describeFailure } from '../fhir/describe-failure.js';
import { RatingSaves } from '../fhir/rating-saves.js';
import { saveRating } from '../fhir/rating-transaction.js';
import type { TransactionResponse } from '../fhir/rating-transaction.js';

export interface VisitFacts {
  clientId: string;
  /** This visit's session number in the episode. */
  session: number;
  /** Told of each rating the server saved, with its answer. */
  onSaved(rating: Rating, answer: TransactionResponse): void;
}

export function startClientPane(pane: HTMLElement, client: FhirClient, visit: VisitFacts): void {
  const scale = pane.querySelector('srs-scale')!;
  const saves = new RatingSaves(pane.querySelector('.saves')!, {
    send: (rating) => saveRating(client, rating, visit.clientId),
    describe: describeFailure,
    onSaved: visit.onSaved,
  });
  scale.addEventListener('fit-submit', (event) => {
    const rating: Rating = { ...event.detail.rating, session: visit.session, clientId: visit.clientId };
    void saves.save(rating, 'Your session rating');
  });
}
