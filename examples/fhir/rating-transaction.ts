// A rating as one FHIR transaction: its QuestionnaireResponse and the Observation of its total,
// created together or not at all. Each entry is a conditional create on the rating's identifier
// (ifNoneExist), so sending the same rating again, after an answer that never came, creates nothing new.
import type { Rating } from '@fitline/core';
import { FITLINE_FHIR_BASE, toObservation, toQuestionnaireResponse } from '@fitline/core/fhir';
import type { FhirClient } from './fhir-client.js';

export const RATING_ID_SYSTEM = `${FITLINE_FHIR_BASE}/identifier/rating-id`;

/** The search that finds a rating's resources again: `identifier=system|value`. */
export const ratingIdentifierQuery = (ratingId: string) => `identifier=${RATING_ID_SYSTEM}|${ratingId}`;

/** The transaction Bundle that saves `rating` (which must have an `id`) about `Patient/patientId`. */
export function ratingTransaction(rating: Rating & { id: string }, patientId: string) {
  const subject = { reference: `Patient/${patientId}` };
  // A temporary id the Observation points at; the server replaces it with the response's own.
  const responseUrl = `urn:uuid:${crypto.randomUUID()}`;
  const ifNoneExist = ratingIdentifierQuery(rating.id);
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: responseUrl,
        resource: toQuestionnaireResponse(rating, { subject }),
        request: { method: 'POST', url: 'QuestionnaireResponse', ifNoneExist },
      },
      {
        resource: toObservation(rating, { subject, derivedFrom: { reference: responseUrl } }),
        request: { method: 'POST', url: 'Observation', ifNoneExist },
      },
    ],
  };
}

/** The server's answer to a transaction: one entry per resource, with its status and location. */
export interface TransactionResponse {
  entry?: { response?: { status?: string; location?: string } }[];
}

/** Sends the rating's transaction with `client`; resolves to the server's answer once every entry is saved, else rejects. */
export async function saveRating(client: FhirClient, rating: Rating & { id: string }, patientId: string): Promise<TransactionResponse> {
  const answer = (await client.request({
    url: '',
    method: 'POST',
    body: JSON.stringify(ratingTransaction(rating, patientId)),
    headers: { 'Content-Type': 'application/fhir+json' },
  })) as TransactionResponse;
  if (!answer.entry?.every((entry) => String(entry.response?.status).startsWith('2'))) throw new Error('The server did not save every resource of the rating.');
  return answer;
}
