/**
 * The few FHIR R4 shapes Fitline writes and reads, typed as far as it uses them. Resources from a
 * host are `unknown` until read-response.ts has checked them.
 */
export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Identifier {
  system?: string;
  value?: string;
}

export interface Reference {
  reference?: string;
  identifier?: Identifier;
  display?: string;
  type?: string;
}

export interface Extension {
  url: string;
  valueInteger?: number;
  valueString?: string;
  valueCode?: string;
  valueCodeableConcept?: CodeableConcept;
  valueExpression?: { language: string; expression: string };
}

export interface Quantity {
  value: number;
  unit: string;
  system: string;
  code: string;
}

export interface QuestionnaireItem {
  linkId: string;
  type: 'display' | 'integer' | 'decimal' | 'group';
  text?: string;
  required?: boolean;
  readOnly?: boolean;
  extension?: Extension[];
  item?: QuestionnaireItem[];
}

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

export interface QuestionnaireResponseItem {
  linkId: string;
  answer: [{ valueInteger: number } | { valueDecimal: number }];
}

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

export interface ObservationComponent {
  code: CodeableConcept;
  valueQuantity: Quantity;
}

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
