// The caseload as the sandbox EHR's FHIR server holds it: every Patient and every QuestionnaireResponse,
// all pages (fhirclient follows Bundle.link next), gathered into one Bundle for readBundle and birthDates.
import { ehrClient } from '../fhir/ehr-client.js';

export async function readCaseloadFromServer(): Promise<{ resourceType: 'Bundle'; type: 'collection'; entry: { resource: unknown }[] }> {
  const { client } = await ehrClient();
  const all = (query: string) => client.request(query, { pageLimit: 0, flat: true }) as Promise<unknown[]>;
  const [patients, responses] = await Promise.all([all('Patient?_count=100'), all('QuestionnaireResponse?_count=100')]);
  return { resourceType: 'Bundle', type: 'collection', entry: [...patients, ...responses].map((resource) => ({ resource })) };
}
