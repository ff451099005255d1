// The sandbox EHR's patient list: every Patient on its FHIR server, each with a link that opens Fitline
// for that patient (an EHR launch); and the standalone launch link, which names only the FHIR server.
import { h, scrollingTable, table } from '../dom.js';
import { ehrClient } from '../fhir/ehr-client.js';

const status = document.querySelector('#status')!;
try {
  const { client, fhirBase } = await ehrClient();
  const patients = (await client.request('Patient?_count=100&_sort=_id', { pageLimit: 0, flat: true })) as { id: string; birthDate?: string }[];
  const rows = patients.map((patient) => [
    patient.id,
    patient.birthDate ?? '',
    h('a', { href: `/ehr/launch?${new URLSearchParams({ patient: patient.id, app: '/examples/smart-on-fhir/launch.html', iss: fhirBase })}` }, `Open Fitline for ${patient.id}`),
  ]);
  document.querySelector('#patients')!.append(scrollingTable(table('The patients on the sandbox FHIR server.', ['Patient', 'Born', 'Fitline'], rows), 'patients-heading'));
  status.textContent = `${patients.length} patients.`;
  document.querySelector<HTMLAnchorElement>('#standalone')!.search = `?iss=${encodeURIComponent(fhirBase)}`;
} catch (error) {
  status.textContent = `The EHR's FHIR server could not be read: ${(error as Error).message}`;
}
