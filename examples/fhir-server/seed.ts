// What the sandbox FHIR server holds when it starts: the EHR example's caseload (Patients and their
// QuestionnaireResponses) and the telehealth client's earlier sessions, each response with the
// Observation of its total, all made with @fitline/core/fhir from seeded, made-up sample data.
import type { Rating } from '@fitline/core';
import { fromQuestionnaireResponse, toObservation, toQuestionnaireResponse } from '@fitline/core/fhir';
import { caseloadBundle } from '../ehr/build-bundles.js';
import { earlierSessions, TELEHEALTH_CLIENT_ID } from '../telehealth/earlier-sessions.js';

interface Resource {
  resourceType: string;
  id: string;
  [key: string]: unknown;
}

/** The Observation of a stored response's total, pointing back at it. */
function observationOf(response: Resource): Resource {
  const rating = fromQuestionnaireResponse(response);
  const subject = response.subject as { reference: string };
  return toObservation(rating, { id: `${response.id}-total`, subject: { reference: subject.reference }, derivedFrom: { reference: `QuestionnaireResponse/${response.id}` } }) as unknown as Resource;
}

function telehealthResources(): Resource[] {
  const patient: Resource = { resourceType: 'Patient', id: TELEHEALTH_CLIENT_ID, identifier: [{ system: 'urn:fitline:fhir/identifier/client-id', value: TELEHEALTH_CLIENT_ID }] };
  const responses = earlierSessions().map((rating: Rating) => toQuestionnaireResponse(rating, { id: rating.id!, subject: { reference: `Patient/${TELEHEALTH_CLIENT_ID}` } }) as unknown as Resource);
  return [patient, ...responses];
}

export function seedResources(): Resource[] {
  const resources = [...caseloadBundle().entry.map((entry) => entry.resource as Resource), ...telehealthResources()];
  return resources.flatMap((resource) => (resource.resourceType === 'QuestionnaireResponse' ? [resource, observationOf(resource)] : [resource]));
}
