import { expect } from 'chai';
import fc from 'fast-check';
import { toQuestionnaire, toQuestionnaireResponse, toObservation, fromQuestionnaireResponse, readBundle } from '../src/fhir/index.js';
import { placeholderPack } from '../src/content/index.js';
import { FitlineError } from '../src/errors.js';
import type { Rating } from '../src/rating.js';
import { validRating } from './arbitraries.js';
import { catchFitlineError } from './catch-fitline-error.js';

const rating: Rating = {
  instrument: 'ors',
  items: [4.2, 5, 3.3, 4.8],
  date: '2026-03-04T09:30:00Z',
  session: 1,
  rater: 'client',
  mode: 'telehealth',
  id: 'r-1',
  clientId: 'client 7',
  episodeId: 'ep/1',
};


describe('toQuestionnaire', () => {
  it('models each item as an integer slider from 0 to 100 in steps of 1, and the total as a decimal', () => {
    const q = toQuestionnaire('srs');
    const [instructions, first, , , , total] = q.item;
    expect(q.url).to.equal('urn:fitline:fhir/Questionnaire/srs');
    expect(q.version).to.equal('1.1.0');
    expect(instructions!.type).to.equal('display');
    expect(first!.linkId).to.equal('relationship');
    expect(first!.type).to.equal('integer');
    const ext = Object.fromEntries(first!.extension!.map((e) => [e.url, e.valueInteger ?? e.valueString ?? e.valueCoding ?? e.valueCodeableConcept?.coding?.[0]?.code]));
    expect(ext).to.deep.equal({
      'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl': 'slider',
      'http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue': 1,
      'http://hl7.org/fhir/StructureDefinition/minValue': 0,
      'http://hl7.org/fhir/StructureDefinition/maxValue': 100,
      'http://hl7.org/fhir/StructureDefinition/questionnaire-unit': { system: 'http://unitsofmeasure.org', code: 'mm', display: 'mm' },
      'http://hl7.org/fhir/StructureDefinition/entryFormat': '0–100 mm',
    });
    expect(total!.type).to.equal('decimal');
    expect(total!.readOnly).to.equal(true);
  });

  // No item control on them: LHC-Forms would fold them into one help popup, losing the low anchor.
  it("gives each item its low and high anchors as plain display items that name their end of the line", () => {
    const [, first] = toQuestionnaire('ors').item;
    const anchors = first!.item!.map((a) => [a.type, a.prefix, a.text, a.extension]);
    const { low, high } = placeholderPack('ors').items[0]!;
    expect(anchors).to.deep.equal([['display', '0 mm', low, undefined], ['display', '100 mm', high, undefined]]);
  });

  it("gives each item its own list of extensions, so editing one item's leaves the others", () => {
    const q = toQuestionnaire('ors');
    q.item[1]!.extension!.pop();
    expect(q.item[2]!.extension).to.have.length(6);
    expect(toQuestionnaire('ors').item[1]!.extension).to.have.length(6);
  });

  it("is about a patient, in the pack's language, under the pack's rights", () => {
    const q = toQuestionnaire('ors');
    expect([q.subjectType, q.language, q.copyright, q.status]).to.deep.equal([['Patient'], 'en', 'No licensed wording is included.', 'active']);
  });

  it('requires no item, so a total-only response conforms too', () => {
    expect(toQuestionnaire('ors').item.filter((i) => i.required)).to.deep.equal([]);
  });

  it('carries the wording of the pack it is given, else the placeholder pack', () => {
    expect(toQuestionnaire('ors').item[1]!.text).to.equal(placeholderPack('ors').items[0]!.label);
    const licensed = { ...placeholderPack('ors'), lang: 'de', title: 'Licensed title', items: placeholderPack('ors').items.map((i) => ({ ...i, label: `L-${i.id}` })) };
    const q = toQuestionnaire('ors', licensed);
    expect(q.language).to.equal('de');
    expect(q.item.slice(1, 5).map((i) => i.text)).to.deep.equal(['L-individually', 'L-interpersonally', 'L-socially', 'L-overall']);
  });

  it('refuses an unknown instrument, an incomplete pack, and a pack for another instrument', () => {
    const unknown = catchFitlineError(() => toQuestionnaire('phq9'));
    expect([unknown.code, unknown.field, unknown.message]).to.deep.equal(['unknown-instrument', 'instrument', 'instrument must be a Fitline instrument id, not "phq9".']);
    // Text of spaces only is no wording.
    const blank = { ...placeholderPack('ors'), rights: '   ' };
    expect(catchFitlineError(() => toQuestionnaire('ors', blank)).message).to.match(/rights must be non-empty text, not "   "/);
    const incomplete = { ...placeholderPack('ors'), items: placeholderPack('ors').items.map((i, n) => (n === 2 ? { ...i, label: '' } : i)) };
    expect(catchFitlineError(() => toQuestionnaire('ors', incomplete)).field).to.equal('items[2].label');
    expect(catchFitlineError(() => toQuestionnaire('srs', placeholderPack('ors'))).field).to.equal('content.instrument');
  });
});

