// The telehealth example: the end of a video visit, the client's SRS saved to the clinic's FHIR server
// (the sandbox EHR's, examples/fhir-server/), and the clinician's chart read back from it as it arrives.
import '@fitline/elements/define.js';
import { ehrClient } from '../fhir/ehr-client.js';
import { describeFailure } from '../fhir/describe-failure.js';
import { readPatientRatings } from '../fhir/read-ratings.js';
import { TELEHEALTH_CLIENT_ID } from './earlier-sessions.js';
import { startClientPane } from './client-pane.js';
import { startClinicianPane } from './clinician-pane.js';

const clinician = document.querySelector<HTMLElement>('#clinician')!;
try {
  const { client } = await ehrClient();
  const { ratings } = await readPatientRatings(client, TELEHEALTH_CLIENT_ID);
  const chart = startClinicianPane(clinician, client, TELEHEALTH_CLIENT_ID, ratings);
  startClientPane(document.querySelector<HTMLElement>('#client')!, client, {
    clientId: TELEHEALTH_CLIENT_ID,
    session: Math.max(0, ...ratings.map((r) => r.session ?? 0)) + 1,
    onSaved: chart.received,
  });
} catch (error) {
  clinician.querySelector('.inbox')!.replaceChildren(`The clinic's FHIR server could not be read. ${describeFailure(error)}`);
}
