// A patient's ratings as a FHIR server holds them: every QuestionnaireResponse to one of Fitline's
// Questionnaires, all pages (fhirclient follows Bundle.link next), read with readBundle.
import type { Rating } from '@fitline/core';
import { FITLINE_FHIR_BASE, QUESTIONNAIRE_VERSION, readBundle } from '@fitline/core/fhir';
import type { FhirClient } from './fhir-client.js';

/** Fitline's Questionnaires, as the responses name them (canonical URL and version). */
const QUESTIONNAIRES = ['ors', 'srs', 'cors', 'csrs', 'ycors', 'ycsrs', 'gsrs'].map((id) => `${FITLINE_FHIR_BASE}/Questionnaire/${id}|${QUESTIONNAIRE_VERSION}`);

export interface PatientRatings {
  ratings: Rating[];
  /** Responses that could not be read as ratings, with the rule each broke. */
  errors: { index: number; code: string; message: string }[];
}

export async function readPatientRatings(client: FhirClient, patientId: string): Promise<PatientRatings> {
  const query = new URLSearchParams({ patient: `Patient/${patientId}`, questionnaire: QUESTIONNAIRES.join(','), _count: '20' });
  const pages = (await client.request(`QuestionnaireResponse?${query}`, { pageLimit: 0 })) as { entry?: unknown[] }[] | { entry?: unknown[] };
  const entry = (Array.isArray(pages) ? pages : [pages]).flatMap((page) => page.entry ?? []);
  return readBundle({ resourceType: 'Bundle', type: 'searchset', entry });
}
