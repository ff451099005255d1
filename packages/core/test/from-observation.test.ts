// An Observation of a total score read back into a Rating, as an EHR's FHIR server hands them over:
// Fitline's own, one coded only in SNOMED CT, one in the host's own codes, and the ways they come
// broken, each refused by the Observation's field with the rule it breaks.
import { expect } from 'chai';
import fc from 'fast-check';
import { FITLINE_FHIR_BASE, fromObservation, toObservation } from '../src/fhir/index.js';
import type { Rating } from '../src/rating.js';
import { validRating } from './arbitraries.js';
import { catchFitlineError } from './catch-fitline-error.js';

const BASE = FITLINE_FHIR_BASE;
const rating: Rating = { instrument: 'ors', items: [4.2, 5, 3.3, 4.8], date: '2026-03-04T09:30:00Z', session: 3, rater: 'client', id: 'r-1', clientId: 'client 7' };
/** A Fitline Observation of `rating`, as JSON from a server (no shared objects with the writer's). */
const observation = (r: Rating = rating, context = {}): Record<string, any> => JSON.parse(JSON.stringify(toObservation(r, context)));
const refusal = (resource: unknown, options?: Parameters<typeof fromObservation>[1]) => {
  const error = catchFitlineError(() => fromObservation(resource, options));
  return [error.code, error.field, error.message];
};

