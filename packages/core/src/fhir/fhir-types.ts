/**
 * The few FHIR R4 shapes Fitline writes and reads, typed as far as it uses them. Resources from a
 * host are `unknown` until read-response.ts has checked them.
 */

/** The FHIR R4 Coding, as far as Fitline writes and reads it. */
export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

/** The FHIR R4 CodeableConcept, as far as Fitline writes and reads it. */
export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

/** The FHIR R4 Identifier, as far as Fitline writes and reads it. */
export interface Identifier {
  system?: string;
  value?: string;
}

/** The FHIR R4 Reference, as far as Fitline writes and reads it. */
export interface Reference {
  reference?: string;
  identifier?: Identifier;
  display?: string;
  type?: string;
}

/** The FHIR R4 Extension, with the value types Fitline writes and reads. */
export interface Extension {
  url: string;
  valueInteger?: number;
  valueString?: string;
  valueCode?: string;
  valueCoding?: Coding;
  valueCodeableConcept?: CodeableConcept;
  valueExpression?: { language: string; expression: string };
}

/** The FHIR R4 Quantity, as Fitline writes a score in points. */
export interface Quantity {
  value: number;
  unit: string;
  system: string;
  code: string;
}

/** One item of a FHIR R4 Questionnaire, as far as Fitline writes it. */
export interface QuestionnaireItem {
  linkId: string;
  type: 'display' | 'integer' | 'decimal' | 'group';
  prefix?: string;
  text?: string;
  required?: boolean;
  readOnly?: boolean;
  extension?: Extension[];
  item?: QuestionnaireItem[];
}

/** The FHIR R4 Questionnaire of one instrument, as toQuestionnaire writes it. */
export interface Questionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  language: string;
  subjectType: ['Patient'];
  copyright: string;
  extension?: Extension[];
  item: QuestionnaireItem[];
}

/**
 * One answered item of a FHIR R4 QuestionnaireResponse: an item in millimetres (an integer) or the
 * total in points (a decimal).
 */
export interface QuestionnaireResponseItem {
  linkId: string;
  answer: [{ valueInteger: number } | { valueDecimal: number }];
}

/** The FHIR R4 QuestionnaireResponse of one rating, as toQuestionnaireResponse writes it. */
export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id?: string;
  identifier?: Identifier;
  extension?: Extension[];
  questionnaire: string;
  status: 'completed';
  subject?: Reference;
  encounter?: Reference;
  authored: string;
  author?: Reference;
  source?: Reference;
  item: QuestionnaireResponseItem[];
}

/** One item score in a FHIR R4 Observation: the item's code and its value. */
export interface ObservationComponent {
  code: CodeableConcept;
  valueQuantity: Quantity;
}

/** The FHIR R4 Observation of a rating's total score, as toObservation writes it. */
export interface Observation {
  resourceType: 'Observation';
  id?: string;
  identifier?: Identifier[];
  status: 'final';
  category: CodeableConcept[];
  code: CodeableConcept;
  subject?: Reference;
  encounter?: Reference;
  effectiveDateTime: string;
  performer?: Reference[];
  valueQuantity: Quantity;
  derivedFrom?: Reference[];
  /** The item scores; absent for a total-only rating. */
  component?: ObservationComponent[];
}

/** What a host knows that a Rating does not: who the client is in its records, and where. */
export interface FhirContext {
  /** The client, such as `{ reference: 'Patient/123' }`. A Rating's clientId is added as an identifier. */
  subject?: Reference;
  /** Who recorded the answers (the clinician for oral and paper entry). */
  author?: Reference;
  /** Who answered, when not the client: the collateral rater's RelatedPerson. */
  source?: Reference;
  encounter?: Reference;
  /** The resource's id on the host's server, a FHIR id ([A-Za-z0-9-.]{1,64}). */
  id?: string;
  /** For an Observation: the QuestionnaireResponse it is derived from. */
  derivedFrom?: Reference;
  /** Base of the canonical URLs; a host may publish the Questionnaires under its own. */
  canonicalBase?: string;
  /** Add the SNOMED CT codes seen in the NHS dataset's reference tables (unverified; off by default). */
  snomed?: boolean;
}
