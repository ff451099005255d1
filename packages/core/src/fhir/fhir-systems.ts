/**
 * Every URL and code Fitline writes into FHIR resources, in one place, so that writing and reading
 * cannot drift apart.
 */
import type { InstrumentId, Mode } from '../rating.js';
import { FitlineError } from '../errors.js';
import { describe, isObject } from '../shape.js';

/** Default base of Fitline's canonical URLs; a host can publish its Questionnaires under its own. */
export const FITLINE_FHIR_BASE = 'urn:fitline:fhir';

/** An absolute URI (a scheme, a colon, no spaces), as FHIR canonical URLs must be. */
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

/**
 * The canonical base named by the options (or context) a FHIR function was given, else Fitline's own.
 * Options that are not an object, and a base that is not an absolute URI, are refused by name: every
 * URL written or matched is built on it.
 */
export function canonicalBaseOf(options: { canonicalBase?: unknown } | undefined, field: 'options' | 'context'): string {
  if (options === undefined) return FITLINE_FHIR_BASE;
  if (!isObject(options)) throw new FitlineError('bad-fhir', `${field} must be an object when given.`, field);
  const { canonicalBase = FITLINE_FHIR_BASE } = options;
  if (typeof canonicalBase !== 'string' || !ABSOLUTE_URI.test(canonicalBase)) {
    throw new FitlineError('bad-fhir', `${field}.canonicalBase must be an absolute URI such as https://example.org/fhir, not ${describe(canonicalBase)}.`, `${field}.canonicalBase`);
  }
  return canonicalBase;
}

/**
 * Version of the Questionnaires' structure: items in millimetres, slider control, total in points.
 * 1.1.0 adds the unit and entry format for renderers without a slider, gives the anchors prefixes
 * instead of item controls, and computes the total in R4's normative FHIRPath; items and linkIds are
 * those of 1.0.0, so responses to either read the same.
 */
export const QUESTIONNAIRE_VERSION = '1.1.0';

export const questionnaireUrl = (base: string, instrument: InstrumentId) => `${base}/Questionnaire/${instrument}`;
export const extensionUrl = (base: string, name: 'session' | 'rater' | 'mode' | 'episode-id') => `${base}/StructureDefinition/${name}`;
export const identifierSystem = (base: string, name: 'rating-id' | 'client-id') => `${base}/identifier/${name}`;
export const itemCodeSystem = (base: string) => `${base}/CodeSystem/item`;
export const scoreCodeSystem = (base: string) => `${base}/CodeSystem/score`;

export const HL7_EXTENSION = 'http://hl7.org/fhir/StructureDefinition';
export const ITEM_CONTROL = `${HL7_EXTENSION}/questionnaire-itemControl`;
export const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';
export const SLIDER_STEP = `${HL7_EXTENSION}/questionnaire-sliderStepValue`;
export const MIN_VALUE = `${HL7_EXTENSION}/minValue`;
export const MAX_VALUE = `${HL7_EXTENSION}/maxValue`;
export const QUESTIONNAIRE_UNIT = `${HL7_EXTENSION}/questionnaire-unit`;
export const ENTRY_FORMAT = `${HL7_EXTENSION}/entryFormat`;
export const COMPLETION_MODE = `${HL7_EXTENSION}/questionnaireresponse-completionMode`;
export const PARTICIPATION_MODE = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode';
export const CALCULATED_EXPRESSION = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const UCUM = 'http://unitsofmeasure.org';
export const SNOMED = 'http://snomed.info/sct';

/** How each administration mode maps onto the standard completion modes. */
export const COMPLETION_MODE_CODE: Record<Mode, 'ELECTRONIC' | 'VERBAL' | 'WRITTEN'> = {
  'in-session': 'ELECTRONIC',
  telehealth: 'ELECTRONIC',
  remote: 'ELECTRONIC',
  oral: 'VERBAL',
  paper: 'WRITTEN',
};

/**
 * SNOMED CT codes for total scores, as seen in the NHS mental health dataset's reference tables.
 * Not verified against a SNOMED release: written only when the host asks (`snomed: true`).
 */
export const SNOMED_TOTAL_CODE: Partial<Record<InstrumentId, string>> = {
  ors: '716613004',
  srs: '720482000',
  cors: '718458005',
  csrs: '718762000',
  gsrs: '718441000',
};

/** The linkId of the total item. */
export const TOTAL_LINK_ID = 'total';
export const INSTRUCTIONS_LINK_ID = 'instructions';
