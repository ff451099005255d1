// The FHIR resources Fitline writes, whole, as a receiving server stores them: each field present
// exactly when it has something to say (FHIR allows no empty element, and a server keeps what it is
// sent), the host's references where the host gave them, and nothing else. Written out by hand from
// the FHIR R4 QuestionnaireResponse and Observation definitions and docs/fhir.md.
import { expect } from 'chai';
import { toObservation, toQuestionnaireResponse } from '../src/fhir/index.js';
import type { Rating } from '../src/rating.js';

const PATIENT = { reference: 'Patient/123' };
const CLINICIAN = { reference: 'Practitioner/9' };
const VISIT = { reference: 'Encounter/e-5' };
const MOTHER = { reference: 'RelatedPerson/m-1' };
const points = (value: number) => ({ value, unit: 'points', system: 'http://unitsofmeasure.org', code: '{score}' });

/** A caretaker's paper rating with every field a Rating has. */
const full: Rating = {
  instrument: 'cors',
  items: [4.2, 5, 3.3, 4.8],
  date: '2026-03-04T09:30:00+01:00',
  session: 3,
  rater: 'caretaker',
  mode: 'paper',
  id: 'r-1',
  clientId: 'client 7',
  episodeId: 'ep/1',
};
/** The least a Rating holds: a total alone, on a day. */
const bare: Rating = { instrument: 'srs', items: [], total: 35.5, date: '2026-03-04' };

describe('the QuestionnaireResponse written', () => {
  it('of a full rating in a full context: every field, in FHIR order', () => {
    expect(toQuestionnaireResponse(full, { id: 'qr-1', subject: PATIENT, encounter: VISIT, author: CLINICIAN, source: MOTHER, canonicalBase: 'https://ehr.example/fit' })).to.deep.equal({
      resourceType: 'QuestionnaireResponse',
      id: 'qr-1',
      identifier: { system: 'https://ehr.example/fit/identifier/rating-id', value: 'r-1' },
      extension: [
        { url: 'https://ehr.example/fit/StructureDefinition/session', valueInteger: 3 },
        { url: 'https://ehr.example/fit/StructureDefinition/rater', valueCode: 'caretaker' },
        { url: 'https://ehr.example/fit/StructureDefinition/mode', valueCode: 'paper' },
        {
          url: 'http://hl7.org/fhir/StructureDefinition/questionnaireresponse-completionMode',
          valueCodeableConcept: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode', code: 'WRITTEN' }] },
        },
        { url: 'https://ehr.example/fit/StructureDefinition/episode-id', valueString: 'ep/1' },
      ],
      questionnaire: 'https://ehr.example/fit/Questionnaire/cors|1.1.0',
      status: 'completed',
      subject: { reference: 'Patient/123', identifier: { system: 'https://ehr.example/fit/identifier/client-id', value: 'client 7' } },
      encounter: VISIT,
      authored: '2026-03-04T09:30:00+01:00',
      author: CLINICIAN,
      source: MOTHER,
      item: [
        { linkId: 'individually', answer: [{ valueInteger: 42 }] },
        { linkId: 'interpersonally', answer: [{ valueInteger: 50 }] },
        { linkId: 'socially', answer: [{ valueInteger: 33 }] },
        { linkId: 'overall', answer: [{ valueInteger: 48 }] },
        { linkId: 'total', answer: [{ valueDecimal: 17.3 }] },
      ],
    });
  });

  it('of a bare rating with no context: no id, identifier, extension, subject, encounter, author or source', () => {
    expect(toQuestionnaireResponse(bare)).to.deep.equal({
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'urn:fitline:fhir/Questionnaire/srs|1.1.0',
      status: 'completed',
      authored: '2026-03-04',
      item: [{ linkId: 'total', answer: [{ valueDecimal: 35.5 }] }],
    });
  });

  it("the client answering for themselves is the source; a collateral rater is one only when the host names them", () => {
    const own = toQuestionnaireResponse({ ...bare, rater: 'client' }, { subject: PATIENT });
    expect([own.subject, own.source]).to.deep.equal([PATIENT, PATIENT]);
    const unnamed = toQuestionnaireResponse(bare, { subject: PATIENT });
    expect(unnamed.source, 'a rating with no rater is the client’s').to.deep.equal(PATIENT);
    const teacher = toQuestionnaireResponse({ ...bare, rater: 'teacher' }, { subject: PATIENT });
    expect(teacher).to.not.have.property('source');
  });
});

describe('the Observation written', () => {
  it('of a full rating in a full context: every field, in FHIR order', () => {
    expect(toObservation(full, { id: 'obs-1', subject: PATIENT, encounter: VISIT, author: CLINICIAN, derivedFrom: { reference: 'QuestionnaireResponse/qr-1' }, snomed: true })).to.deep.equal({
      resourceType: 'Observation',
      id: 'obs-1',
      identifier: [{ system: 'urn:fitline:fhir/identifier/rating-id', value: 'r-1' }],
      status: 'final',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }] }],
      code: {
        coding: [
          { system: 'urn:fitline:fhir/CodeSystem/score', code: 'cors-total' },
          { system: 'http://snomed.info/sct', code: '718458005' },
        ],
        text: 'CORS total score',
      },
      subject: { reference: 'Patient/123', identifier: { system: 'urn:fitline:fhir/identifier/client-id', value: 'client 7' } },
      encounter: VISIT,
      effectiveDateTime: '2026-03-04T09:30:00+01:00',
      performer: [CLINICIAN],
      valueQuantity: points(17.3),
      derivedFrom: [{ reference: 'QuestionnaireResponse/qr-1' }],
      component: [
        { code: { coding: [{ system: 'urn:fitline:fhir/CodeSystem/item', code: 'cors.individually' }], text: 'individually' }, valueQuantity: points(4.2) },
        { code: { coding: [{ system: 'urn:fitline:fhir/CodeSystem/item', code: 'cors.interpersonally' }], text: 'interpersonally' }, valueQuantity: points(5) },
        { code: { coding: [{ system: 'urn:fitline:fhir/CodeSystem/item', code: 'cors.socially' }], text: 'socially' }, valueQuantity: points(3.3) },
        { code: { coding: [{ system: 'urn:fitline:fhir/CodeSystem/item', code: 'cors.overall' }], text: 'overall' }, valueQuantity: points(4.8) },
      ],
    });
  });

  it('derives from the rating by its id when the host names no response', () => {
    expect(toObservation({ ...bare, id: 'r-2' }).derivedFrom).to.deep.equal([{ identifier: { system: 'urn:fitline:fhir/identifier/rating-id', value: 'r-2' } }]);
  });

  it('of a bare rating with no context: the total alone, no SNOMED CT code, and no empty element', () => {
    expect(toObservation(bare)).to.deep.equal({
      resourceType: 'Observation',
      status: 'final',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }] }],
      code: { coding: [{ system: 'urn:fitline:fhir/CodeSystem/score', code: 'srs-total' }], text: 'SRS total score' },
      effectiveDateTime: '2026-03-04',
      valueQuantity: points(35.5),
    });
  });

  it('asked for SNOMED CT for an instrument that has no code, writes only its own', () => {
    expect(toObservation({ ...bare, instrument: 'ycors' }, { snomed: true }).code.coding).to.deep.equal([{ system: 'urn:fitline:fhir/CodeSystem/score', code: 'ycors-total' }]);
  });
});