describe('toQuestionnaireResponse', () => {
  it('answers in whole millimetres, with the total in points and every Rating field kept', () => {
    const qr = toQuestionnaireResponse(rating, { subject: { reference: 'Patient/123' }, id: 'qr-1' });
    expect(qr.questionnaire).to.equal('urn:fitline:fhir/Questionnaire/ors|1.1.0');
    expect(qr.status).to.equal('completed');
    expect(qr.authored).to.equal('2026-03-04T09:30:00Z');
    expect(qr.item.map((i) => i.answer[0])).to.deep.equal([{ valueInteger: 42 }, { valueInteger: 50 }, { valueInteger: 33 }, { valueInteger: 48 }, { valueDecimal: 17.3 }]);
    expect(qr.subject).to.deep.equal({ reference: 'Patient/123', identifier: { system: 'urn:fitline:fhir/identifier/client-id', value: 'client 7' } });
    expect(qr.source).to.deep.equal({ reference: 'Patient/123' });
    const completion = qr.extension!.find((e) => e.url.endsWith('questionnaireresponse-completionMode'));
    expect(completion!.valueCodeableConcept!.coding![0]!.code).to.equal('ELECTRONIC');
    expect(fromQuestionnaireResponse(qr)).to.deep.equal(rating);
  });

  it('answers only the total for a total-only rating, and reads it back', () => {
    const totalOnly: Rating = { instrument: 'ors', items: [], total: 23.4, date: '2026-03-04', mode: 'oral', session: 2 };
    const qr = toQuestionnaireResponse(totalOnly);
    expect(qr.item).to.deep.equal([{ linkId: 'total', answer: [{ valueDecimal: 23.4 }] }]);
    expect(fromQuestionnaireResponse(qr)).to.deep.equal(totalOnly);
  });

  it('records a paper rating as written and a collateral rater without the client as source', () => {
    const qr = toQuestionnaireResponse({ ...rating, mode: 'paper', rater: 'teacher' }, { subject: { reference: 'Patient/123' } });
    expect(qr.extension!.find((e) => e.url.endsWith('completionMode'))!.valueCodeableConcept!.coding![0]!.code).to.equal('WRITTEN');
    expect(qr.source).to.equal(undefined);
  });

  it('refuses an invalid rating, a time without a zone and a bad id, naming the field', () => {
    expect(catchFitlineError(() => toQuestionnaireResponse({ ...rating, items: [1, 2, 3, 4.25] })).field).to.equal('rating.items[3]');
    expect(catchFitlineError(() => toQuestionnaireResponse({ ...rating, date: '2026-03-04T09:30' })).field).to.equal('rating.date');
    expect(catchFitlineError(() => toQuestionnaireResponse(rating, { id: 'has space' })).field).to.equal('context.id');
  });

  it('property: every valid rating round-trips through a QuestionnaireResponse and JSON', () => {
    fc.assert(
      fc.property(validRating(), (r) => {
        const back = fromQuestionnaireResponse(JSON.parse(JSON.stringify(toQuestionnaireResponse(r))));
        expect(back).to.deep.equal(r);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('toObservation', () => {
  it('is a survey observation of the total, with the items as components', () => {
    const obs = toObservation(rating, { derivedFrom: { reference: 'QuestionnaireResponse/qr-1' } });
    expect(obs.category[0]!.coding![0]!.code).to.equal('survey');
    expect(obs.valueQuantity).to.deep.equal({ value: 17.3, unit: 'points', system: 'http://unitsofmeasure.org', code: '{score}' });
    expect(obs.component!.map((c) => [c.code.text, c.valueQuantity.value])).to.deep.equal([
      ['individually', 4.2],
      ['interpersonally', 5],
      ['socially', 3.3],
      ['overall', 4.8],
    ]);
    expect(obs.derivedFrom).to.deep.equal([{ reference: 'QuestionnaireResponse/qr-1' }]);
    expect(obs.code.coding!.some((c) => c.system === 'http://snomed.info/sct')).to.equal(false);
    expect(toObservation(rating, { snomed: true }).code.coding!.map((c) => c.code)).to.include('716613004');
  });

  it('of a total-only rating is the total alone, with no components', () => {
    const obs = toObservation({ instrument: 'srs', items: [], total: 35.5, date: '2026-03-04' });
    expect(obs.valueQuantity.value).to.equal(35.5);
    expect(obs).to.not.have.property('component');
  });
});

describe('fromQuestionnaireResponse and readBundle', () => {
  const good = toQuestionnaireResponse(rating);

  const Q = 'QuestionnaireResponse';
  const answered = (linkId: string, answer: unknown) => [{ linkId, answer: [answer] }];
  for (const [label, broken, field, message] of [
    ['another resource type', { ...good, resourceType: 'Observation' }, 'resourceType', 'The resource must be a QuestionnaireResponse object.'],
    ['an in-progress response', { ...good, status: 'in-progress' }, 'status', `${Q}.status must be completed or amended to be a rating, not "in-progress".`],
    [
      'an unknown questionnaire',
      { ...good, questionnaire: 'http://example.org/Questionnaire/phq9' },
      'questionnaire',
      `${Q}.questionnaire must be one of Fitline's Questionnaires (urn:fitline:fhir/Questionnaire/ors and so on), not "http://example.org/Questionnaire/phq9".`,
    ],
    ['a missing item', { ...good, item: good.item.slice(1) }, 'item[individually]', `${Q}.item[individually] has no answer; every item must be answered, or only the total.`],
    ['a fractional millimetre', { ...good, item: [...answered('individually', { valueInteger: 4.2 }), ...good.item.slice(1)] }, 'item[individually]', `${Q}.item[individually] must be a whole number of millimetres from 0 to 100, not 4.2.`],
    ['an item over 100', { ...good, item: [...answered('individually', { valueInteger: 101 }), ...good.item.slice(1)] }, 'item[individually]', `${Q}.item[individually] must be a whole number of millimetres from 0 to 100, not 101.`],
    ['an item below 0', { ...good, item: [...answered('individually', { valueInteger: -1 }), ...good.item.slice(1)] }, 'item[individually]', `${Q}.item[individually] must be a whole number of millimetres from 0 to 100, not -1.`],
    ['a total that is not the sum', { ...good, item: [...good.item.slice(0, 4), ...answered('total', { valueDecimal: 20 })] }, 'item[total]', `${Q}.item[total] 20 is not the sum of the items (17.3).`],
    ['a total given as text', { ...good, item: [...good.item.slice(0, 4), ...answered('total', { valueDecimal: '17.3' })] }, 'item[total]', `${Q}.item[total] "17.3" is not the sum of the items (17.3).`],
    ['a partial date', { ...good, authored: '2026-03' }, 'authored', `${Q}.authored must be an ISO 8601 date such as 2026-03-04 or 2026-03-04T10:15+01:00, not "2026-03".`],
    ['a total alone above 40', { ...good, item: answered('total', { valueDecimal: 40.1 }) }, 'item[total]', `${Q}.item[total] must be from 0 to 40, not 40.1.`],
    ['a total alone finer than a tenth', { ...good, item: answered('total', { valueDecimal: 23.45 }) }, 'item[total]', `${Q}.item[total] must be in steps of 0.1 (a millimetre on the line), not 23.45.`],
    ['no answer at all', { ...good, item: [] }, 'item[individually]', `${Q}.item[individually] has no answer; every item must be answered, or only the total.`],
  ] as const) {
    it(`refuses ${label}, naming ${field}`, () => {
      const error = catchFitlineError(() => fromQuestionnaireResponse(broken));
      expect([error.field, error.message]).to.deep.equal([field, message]);
    });
  }

  it('reads an amended response, and four items without a total (the total is only a check)', () => {
    expect(fromQuestionnaireResponse({ ...good, status: 'amended' })).to.deep.equal(rating);
    expect(fromQuestionnaireResponse({ ...good, item: good.item.slice(0, 4) })).to.deep.equal(rating);
  });

  it('names a rule an extension breaks by its own field, not the total', () => {
    const badSession = { ...good, extension: good.extension!.map((e) => (e.url.endsWith('/session') ? { ...e, valueInteger: 0 } : e)) };
    expect(catchFitlineError(() => fromQuestionnaireResponse(badSession)).field).to.equal('session');
  });

  it("reads the rating's id and the client's only from Fitline's identifier systems", () => {
    const foreign = { ...good, identifier: { ...good.identifier!, system: 'http://clinic.example/ids' }, subject: { identifier: { system: 'http://clinic.example/patients', value: 'p-1' } } };
    const read = fromQuestionnaireResponse(foreign);
    expect(read).to.not.have.property('id');
    expect(read).to.not.have.property('clientId');
  });

  it('reads a Bundle, keeping the good responses and reporting the bad by index', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [
        { resource: good },
        { resource: { resourceType: 'Patient', id: '123' } },
        { resource: { ...good, status: 'stopped' } },
        { resource: toQuestionnaireResponse({ ...rating, instrument: 'srs', items: [9, 9, 8.5, 9], session: 1 }) },
        'not an entry',
      ],
    };
    const { ratings, errors } = readBundle(bundle);
    expect(ratings.map((r) => r.instrument)).to.deep.equal(['ors', 'srs']);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ index: 2, code: 'bad-fhir', field: 'status' });
    expect(readBundle({ resourceType: 'Patient' }).errors).to.deep.equal([{ index: -1, code: 'bad-fhir', message: 'The input must be a FHIR Bundle object.' }]);
    expect(errors[0]!.message).to.equal('entry[2]: QuestionnaireResponse.status must be completed or amended to be a rating, not "stopped".');
  });

  it('property: arbitrary JSON never throws anything but a FitlineError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ resourceType: fc.constant('QuestionnaireResponse'), status: fc.constantFrom('completed', 'x'), questionnaire: fc.constantFrom('urn:fitline:fhir/Questionnaire/ors', 'x'), item: fc.jsonValue(), authored: fc.jsonValue(), extension: fc.jsonValue() })), (value) => {
        try {
          fromQuestionnaireResponse(value);
        } catch (error) {
          return error instanceof FitlineError;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the options and context of the FHIR functions', () => {
  const base = 'https://clinic.example.org/fhir';

  it('write and read under a host canonical base, and refuse a response written under another', () => {
    const qr = toQuestionnaireResponse(rating, { canonicalBase: base });
    expect(qr.questionnaire).to.match(new RegExp(`^${base}/Questionnaire/ors`));
    expect(toQuestionnaire('ors', undefined, { canonicalBase: base }).url).to.equal(`${base}/Questionnaire/ors`);
    expect(toObservation(rating, { canonicalBase: base }).derivedFrom![0]!.identifier!.system).to.equal(`${base}/identifier/rating-id`);
    expect(fromQuestionnaireResponse(qr, { canonicalBase: base })).to.deep.equal(rating);
    expect(catchFitlineError(() => fromQuestionnaireResponse(qr)).field).to.equal('questionnaire');
  });

  const notAnObject = [null, 5, 'https://clinic.example.org/fhir', [base]];
  // An object whose text is a URI is still not one: only a string is read.
  const notAUri = ['', 'clinic fhir', '/fhir', 42, null, { toString: () => 'https://clinic.example.org/fhir' }];
  const refusals: [string, string, (options: unknown) => unknown][] = [
    ['toQuestionnaire', 'options', (o) => toQuestionnaire('ors', undefined, o as never)],
    ['toQuestionnaireResponse', 'context', (o) => toQuestionnaireResponse(rating, o as never)],
    ['toObservation', 'context', (o) => toObservation(rating, o as never)],
    ['fromQuestionnaireResponse', 'options', (o) => fromQuestionnaireResponse(toQuestionnaireResponse(rating), o as never)],
    ['readBundle', 'options', (o) => readBundle({ resourceType: 'Bundle', entry: [] }, o as never)],
  ];
  for (const [name, field, call] of refusals) {
    it(`${name} refuses ${field} that are not an object, and a canonical base that is not an absolute URI`, () => {
      for (const value of notAnObject) {
        const error = catchFitlineError(() => call(value));
        expect([error.code, error.field], String(value)).to.deep.equal(['bad-fhir', field]);
      }
      for (const canonicalBase of notAUri) {
        const error = catchFitlineError(() => call({ canonicalBase }));
        expect([error.code, error.field], String(canonicalBase)).to.deep.equal(['bad-fhir', `${field}.canonicalBase`]);
        expect(error.message).to.contain('absolute URI');
      }
    });
  }
});

describe('the context id of the FHIR resources', () => {
  it('is refused by name when it is not a string, whatever it is (an object that cannot be converted included)', () => {
    const rating: Rating = { instrument: 'ors', items: [5, 5, 5, 5], date: '2026-03-04' };
    for (const id of [{ toString: false }, 42, ['a'], null]) {
      for (const write of [toQuestionnaireResponse, toObservation]) {
        const error = catchFitlineError(() => write(rating, { id } as never));
        expect([error.code, error.field]).to.deep.equal(['bad-fhir', 'context.id']);
      }
    }
  });
});
