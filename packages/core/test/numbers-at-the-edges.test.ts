// The SDK's numbers checked against the domain facts (FIT-FACTS.md) and the standard formulas, at the
// edges where a rounding, a date or a fit can turn a right rule into a wrong class. Every expected value
// is worked by hand in the comment beside it, never taken from the code under test.
import { expect } from 'chai';
import fc from 'fast-check';
import { DEFAULT_NORMS, FitlineError, summarizeEpisode, validateRating } from '../src/index.js';
import type { NormsProfile, Rating } from '../src/index.js';
import { toObservation, toQuestionnaireResponse } from '../src/fhir/index.js';

/** A client's ORS entered as its total at a numbered session, one day apart. */
function ors(total: number, session: number): Rating {
  return { instrument: 'ors', items: [], total, date: `2024-01-${String(session).padStart(2, '0')}`, session };
}

/** The default profile with the ORS reliable change set to `points` (a host's own 1.96 * S_diff). */
function withReliableChange(points: number): NormsProfile {
  return { ...DEFAULT_NORMS, reliableChange: { ...DEFAULT_NORMS.reliableChange, ors: { method: 'fixed', points, source: 'host data', certainty: 'published' } } };
}

describe('reliable change with a fixed value that is not whole tenths', () => {
  // FIT-FACTS, "Reliable and clinically significant change": with a published fixed reliable-change value,
  // reliable means |x2 - x1| >= that value. A host that computes 1.96 * S_diff from its own data gets 6.84.
  it('does not count a change of 6.8 as reliable against 6.84, up or down', () => {
    const norms = withReliableChange(6.84);
    // 20.0 -> 26.8 is +6.8 < 6.84: no reliable change, so not recovered although it crosses 25.
    expect(summarizeEpisode([ors(20, 1), ors(26.8, 2)], { norms }).outcome!.changeClass).to.equal('no-change');
    // 26.8 -> 20.0 is -6.8: no reliable worsening, so no deterioration alert.
    const fall = summarizeEpisode([ors(26.8, 1), ors(20, 2)], { norms });
    expect(fall.outcome!.changeClass).to.equal('no-change');
    expect(fall.alerts.map((a) => a.code)).to.not.include('deteriorated');
  });

  it('property: the class follows |latest - intake| >= the value, for values in hundredths', () => {
    // Changes within a tenth of the value, where rounding the value would show; a is the intake in tenths.
    const cases = fc
      .record({ a: fc.integer({ min: 0, max: 400 }), p: fc.integer({ min: 1, max: 2000 }), near: fc.integer({ min: -1, max: 1 }), up: fc.boolean() })
      .map(({ a, p, near, up }) => ({ a, p, b: a + (up ? 1 : -1) * Math.max(0, Math.floor(p / 10) + near) }))
      .filter(({ b }) => b >= 0 && b <= 400);
    fc.assert(
      fc.property(cases, ({ a, b, p }) => {
        // In whole hundredths, so the expectation itself has no rounding: |b - a| tenths >= p hundredths.
        const reliable = Math.abs(b - a) * 10 >= p;
        const expected = !reliable ? 'no-change' : b < a ? 'deteriorated' : a < 250 && b >= 250 ? 'recovered' : 'improved';
        const summary = summarizeEpisode([ors(a / 10, 1), ors(b / 10, 2)], { norms: withReliableChange(p / 100) });
        expect(summary.outcome!.changeClass, `${a / 10} -> ${b / 10} against ${p / 100}`).to.equal(expected);
      }),
    );
  });
});

