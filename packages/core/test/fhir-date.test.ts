// FHIR's dateTime, written from a Rating's date (fhir-date.ts): a date alone as it is, seconds added
// to a time without them, an offset FHIR cannot hold written as the same moment in UTC, and what is
// not a date, or a time without a zone, refused by the field it came from.
import { expect } from 'chai';
import { toFhirDateTime } from '../src/fhir/fhir-date.js';
import { catchFitlineError } from './catch-fitline-error.js';

describe('toFhirDateTime', () => {
  it('writes a date as it is, and a time with seconds and its own offset', () => {
    expect(toFhirDateTime('2026-03-04', 'rating.date')).to.equal('2026-03-04');
    expect(toFhirDateTime('2026-03-04T10:15Z', 'rating.date')).to.equal('2026-03-04T10:15:00Z');
    expect(toFhirDateTime('2026-03-04T10:15:30.25+01:00', 'rating.date')).to.equal('2026-03-04T10:15:30.25+01:00');
  });

  it('keeps offsets from -13:59 to +14:00, and writes one past them as the same moment in UTC', () => {
    expect(toFhirDateTime('2026-03-04T10:15+14:00', 'd')).to.equal('2026-03-04T10:15:00+14:00');
    expect(toFhirDateTime('2026-03-04T10:15-13:59', 'd')).to.equal('2026-03-04T10:15:00-13:59');
    expect(toFhirDateTime('2026-03-04T10:15+14:30', 'd')).to.equal('2026-03-03T19:45:00.000Z');
    expect(toFhirDateTime('2026-03-04T10:15-14:00', 'd')).to.equal('2026-03-05T00:15:00.000Z');
  });

  it('refuses what is not a whole ISO 8601 date, naming the field', () => {
    for (const date of ['2026-03', 'x2026-03-04', '2026-03-04junk', '2026-03-04T10']) {
      const error = catchFitlineError(() => toFhirDateTime(date, 'rating.date'));
      expect([error.code, error.field, error.message]).to.deep.equal(['bad-date', 'rating.date', `rating.date must be an ISO 8601 date, not "${date}".`]);
    }
  });

  it('refuses a time without a zone: guessing one would move the rating to another moment', () => {
    const error = catchFitlineError(() => toFhirDateTime('2026-03-04T10:15', 'rating.date'));
    expect([error.code, error.field, error.message]).to.deep.equal(['bad-fhir', 'rating.date', 'rating.date "2026-03-04T10:15" has a time but no time zone; FHIR needs one (such as Z or +01:00).']);
  });
});
