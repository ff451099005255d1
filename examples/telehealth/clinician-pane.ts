// The clinician's side: every request the clinic's server receives is listed, an accepted rating joins
// the chart, and the QuestionnaireResponse as it arrived is there to read for the curious.
import { scoreRating } from '@fitline/core';
import type { Rating } from '@fitline/core';
import { h, formatPoints } from '../dom.js';
import type { MockClinicApi, ReceivedRequest } from './mock-clinic-api.js';

export function startClinicianPane(pane: HTMLElement, api: MockClinicApi, earlier: Rating[]): void {
  const chart = pane.querySelector('fit-chart')!;
  const inbox = pane.querySelector('.inbox')!;
  const json = pane.querySelector('.qr-json')!;
  chart.ratings = earlier;

  api.addEventListener('request', (event) => {
    const request = (event as CustomEvent<ReceivedRequest>).detail;
    const { rating } = request;
    const what = rating ? `${rating.instrument.toUpperCase()} total ${formatPoints(scoreRating(rating).total)}, session ${rating.session}` : request.error;
    inbox.querySelector('.empty')?.remove();
    inbox.append(h('li', {}, `POST ${request.path}: ${request.status}, ${what}`));
    if (!rating) return;
    // A new array, so the chart sees a change and redraws.
    chart.ratings = [...chart.ratings, rating];
    json.textContent = JSON.stringify((request.body as { questionnaireResponse?: unknown }).questionnaireResponse, null, 2);
  });
}
