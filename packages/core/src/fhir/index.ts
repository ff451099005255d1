/**
 * @fitline/core/fhir: Ratings as FHIR R4 resources and back. A Questionnaire per instrument,
 * a QuestionnaireResponse per rating, an Observation of its total (US Core screening-assessment
 * shape), and Bundles and Bulk Data NDJSON exports read into ratings with the bad entries reported.
 */
export { toQuestionnaire } from './to-questionnaire.js';
export { toQuestionnaireResponse, toObservation } from './to-questionnaire-response.js';
export { fromQuestionnaireResponse, readBundle } from './from-questionnaire-response.js';
export type { BundleReadResult } from './from-questionnaire-response.js';
export { fromObservation } from './from-observation.js';
export type { ObservationReadOptions } from './from-observation.js';
export { readNdjson } from './read-ndjson.js';
export type { NdjsonEntry, NdjsonReadOptions } from './read-ndjson.js';
export type { TextSource, ReadableStreamLike } from '../stream-lines.js';
export { FITLINE_FHIR_BASE, QUESTIONNAIRE_VERSION, SNOMED_TOTAL_CODE } from './fhir-systems.js';
export type * from './fhir-types.js';