describe('dates a program can place in time', () => {
  // FIT-FACTS, "The practice": the first ORS is the intake and the baseline. Without session numbers
  // ratings are ordered by date (docs/scoring.md), so every date must be one a program can place.
  it('puts a timed rating from the evening before ahead of a date-only rating of the next day', () => {
    // 2024-01-04T20:00-05:00 is the evening of 4 January where it was given; a paper rating dated
    // 2024-01-05 is from the next day, though midnight UTC of that date is earlier than the first.
    const summary = summarizeEpisode([
      { instrument: 'ors', items: [], total: 30, date: '2024-01-05', mode: 'paper' },
      { instrument: 'ors', items: [], total: 20, date: '2024-01-04T20:00-05:00', mode: 'telehealth' },
    ]);
    // Intake 20, latest 30: +10 >= 5, from below 25 to at or above it, so recovered, with no alert.
    expect([summary.outcome!.intake, summary.outcome!.latest, summary.outcome!.changeClass]).to.deep.equal([20, 30, 'recovered']);
    expect(summary.alerts.map((a) => a.code)).to.not.include('deteriorated');
  });

  it('one day is one session: of its ratings the latest moment is kept, a date alone counting as midnight UTC', () => {
    const at = (total: number, date: string): Rating => ({ instrument: 'ors', items: [], total, date });
    // 08:00-02:00 (10:00Z) and 09:00Z on 3 March, given in reverse order, and a date alone (00:00Z) between them.
    const summary = summarizeEpisode([at(12, '2024-03-03T08:00-02:00'), at(11, '2024-03-03'), at(10, '2024-03-03T09:00Z'), at(20, '2024-03-04')]);
    expect(summary.outcome!.sessions.map((p) => [p.session, p.total])).to.deep.equal([[1, 12], [2, 20]]);
  });

  it('property: with no two dates alone on one day, the order does not depend on the input order', () => {
    const dates = ['2024-03-03', '2024-03-03T09:00Z', '2024-03-03T08:00-02:00', '2024-03-02T23:30-05:00', '2024-03-04', '2024-03-04T00:10+01:00'];
    fc.assert(
      fc.property(fc.shuffledSubarray(dates, { minLength: 2 }), (chosen) => {
        const ratings = chosen.map((date, i): Rating => ({ instrument: 'ors', items: [], total: i, date }));
        const order = (list: Rating[]) => summarizeEpisode(list).outcome!.sessions.map((p) => p.date);
        expect(order([...ratings].reverse())).to.deep.equal(order(ratings));
      }),
    );
  });

  // ISO 8601 / RFC 3339: a UTC offset is hours 00 to 23 and minutes 00 to 59; anything else is no date
  // a program can place in time (Date.parse gives NaN for each of these).
  for (const date of ['2024-01-06T10:00+25:00', '2024-01-06T10:00+24:00', '2024-01-06T10:00+05:60']) {
    it(`refuses the offset in ${date} as a bad date`, () => {
      const problems = validateRating({ instrument: 'ors', items: [5, 5, 5, 5], date });
      expect(problems.map((p) => [p.code, p.field])).to.deep.include(['bad-date', 'date']);
    });
  }

  it('never takes a rating whose date cannot be placed in time as the intake', () => {
    const ratings: Rating[] = [
      { instrument: 'ors', items: [], total: 30, date: '2024-01-06T10:00+25:00' },
      { instrument: 'ors', items: [], total: 20, date: '2024-01-04' },
      { instrument: 'ors', items: [], total: 10, date: '2024-01-05' },
    ];
    let summary;
    try {
      summary = summarizeEpisode(ratings);
    } catch (error) {
      // Refusing the date, naming it, is right too.
      expect(error).to.be.instanceOf(FitlineError);
      expect((error as FitlineError).code).to.equal('bad-date');
      return;
    }
    // Read as 4, 5 and 6 January: intake 20, latest 30, +10 from below 25 to above it.
    expect([summary.outcome!.intake, summary.outcome!.latest, summary.outcome!.changeClass]).to.deep.equal([20, 30, 'recovered']);
  });
});

describe('FHIR dateTime', () => {
  // FHIR R4 dateTime (hl7.org/fhir/R4/datatypes.html#dateTime), the pattern as the spec publishes it:
  // offsets run from -13:59 to +14:00 only.
  const FHIR_DATE_TIME =
    /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;

  for (const date of ['2024-01-06T10:00+14:30', '2024-01-06T10:00+15:00']) {
    it(`writes a rating dated ${date} as a valid FHIR dateTime of the same moment`, () => {
      const rating: Rating = { instrument: 'ors', items: [5, 5, 5, 5], date };
      const authored = toQuestionnaireResponse(rating).authored;
      const effective = toObservation(rating).effectiveDateTime;
      for (const written of [authored, effective]) {
        expect(written).to.match(FHIR_DATE_TIME);
        expect(Date.parse(written)).to.equal(Date.parse(date));
      }
    });
  }
});
