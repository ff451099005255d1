// The clinician's side: each save the clinic's FHIR server answered is listed, the chart is read back
// from the server, and the QuestionnaireResponse as the server stored it is there to read for the curious.
import { scoreRating } from '@fitline/core';
import type { Rating } from '@fitline/core';
import { h, formatPoints } from '../dom.js';
import type { FhirClient } from '../fhir/fhir-client.js';
import { readPatientRatings } from '../fhir/read-ratings.js';
import type { TransactionResponse } from '../fhir/rating-transaction.js';

export function startClinicianPane(pane: HTMLElement, client: FhirClient, clientId: string, earlier: Rating[]) {
  const chart = pane.querySelector('fit-chart')!;
  const inbox = pane.querySelector('.inbox')!;
  const json = pane.querySelector('.qr-json')!;
  chart.ratings = earlier;

  async function received(rating: Rating, answer: TransactionResponse): Promise<void> {
    const saved = (answer.entry ?? []).map((entry) => `${entry.response?.status} ${entry.response?.location?.split('/_history')[0]}`).join(', ');
    inbox.querySelector('.empty')?.remove();
    inbox.append(h('li', {}, `${rating.instrument.toUpperCase()} total ${formatPoints(scoreRating(rating).total)}, session ${rating.session}: ${saved}`));
    // What the server holds now, not what was sent: the chart and the response are read back from it.
    chart.ratings = (await readPatientRatings(client, clientId)).ratings;
    const location = answer.entry?.[0]?.response?.location?.split('/_history')[0];
    if (location) json.textContent = JSON.stringify(await client.request(location), null, 2);
  }
  return { received };
}
