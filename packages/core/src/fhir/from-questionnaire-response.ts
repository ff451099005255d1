/**
 * FHIR R4 QuestionnaireResponses back to Ratings: one at a time, refusing a malformed resource with
 * a named error, or a whole Bundle, keeping the good entries and reporting the bad ones.
 */
import { FitlineError } from '../errors.js';
import type { FitlineErrorCode } from '../errors.js';
import { INSTRUMENTS, isInstrumentId } from '../instruments.js';
import type { Rating } from '../rating.js';
import { toTenths, totalTenths } from '../tenths.js';
import { validateRating } from '../validate.js';
import { TOTAL_LINK_ID, canonicalBaseOf, extensionUrl, identifierSystem } from './fhir-systems.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const fail = (field: string, message: string, code: FitlineErrorCode = 'bad-fhir'): never => {
  throw new FitlineError(code, `QuestionnaireResponse.${field} ${message}`, field);
};

function extensionValue(resource: Json, url: string, key: 'valueInteger' | 'valueCode' | 'valueString'): unknown {
  const found = list(resource.extension).find((e) => isObject(e) && e.url === url);
  return isObject(found) ? found[key] : undefined;
}

function answerOf(items: unknown[], linkId: string): unknown {
  const item = items.find((i) => isObject(i) && i.linkId === linkId);
  if (!isObject(item)) return undefined;
  const [answer] = list(item.answer);
  return isObject(answer) ? (answer.valueInteger ?? answer.valueDecimal) : undefined;
}

/**
 * Reads one of Fitline's QuestionnaireResponses back into a Rating; throws a FitlineError naming the
 * field when the resource is not one or breaks a rule.
 *
 * The response must be completed or amended and answer every item, or the total alone.
 */
export function fromQuestionnaireResponse(resource: unknown, options: { canonicalBase?: string } = {}): Rating {
  const base = canonicalBaseOf(options, 'options');
  if (!isObject(resource) || resource.resourceType !== 'QuestionnaireResponse') {
    throw new FitlineError('bad-fhir', 'The resource must be a QuestionnaireResponse object.', 'resourceType');
  }
  if (resource.status !== 'completed' && resource.status !== 'amended') {
    fail('status', `must be completed or amended to be a rating, not ${JSON.stringify(resource.status)}.`);
  }
  const canonical = typeof resource.questionnaire === 'string' ? resource.questionnaire.split('|')[0] : undefined;
  const prefix = `${base}/Questionnaire/`;
  const instrument = canonical?.startsWith(prefix) ? canonical.slice(prefix.length) : undefined;
  if (!isInstrumentId(instrument)) {
    return fail('questionnaire', `must be one of Fitline's Questionnaires (${prefix}ors and so on), not ${JSON.stringify(resource.questionnaire)}.`);
  }

  const answers = list(resource.item);
  const { itemIds } = INSTRUMENTS[instrument];
  const total = answerOf(answers, TOTAL_LINK_ID);
  // Only the total answered: a total-only rating, entered by the clinician from paper or a phone call.
  const totalOnly = total !== undefined && itemIds.every((linkId) => answerOf(answers, linkId) === undefined);
  const items = totalOnly
    ? []
    : itemIds.map((linkId) => {
        const value = answerOf(answers, linkId);
        if (value === undefined) fail(`item[${linkId}]`, 'has no answer; every item must be answered, or only the total.');
        if (!(Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100)) {
          fail(`item[${linkId}]`, `must be a whole number of millimetres from 0 to 100, not ${JSON.stringify(value)}.`);
        }
        return (value as number) / 10;
      });
  if (!totalOnly && total !== undefined && !(typeof total === 'number' && toTenths(total) === totalTenths(items))) {
    fail(`item[${TOTAL_LINK_ID}]`, `${JSON.stringify(total)} is not the sum of the items (${totalTenths(items) / 10}).`);
  }

  const rating: Json = { instrument, items, ...(totalOnly && { total }), date: resource.authored };
  const optional: [string, unknown][] = [
    ['session', extensionValue(resource, extensionUrl(base, 'session'), 'valueInteger')],
    ['rater', extensionValue(resource, extensionUrl(base, 'rater'), 'valueCode')],
    ['mode', extensionValue(resource, extensionUrl(base, 'mode'), 'valueCode')],
    ['episodeId', extensionValue(resource, extensionUrl(base, 'episode-id'), 'valueString')],
    ['id', isObject(resource.identifier) && resource.identifier.system === identifierSystem(base, 'rating-id') ? resource.identifier.value : undefined],
    ['clientId', isObject(resource.subject) && isObject(resource.subject.identifier) && resource.subject.identifier.system === identifierSystem(base, 'client-id') ? resource.subject.identifier.value : undefined],
  ];
  for (const [key, value] of optional) if (value !== undefined) rating[key] = value;

  const [problem] = validateRating(rating);
  if (problem) {
    const field = problem.field === 'date' ? 'authored' : problem.field === 'total' ? `item[${TOTAL_LINK_ID}]` : problem.field;
    fail(field, problem.message.replace(/^\S+ /, ''), problem.code);
  }
  return rating as unknown as Rating;
}

/** What readBundle returns: the ratings read, and one error for each bad entry. */
export interface BundleReadResult {
  ratings: Rating[];
  /** One per bad entry: its index in `Bundle.entry`, the rule, and the message. */
  errors: { index: number; code: string; field?: string; message: string }[];
}

/**
 * Reads every QuestionnaireResponse in a Bundle. Entries of other types (the Observations derived from
 * the responses, the Patient) are passed over without complaint; a bad response is reported by its
 * index and the others are kept. Options that are not an object, or a canonical base that is not an
 * absolute URI, throw a FitlineError: they are the host's code, not its data.
 */
export function readBundle(bundle: unknown, options: { canonicalBase?: string } = {}): BundleReadResult {
  canonicalBaseOf(options, 'options');
  const result: BundleReadResult = { ratings: [], errors: [] };
  if (!isObject(bundle) || bundle.resourceType !== 'Bundle') {
    result.errors.push({ index: -1, code: 'bad-fhir', message: 'The input must be a FHIR Bundle object.' });
    return result;
  }
  list(bundle.entry).forEach((entry, index) => {
    const resource = isObject(entry) ? entry.resource : undefined;
    if (!isObject(resource) || resource.resourceType !== 'QuestionnaireResponse') return;
    try {
      result.ratings.push(fromQuestionnaireResponse(resource, options));
    } catch (error) {
      if (!(error instanceof FitlineError)) throw error;
      result.errors.push({ index, code: error.code, ...(error.field !== undefined && { field: error.field }), message: `entry[${index}]: ${error.message}` });
    }
  });
  return result;
}
