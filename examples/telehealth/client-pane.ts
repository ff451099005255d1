// The client's side of the visit: when the SRS is sent, its Rating and a FHIR QuestionnaireResponse of
// it go to the clinic. The scale sends each completed rating once, however often Send is pressed.
import type { Rating } from '@fitline/core';
import { toQuestionnaireResponse } from '@fitline/core/fhir';
import type { MockClinicApi } from './mock-clinic-api.js';

export interface VisitFacts {
  clientId: string;
  /** This visit's session number in the episode. */
  session: number;
}

export function startClientPane(pane: HTMLElement, api: Pick<MockClinicApi, 'post'>, visit: VisitFacts): void {
  const scale = pane.querySelector('srs-scale')!;
  const status = pane.querySelector('.send-status')!;
  scale.addEventListener('fit-submit', async (event) => {
    const rating: Rating = { ...event.detail.rating, session: visit.session, clientId: visit.clientId };
    const questionnaireResponse = toQuestionnaireResponse(rating, { subject: { reference: `Patient/${visit.clientId}` } });
    status.textContent = 'Sending…';
    const response = await api.post('/ratings', { rating, questionnaireResponse });
    status.textContent = response.ok ? 'Sent. Thank you: your clinician will see it before your next visit.' : `Not sent (${response.status}). Please tell your clinician.`;
  });
}
