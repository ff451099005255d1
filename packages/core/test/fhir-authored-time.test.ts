// When a rating was made, as a FHIR QuestionnaireResponse records it: FHIR needs a time zone with a
// time, and takes offsets from -13:59 to +14:00 only; any other offset is written as the same moment
// in UTC, so no record is refused for a zone a real place uses.
import { expect } from 'chai';
import { toQuestionnaireResponse } from '../src/fhir/index.js';
import { catchFitlineError } from './catch-fitline-error.js';

const authored = (date: string) => toQuestionnaireResponse({ instrument: 'ors', items: [5, 5, 5, 5], date }).authored;

describe('the authored time of a FHIR QuestionnaireResponse', () => {
  it('keeps a date as a date, and a time with its own offset, adding seconds when none are given', () => {
    expect(authored('2026-03-04')).to.equal('2026-03-04');
    expect(authored('2026-03-04T09:30Z')).to.equal('2026-03-04T09:30:00Z');
    expect(authored('2026-03-04T09:30:15+01:00')).to.equal('2026-03-04T09:30:15+01:00');
    expect(authored('2026-03-04T09:30:15.250-05:00')).to.equal('2026-03-04T09:30:15.250-05:00');
  });

  it('keeps offsets up to +14:00 and down to -13:59, and writes any beyond as the same moment in UTC', () => {
    expect(authored('2026-03-04T09:30:00+14:00')).to.equal('2026-03-04T09:30:00+14:00');
    expect(authored('2026-03-04T09:30:00-13:59')).to.equal('2026-03-04T09:30:00-13:59');
    expect(authored('2026-03-04T09:30:00+14:30')).to.equal('2026-03-03T19:00:00.000Z');
    expect(authored('2026-03-04T09:30:00-14:00')).to.equal('2026-03-04T23:30:00.000Z');
  });

  it('refuses a time with no zone, naming the field', () => {
    const error = catchFitlineError(() => authored('2026-03-04T09:30'));
    // Rating validation refuses it first now (a time must carry its zone); the FHIR writer's own check
    // stays for the same rule. Either way the host is told which field and which value.
    expect(error.field).to.equal('rating.date');
    expect(error.message).to.contain('2026-03-04T09:30');
  });
});
