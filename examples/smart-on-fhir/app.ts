// The app, once the EHR has let it in: the patient's ratings read from the EHR's FHIR server (all
// pages), the chart, today's ORS at the start and SRS at the end, and each new rating saved back as a
// QuestionnaireResponse and an Observation in one transaction. A rating not saved stays on the page
// with the reason and a Retry button.
import '@fitline/elements/define.js';
import type { Rating } from '@fitline/core';
import { FHIR } from '../fhir/fhir-client.js';
import type { FhirClient } from '../fhir/fhir-client.js';
import { saveRating } from '../fhir/rating-transaction.js';
import { readPatientRatings } from '../fhir/read-ratings.js';
import { RatingSaves } from '../fhir/rating-saves.js';
import { describeFailure } from '../fhir/describe-failure.js';
import { SAVE_SCOPES } from './smart-app.js';

const status = document.querySelector('#status')!;
const chart = document.querySelector('fit-chart')!;

async function start(client: FhirClient): Promise<void> {
  const patientId = client.getPatientId();
  if (!patientId) throw new Error('The EHR gave no patient.');
  document.querySelector('#patient')!.textContent = `Patient ${patientId}`;
  status.textContent = 'Reading ratings from the EHR…';
  const { ratings, errors } = await readPatientRatings(client, patientId);
  chart.ratings = ratings;
  const session = Math.max(0, ...ratings.map((r) => r.session ?? 0)) + 1;
  status.textContent =
    `${ratings.length} ratings read from the EHR; today is session ${session}.` +
    (errors.length > 0 ? ` ${errors.length} responses could not be read: ${errors.map((e) => e.message).join(' ')}` : '');
  document.querySelector<HTMLElement>('#session')!.hidden = false;

  const granted = String(client.state.tokenResponse?.scope ?? '').split(/\s+/);
  const saves = new RatingSaves(document.querySelector('.saves')!, {
    send: (rating) => saveRating(client, rating, patientId),
    describe: (error) => describeFailure(error, { needed: SAVE_SCOPES, granted }),
    onSaved: (rating) => (chart.ratings = [...chart.ratings, rating]),
  });
  for (const scale of [document.querySelector('ors-scale')!, document.querySelector('srs-scale')!]) {
    scale.addEventListener('fit-submit', (event) => {
      const rating: Rating = { ...event.detail.rating, session, clientId: patientId, mode: 'in-session' };
      void saves.save(rating, `${rating.instrument.toUpperCase()}, session ${session}`);
    });
  }
}

FHIR.oauth2
  .ready()
  .then(start)
  .catch((error: Error) => {
    status.textContent = `Fitline could not open this patient's record. ${describeFailure(error)}`;
  });
