// A rating as one FHIR transaction: its QuestionnaireResponse and the Observation of its total,
// created together or not at all. Each entry is a conditional create on the rating's identifier
// (ifNoneExist), so sending the same rating again, after an answer that never came, creates nothing new.
import type { Rating } from '@fitline/core';
import { FITLINE_FHIR_BASE, toObservation, toQuestionnaireResponse } from '@fitline/core/fhir';

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
