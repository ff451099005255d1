/**
 * A Rating as a FHIR R4 QuestionnaireResponse, and as an Observation of its total in the shape of
 * US Core's Observation Screening Assessment. Everything in the Rating is kept, so that
 * fromQuestionnaireResponse gives the same Rating back.
 */
import { FitlineError, nestProblems } from '../errors.js';
import { getInstrument } from '../instruments.js';
import type { Rating } from '../rating.js';
import { scoreRating } from '../score.js';
import { toTenths } from '../tenths.js';
import { validateRating } from '../validate.js';
import { describe } from '../shape.js';
import { toFhirDateTime } from './fhir-date.js';
import type { Extension, FhirContext, Observation, QuestionnaireResponse, Reference } from './fhir-types.js';
import {
  COMPLETION_MODE,
  COMPLETION_MODE_CODE,
  OBSERVATION_CATEGORY,
  PARTICIPATION_MODE,
  QUESTIONNAIRE_VERSION,
  SNOMED,
  SNOMED_TOTAL_CODE,
  TOTAL_LINK_ID,
  UCUM,
  canonicalBaseOf,
  extensionUrl,
  identifierSystem,
  itemCodeSystem,
  questionnaireUrl,
  scoreCodeSystem,
} from './fhir-systems.js';

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

function checkedRating(rating: unknown): Rating {
  const problems = validateRating(rating);
  if (problems.length > 0) throw FitlineError.fromProblems(nestProblems('rating', problems));
  return rating as Rating;
}

/** The context's resource id; called after canonicalBaseOf, which refuses a context that is not an object. */
function checkedId(context: FhirContext): string | undefined {
  // Tested as a string first: RegExp.test would convert anything else, and an object can refuse to be converted.
  if (context.id !== undefined && !(typeof context.id === 'string' && FHIR_ID.test(context.id))) {
    throw new FitlineError('bad-fhir', `context.id must be a FHIR id (letters, digits, - and ., at most 64), not ${describe(context.id)}.`, 'context.id');
  }
  return context.id;
}

/** The client: the host's reference, with the Rating's clientId as an identifier. */
function subjectOf(rating: Rating, context: FhirContext, base: string): Reference | undefined {
  if (rating.clientId === undefined) return context.subject;
  return { ...context.subject, identifier: { system: identifierSystem(base, 'client-id'), value: rating.clientId } };
}

/**
 * A Rating as a FHIR R4 QuestionnaireResponse to Fitline's Questionnaire, keeping all
 * fromQuestionnaireResponse needs to give the same Rating back.
 *
 * Items are answered in millimetres (0 to 100), the total in points. Throws a FitlineError for an
 * invalid rating or context, or a time without a time zone.
 */
export function toQuestionnaireResponse(rating: unknown, context: FhirContext = {}): QuestionnaireResponse {
  const r = checkedRating(rating);
  const base = canonicalBaseOf(context, 'context');
  const id = checkedId(context);
  const { itemIds } = getInstrument(r.instrument);
  const extension: Extension[] = [];
  if (r.session !== undefined) extension.push({ url: extensionUrl(base, 'session'), valueInteger: r.session });
  if (r.rater !== undefined) extension.push({ url: extensionUrl(base, 'rater'), valueCode: r.rater });
  if (r.mode !== undefined) {
    extension.push({ url: extensionUrl(base, 'mode'), valueCode: r.mode });
    extension.push({ url: COMPLETION_MODE, valueCodeableConcept: { coding: [{ system: PARTICIPATION_MODE, code: COMPLETION_MODE_CODE[r.mode] }] } });
  }
  if (r.episodeId !== undefined) extension.push({ url: extensionUrl(base, 'episode-id'), valueString: r.episodeId });
  const subject = subjectOf(r, context, base);
  // The client answers for themselves; a collateral rater is the host's RelatedPerson, when it says so.
  const source = context.source ?? ((r.rater ?? 'client') === 'client' ? context.subject : undefined);

  return {
    resourceType: 'QuestionnaireResponse',
    ...(id !== undefined && { id }),
    ...(r.id !== undefined && { identifier: { system: identifierSystem(base, 'rating-id'), value: r.id } }),
    ...(extension.length > 0 && { extension }),
    questionnaire: `${questionnaireUrl(base, r.instrument)}|${QUESTIONNAIRE_VERSION}`,
    status: 'completed',
    ...(subject !== undefined && { subject }),
    ...(context.encounter !== undefined && { encounter: context.encounter }),
    authored: toFhirDateTime(r.date, 'rating.date'),
    ...(context.author !== undefined && { author: context.author }),
    ...(source !== undefined && { source }),
    // A total-only rating answers the total alone.
    item: [
      ...r.items.map((value, i) => ({ linkId: itemIds[i]!, answer: [{ valueInteger: toTenths(value) }] as [{ valueInteger: number }] })),
      { linkId: TOTAL_LINK_ID, answer: [{ valueDecimal: scoreRating(r).total }] as [{ valueDecimal: number }] },
    ],
  };
}

const points = (value: number) => ({ value, unit: 'points', system: UCUM, code: '{score}' });

/**
 * A Rating as a FHIR R4 Observation of its total score, with the item scores as components (none for a
 * total-only rating).
 *
 * Throws a FitlineError for an invalid rating or context, or a time without a time zone.
 */
export function toObservation(rating: unknown, context: FhirContext = {}): Observation {
  const r = checkedRating(rating);
  const base = canonicalBaseOf(context, 'context');
  const id = checkedId(context);
  const { abbreviation, itemIds } = getInstrument(r.instrument);
  const { total, items } = scoreRating(r);
  const snomed = context.snomed ? SNOMED_TOTAL_CODE[r.instrument] : undefined;
  const subject = subjectOf(r, context, base);
  const derivedFrom = context.derivedFrom ?? (r.id !== undefined ? { identifier: { system: identifierSystem(base, 'rating-id'), value: r.id } } : undefined);

  return {
    resourceType: 'Observation',
    ...(id !== undefined && { id }),
    ...(r.id !== undefined && { identifier: [{ system: identifierSystem(base, 'rating-id'), value: r.id }] }),
    status: 'final',
    category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'survey' }] }],
    code: {
      coding: [{ system: scoreCodeSystem(base), code: `${r.instrument}-total` }, ...(snomed ? [{ system: SNOMED, code: snomed }] : [])],
      text: `${abbreviation} total score`,
    },
    ...(subject !== undefined && { subject }),
    ...(context.encounter !== undefined && { encounter: context.encounter }),
    effectiveDateTime: toFhirDateTime(r.date, 'rating.date'),
    ...(context.author !== undefined && { performer: [context.author] }),
    valueQuantity: points(total),
    ...(derivedFrom !== undefined && { derivedFrom: [derivedFrom] }),
    // FHIR allows no empty list: a total-only rating has no components at all.
    ...(items.length > 0 && {
      component: items.map((value, i) => ({
        code: { coding: [{ system: itemCodeSystem(base), code: `${r.instrument}.${itemIds[i]}` }], text: itemIds[i]! },
        valueQuantity: points(value),
      })),
    }),
  };
}
