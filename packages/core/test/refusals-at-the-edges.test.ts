// Edges outside the clinical rules proper: a table model's lowest intake band starts where it says,
// an item refusal carries its own code and names the item, an unknown alert code ranks below every
// known one, and an alert carries the session, instrument and rater only when it has them.
import { expect } from 'chai';
import { expectedScore } from '../src/expected-score.js';
import { validateItemValue } from '../src/validate.js';
import { makeAlert, severityOf, ALERT_CODES } from '../src/alerts.js';
import type { TableTrajectoryModel } from '../src/index.js';
import { catchFitlineError } from './catch-fitline-error.js';

describe('expectedScore at the edges of a table model\'s intake bands', () => {
  const row = { lower: 10, expected: 12, upper: 14 };
  const table: TableTrajectoryModel = {
    kind: 'table',
    format: 1,
    label: 'Clinic table',
    illustrative: false,
    source: 'Our clinic, 2025',
    bands: [{ intakeMin: 10, intakeMax: 20, sessions: [row] }],
  };

  it('an intake exactly at the lowest band\'s minimum is in that band; one a tenth lower is in none, refused by name', () => {
    expect(expectedScore(table, 10, 2)).to.deep.equal(row);
    const error = catchFitlineError(() => expectedScore(table, 9.9, 2));
    expect([error.code, error.field, error.message]).to.deep.equal(['bad-option', 'intake', 'intake 9.9 is outside every intake band of "Clinic table".']);
  });
});

describe('validateItemValue names the rule and the item', () => {
  it('refuses an item that is not a number with the code item-not-a-number, speaking of an item', () => {
    const problem = validateItemValue('seven', 'items[2]');
    expect([problem?.code, problem?.field]).to.deep.equal(['item-not-a-number', 'items[2]']);
    expect(problem?.message).to.match(/^items\[2\] must be/);
  });

  it('speaks of "An item" when the host names no field', () => {
    expect(validateItemValue('seven', '')?.message).to.match(/^An item must be/);
  });
});

describe('alert ranks and facts', () => {
  it('an alert code this version does not know ranks 0, below the least risky known code', () => {
    expect(severityOf('not-a-code')).to.equal(0);
    expect(severityOf(ALERT_CODES[ALERT_CODES.length - 1]!)).to.equal(1);
  });

  it('an alert without a session, instrument or rater carries none of them as a key', () => {
    const alert = makeAlert('reliable-drop', { total: 17.5, previous: 23.4, drop: 5.9, threshold: 5 });
    expect(alert).to.not.have.any.keys('session', 'instrument', 'rater');
  });
});
