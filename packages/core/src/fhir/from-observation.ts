/**
 * A FHIR R4 Observation of a total score back to a Rating: Fitline's own (its score code, or the SNOMED
 * CT code it writes on request), or a host's, through a mapping of the host's codes to instruments.
 * An Observation carries no session, rater or episode: its rating is ordered by date, as the client's.
 */
import { FitlineError } from '../errors.js';
import type { FitlineErrorCode } from '../errors.js';
import { INSTRUMENTS, isInstrumentId } from '../instruments.js';
import type { InstrumentId, Rating } from '../rating.js';
import { validateRating } from '../validate.js';
import { SNOMED, SNOMED_TOTAL_CODE, canonicalBaseOf, identifierSystem, itemCodeSystem, scoreCodeSystem } from './fhir-systems.js';

/** Options for reading Observations: Fitline's canonical base, and a host's own codes for totals. */
export interface ObservationReadOptions {
  canonicalBase?: string;
  /**
   * A host's own codes for total scores, as `system|code` to instrument: for example
   * `{ 'http://clinic.example/codes|ors-total': 'ors' }`.
   */
  codes?: Record<string, InstrumentId>;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const codings = (concept: unknown): Json[] => (isObject(concept) ? list(concept.coding).filter(isObject) : []);
const fail = (field: string, message: string, code: FitlineErrorCode = 'bad-fhir'): never => {
  throw new FitlineError(code, `Observation.${field} ${message}`, field);
};

/** The canonical base and the host's codes, after checking them; refused by name when malformed. */
export function checkObservationOptions(options: ObservationReadOptions | undefined): { base: string; codes: Record<string, InstrumentId> } {
  const base = canonicalBaseOf(options, 'options');
  const codes = options?.codes ?? {};
  if (!isObject(codes) || Object.values(codes).some((id) => !isInstrumentId(id))) {
    throw new FitlineError('bad-option', 'options.codes must map "system|code" to instrument ids such as ors.', 'options.codes');
  }
  return { base, codes: codes as Record<string, InstrumentId> };
}

/** The instrument an Observation's code names, by Fitline's code, the SNOMED CT code, or the host's mapping. */
function instrumentOf(resource: Json, base: string, codes: Record<string, InstrumentId>): InstrumentId | undefined {
  for (const { system, code } of codings(resource.code)) {
    if (typeof code !== 'string') continue;
    if (system === scoreCodeSystem(base) && code.endsWith('-total') && isInstrumentId(code.slice(0, -6))) return code.slice(0, -6) as InstrumentId;
    if (system === SNOMED) {
      const found = (Object.keys(SNOMED_TOTAL_CODE) as InstrumentId[]).find((id) => SNOMED_TOTAL_CODE[id] === code);
      if (found) return found;
    }
    const mapped = codes[`${system}|${code}`];
    if (mapped !== undefined) return mapped;
  }
  return undefined;
}

/**
 * Reads an Observation of a total score into a Rating; throws a FitlineError naming the field when it
 * is not one, names no instrument Fitline knows, or breaks a rule. Item scores come from Fitline's item
 * components when all four are there; otherwise the rating is total-only.
 */
export function fromObservation(resource: unknown, options: ObservationReadOptions = {}): Rating {
  const { base, codes } = checkObservationOptions(options);
  if (!isObject(resource) || resource.resourceType !== 'Observation') throw new FitlineError('bad-fhir', 'The resource must be an Observation object.', 'resourceType');
  if (!['final', 'amended', 'corrected'].includes(resource.status as string)) {
    fail('status', `must be final, amended or corrected to be a rating, not ${JSON.stringify(resource.status)}.`);
  }
  const instrument = instrumentOf(resource, base, codes);
  if (!instrument) return fail('code', `must name a total score of an instrument Fitline knows (${scoreCodeSystem(base)}|ors-total, or a code in options.codes).`);
  const quantity = resource.valueQuantity;
  const total = isObject(quantity) ? quantity.value : undefined;
  if (typeof total !== 'number') fail('valueQuantity.value', 'must be the total score, a number from 0 to 40.');

  const { itemIds } = INSTRUMENTS[instrument];
  const components = list(resource.component).filter(isObject);
  const itemValue = (id: string) => {
    const component = components.find((c) => codings(c.code).some((k) => k.system === itemCodeSystem(base) && k.code === `${instrument}.${id}`));
    const value = component && isObject(component.valueQuantity) ? component.valueQuantity.value : undefined;
    return typeof value === 'number' ? value : undefined;
  };
  const values = itemIds.map(itemValue);
  const items = values.every((v) => v !== undefined) ? (values as number[]) : [];

  // Alone, the total is the rating; beside four items, a check on their sum, dropped once checked.
  const rating: Json = { instrument, items, total, date: resource.effectiveDateTime };
  const identifier = list(resource.identifier).find((i) => isObject(i) && i.system === identifierSystem(base, 'rating-id'));
  if (isObject(identifier) && identifier.value !== undefined) rating.id = identifier.value;
  const subject = resource.subject;
  if (isObject(subject) && isObject(subject.identifier) && subject.identifier.system === identifierSystem(base, 'client-id')) rating.clientId = subject.identifier.value;

  const [problem] = validateRating(rating);
  if (problem) {
    const field = problem.field === 'date' ? 'effectiveDateTime' : problem.field === 'total' ? 'valueQuantity.value' : problem.field.startsWith('items') ? 'component' : problem.field;
    fail(field, problem.message.replace(/^\S+ /, ''), problem.code);
  }
  if (items.length > 0) delete rating.total;
  return rating as unknown as Rating;
}
