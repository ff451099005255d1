// The sandbox EHR's own pages (its patient list, the caseload, the telehealth visit) talk to its FHIR
// server as a signed-in clinician: the address and the session's token come from the EHR
// (examples/fhir-server/local-ehr.js), the requests go through fhirclient like the SMART app's.
import { FHIR } from './fhir-client.js';
import type { FhirClient } from './fhir-client.js';

export async function ehrClient(): Promise<{ client: FhirClient; fhirBase: string }> {
  const { fhirBase } = (await (await fetch('/ehr/config')).json()) as { fhirBase: string };
  const tokenResponse = await (await fetch('/ehr/session-token')).json();
  return { client: FHIR.client({ serverUrl: fhirBase, tokenResponse }), fhirBase };
}
