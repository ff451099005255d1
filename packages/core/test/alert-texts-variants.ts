/**
 * The facts every alert text is worded from in alert-texts-golden.test.ts: one set for each way the
 * tables choose their words (a collateral rater of each kind or the client, a group's alliance, one
 * low item or several, a young child, a named client, a fact left out), with decimals.
 */
import type { AlertFacts } from '../src/index.js';

const NUMBERS: AlertFacts = { session: 6, total: 17.5, intake: 24.2, previous: 23.4, previousSession: 5, threshold: 5, drop: 5.9, sessionsSoFar: 6 };

export const ALERT_VARIANTS: Record<string, AlertFacts> = {
  'caretaker, ORS, two items, named client': { ...NUMBERS, instrument: 'ors', rater: 'caretaker', clientId: 'c-2', lowItems: 2, lowItemValues: [['goals', 3.5], ['approach', 4]] },
  'client, group alliance, one item, young child': { ...NUMBERS, instrument: 'gsrs', rater: 'client', lowItems: 1, lowItemValues: [['overall', 8.5]], youngChild: true },
  'teacher, CORS, items as English text': { ...NUMBERS, instrument: 'cors', rater: 'teacher', lowItems: 2, items: 'goals 3.5, approach 4' },
  'partner, SRS, whole numbers': { session: 3, total: 30, intake: 35, previous: 36, previousSession: 2, threshold: 5, drop: 6, sessionsSoFar: 3, instrument: 'srs', rater: 'partner', lowItems: 1, lowItemValues: [['relationship', 8]] },
  'another rater, YCORS, not a young child': { ...NUMBERS, instrument: 'ycors', rater: 'other', youngChild: false },
  'no facts but the numbers': { ...NUMBERS },
};