describe('fromObservation', () => {
  it("reads Fitline's Observation back: the instrument, the four items, the date, the rating's id and the client's", () => {
    // An Observation has no session, rater or episode: the rating comes back ordered by its date.
    expect(fromObservation(observation())).to.deep.equal({ instrument: 'ors', items: [4.2, 5, 3.3, 4.8], date: '2026-03-04T09:30:00Z', id: 'r-1', clientId: 'client 7' });
  });

  it('reads a total-only Observation as a total-only rating', () => {
    expect(fromObservation(observation({ instrument: 'srs', items: [], total: 35.5, date: '2026-03-04' }))).to.deep.equal({ instrument: 'srs', items: [], total: 35.5, date: '2026-03-04' });
  });

  it('keeps only the total when an item component is missing, and never reads a component of another instrument', () => {
    const three = observation();
    three.component.pop();
    expect(fromObservation(three)).to.deep.include({ items: [], total: 17.3 });
    const other = observation();
    other.component[0].code.coding[0].code = 'srs.1';
    expect(fromObservation(other)).to.deep.include({ items: [], total: 17.3 });
    // A component whose code has Fitline's item code beside another coding still counts.
    const extra = observation();
    extra.component[0].code.coding.unshift({ system: 'http://clinic.example/items', code: 'x' });
    expect(fromObservation(extra).items).to.deep.equal([4.2, 5, 3.3, 4.8]);
  });

  it('passes over nulls and other non-objects among the codings, components and identifiers', () => {
    const messy = observation();
    messy.code.coding.unshift(null, 'ors-total', { system: `${BASE}/CodeSystem/score`, code: 7 });
    messy.component.unshift(null, 3);
    messy.identifier.unshift(null, { system: 'http://clinic.example/ids', value: 'other' });
    expect(fromObservation(messy)).to.deep.equal(fromObservation(observation()));
  });

  it('looks past a coding it cannot read to the next: an unknown SNOMED CT or host code before Fitline\'s', () => {
    const own = observation().code.coding[0];
    for (const first of [{ system: 'http://snomed.info/sct', code: '123456' }, { system: 'http://clinic.example/codes', code: 'x' }]) {
      expect(fromObservation({ ...observation(), code: { coding: [first, own] } }).instrument).to.equal('ors');
    }
  });

  it("reads a SNOMED CT code only under SNOMED CT's system, and Fitline's only as a total", () => {
    const hostUsesSnomedNumber = { ...observation(), code: { coding: [{ system: 'http://clinic.example/codes', code: '716613004' }] } };
    expect(refusal(hostUsesSnomedNumber).slice(0, 2)).to.deep.equal(['bad-fhir', 'code']);
    const notATotal = { ...observation(), code: { coding: [{ system: `${BASE}/CodeSystem/score`, code: 'ors123456' }] } };
    expect(refusal(notATotal).slice(0, 2)).to.deep.equal(['bad-fhir', 'code']);
  });

  it('keeps only the total when an item value is not a number', () => {
    const textual = observation();
    textual.component[1].valueQuantity.value = '5';
    expect(fromObservation(textual)).to.deep.include({ items: [], total: 17.3 });
  });

  it('reads an amended or corrected Observation; refuses a preliminary or cancelled one by its status', () => {
    for (const status of ['amended', 'corrected']) expect(fromObservation({ ...observation(), status }).instrument).to.equal('ors');
    for (const status of ['preliminary', 'entered-in-error', undefined]) {
      expect(refusal({ ...observation(), status })).to.deep.equal(['bad-fhir', 'status', `Observation.status must be final, amended or corrected to be a rating, not ${JSON.stringify(status)}.`]);
    }
  });

  it('reads one coded only in SNOMED CT, and a SNOMED CT code it does not know as no instrument', () => {
    const snomedOnly = observation(rating, { snomed: true });
    snomedOnly.code.coding = snomedOnly.code.coding.filter((c: { system: string }) => c.system === 'http://snomed.info/sct');
    expect(snomedOnly.code.coding).to.have.length(1);
    expect(fromObservation(snomedOnly).instrument).to.equal('ors');
    const srs = observation({ instrument: 'srs', items: [9, 9, 9, 9], date: '2026-03-04' }, { snomed: true });
    srs.code.coding = srs.code.coding.filter((c: { system: string }) => c.system === 'http://snomed.info/sct');
    expect(fromObservation(srs).instrument).to.equal('srs');
    // Fitline's own code under the SNOMED system is no SNOMED code.
    const wrongSystem = { ...observation(), code: { coding: [{ system: 'http://snomed.info/sct', code: 'ors-total' }] } };
    expect(refusal(wrongSystem).slice(0, 2)).to.deep.equal(['bad-fhir', 'code']);
    const unknown = { ...observation(), code: { coding: [{ system: 'http://snomed.info/sct', code: '123456' }] } };
    expect(refusal(unknown).slice(0, 2)).to.deep.equal(['bad-fhir', 'code']);
  });

  it("reads a host's own codes through options.codes, and only under the system they name", () => {
    const own = { ...observation(), code: { coding: [{ system: 'http://clinic.example/codes', code: 'ORS-T' }] } };
    expect(fromObservation(own, { codes: { 'http://clinic.example/codes|ORS-T': 'ors' } }).instrument).to.equal('ors');
    expect(refusal(own, { codes: { 'http://other.example/codes|ORS-T': 'ors' } }).slice(0, 2)).to.deep.equal(['bad-fhir', 'code']);
    expect(refusal(own)).to.deep.equal([
      'bad-fhir',
      'code',
      `Observation.code must name a total score of an instrument Fitline knows (${BASE}/CodeSystem/score|ors-total, or a code in options.codes).`,
    ]);
  });

  it("names no instrument for Fitline's system with a code that is not a total, or a total of no instrument", () => {
    for (const code of ['ors', 'ors.1', 'xyz-total', '-total', 'ors-totals']) {
      const resource = { ...observation(), code: { coding: [{ system: `${BASE}/CodeSystem/score`, code }] } };
      expect(refusal(resource).slice(0, 2), code).to.deep.equal(['bad-fhir', 'code']);
    }
    // Under a host's canonical base, the codes of that base, and not Fitline's.
    const base = 'https://ehr.example/fitline';
    expect(fromObservation(observation(rating, { canonicalBase: base }), { canonicalBase: base }).items).to.deep.equal(rating.items);
    expect(refusal(observation(rating, { canonicalBase: base })).slice(0, 2), "another base's score code").to.deep.equal(['bad-fhir', 'code']);
    // Its items under another base than its score code are not read.
    const mixed = observation();
    for (const c of mixed.component) c.code.coding[0].system = `${base}/CodeSystem/item`;
    expect(fromObservation(mixed).items).to.deep.equal([]);
  });

  it('refuses what is not an Observation, by resourceType', () => {
    for (const resource of [null, 'Observation', [], { resourceType: 'QuestionnaireResponse' }, { ...observation(), resourceType: 'observation' }]) {
      expect(refusal(resource)).to.deep.equal(['bad-fhir', 'resourceType', 'The resource must be an Observation object.']);
    }
  });

  it('refuses a missing or non-numeric total by valueQuantity.value', () => {
    for (const valueQuantity of [undefined, null, { value: '17.3' }, { unit: 'points' }]) {
      expect(refusal({ ...observation(), valueQuantity })).to.deep.equal(['bad-fhir', 'valueQuantity.value', 'Observation.valueQuantity.value must be the total score, a number from 0 to 40.']);
    }
  });

  it("names the Observation's own fields for a rule a rating breaks: effectiveDateTime, valueQuantity.value, component", () => {
    const noZone = { ...observation(), effectiveDateTime: '2026-03-04T09:30:00' };
    const [code, field, message] = refusal(noZone);
    expect([code, field]).to.deep.equal(['bad-date', 'effectiveDateTime']);
    expect(message).to.match(/^Observation\.effectiveDateTime must be an ISO 8601 date/);
    const totalOnly = observation({ instrument: 'ors', items: [], total: 20, date: '2026-03-04' });
    expect(refusal({ ...totalOnly, valueQuantity: { value: 40.1 } }).slice(0, 2)).to.deep.equal(['item-out-of-range', 'valueQuantity.value']);
    const itemTooHigh = observation();
    itemTooHigh.component[2].valueQuantity.value = 10.5;
    expect(refusal(itemTooHigh).slice(0, 2)).to.deep.equal(['item-out-of-range', 'component']);
    const wrongSum = { ...observation(), valueQuantity: { value: 20 } };
    expect(refusal(wrongSum).slice(0, 2)).to.deep.equal(['total-mismatch', 'valueQuantity.value']);
    const badId = observation();
    badId.identifier[0].value = '';
    expect(refusal(badId).slice(0, 2)).to.deep.equal(['bad-string-field', 'id']);
  });

  it("reads the rating's id only from its own identifier system, and the client only from the client-id system", () => {
    const foreign = observation();
    foreign.identifier = [{ system: 'http://clinic.example/ids', value: 'x-9' }];
    foreign.subject.identifier.system = 'http://clinic.example/patients';
    const read = fromObservation(foreign);
    expect(read).to.not.have.property('id');
    expect(read).to.not.have.property('clientId');
    const noValue = observation();
    delete noValue.identifier[0].value;
    expect(fromObservation(noValue)).to.not.have.property('id');
  });

  it('refuses malformed options by name', () => {
    expect(catchFitlineError(() => fromObservation(observation(), { codes: { 'a|b': 'phq9' as never } })).field).to.equal('options.codes');
    expect(catchFitlineError(() => fromObservation(observation(), { codes: 'ors' as never })).message).to.equal('options.codes must map "system|code" to instrument ids such as ors.');
    expect(catchFitlineError(() => fromObservation(observation(), 'options' as never)).field).to.equal('options');
  });

  it('property: every valid rating comes back from its Observation with its instrument, scores, moment, id and client', () => {
    fc.assert(
      fc.property(validRating(), fc.boolean(), (r, snomed) => {
        const back = fromObservation(observation(r, { snomed }));
        const sum = Math.round(r.items.reduce((s, v) => s + v * 10, 0)) / 10;
        expect(back.instrument).to.equal(r.instrument);
        expect(back.items).to.deep.equal(r.items);
        expect(back.total).to.equal(r.items.length ? undefined : r.total);
        expect(r.items.length ? sum : back.total).to.equal(r.items.length ? sum : r.total);
        expect(Date.parse(back.date)).to.equal(Date.parse(r.date));
        expect(back.date.slice(0, 10)).to.equal(r.date.slice(0, 10));
        expect([back.id, back.clientId]).to.deep.equal([r.id, r.clientId]);
      }),
      { numRuns: 300 },
    );
  });
});
