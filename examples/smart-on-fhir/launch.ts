// The app's launch page. From an EHR it is opened with `iss` (the FHIR server) and `launch` (the EHR's
// context, naming the patient); standalone, with `iss` alone, and the EHR asks the person which patient.
// fhirclient reads both from this page's address, finds the EHR's authorize endpoint in
// `.well-known/smart-configuration`, and sends the browser there with a PKCE challenge (S256).
import { FHIR } from '../fhir/fhir-client.js';
import { CLIENT_ID, RESOURCE_SCOPES } from './smart-app.js';

const params = new URLSearchParams(location.search);
const status = document.querySelector('#status')!;
if (!params.has('iss')) {
  status.textContent = 'Open this app from an EHR, or add ?iss= and the address of a FHIR server for a standalone launch.';
} else {
  const context = params.has('launch') ? 'launch' : 'launch/patient';
  FHIR.oauth2
    .authorize({ clientId: CLIENT_ID, scope: [context, ...RESOURCE_SCOPES].join(' '), redirectUri: './app.html', pkceMode: 'required' })
    .catch((error: Error) => {
      status.textContent = `The EHR could not be reached to sign in: ${error.message}`;
    });
}
