import { expect } from 'chai';
import { ALERT_CODES, alertTextsEn, summarizeEpisode, wordAlert } from '../src/index.js';
import type { Alert, AlertFacts, Rating } from '../src/index.js';
import { makeAlert } from '../src/alerts.js';
import { alertWords, numberFormatFor } from '../src/alert-texts/alert-words.js';
import { alertTextsAr } from '../src/alert-texts/ar.js';
import { alertTextsDe } from '../src/alert-texts/de.js';
import { alertTextsNb } from '../src/alert-texts/nb.js';
import { ALERT_TABLES as TABLES } from './alert-tables.js';

const rating = (instrument: 'ors' | 'srs', items: number[], session: number, extra: Partial<Rating> = {}): Rating => ({
  instrument,
  items,
  session,
  date: new Date(Date.UTC(2026, 0, 5 + 7 * (session - 1))).toISOString().slice(0, 10),
  ...extra,
});

/** Every fact every code reads, with decimals, a collateral rater and a named client. */
const FACTS: AlertFacts = {
  session: 6,
  total: 17.5,
  intake: 24.2,
  previous: 23.4,
  previousSession: 5,
  threshold: 5,
  drop: 5.9,
  sessionsSoFar: 6,
  items: 'goals 3.5, approach 4',
  lowItemValues: [
    ['goals', 3.5],
    ['approach', 4],
  ],
  lowItems: 2,
  instrument: 'ors',
  rater: 'caretaker',
  clientId: 'c-2',
};

describe('alert texts: every language, every code', () => {
  for (const table of TABLES) {
    it(`${table.lang}: words every code, message and prompt, with no hole and no English left over`, () => {
      for (const code of ALERT_CODES) {
        for (const facts of [FACTS, { ...FACTS, rater: 'client' as const, lowItems: 1, instrument: 'gsrs' as const, youngChild: true }]) {
          const { message, prompt } = wordAlert(makeAlert(code, facts), table);
          for (const text of [message, prompt]) {
            expect(text, `${table.lang} ${code}`).to.be.a('string').and.have.length.above(10);
            expect(text, `${table.lang} ${code}`).not.to.match(/undefined|NaN|\{|\}/);
          }
          if (table.lang !== 'en') expect(prompt, `${table.lang} ${code}`).not.to.equal(makeAlert(code, facts).prompt);
        }
      }
    });
  }
});

describe('alert texts: English stays as makeAlert has always worded it', () => {
  it('wordAlert in English gives every alert of an episode its own message and prompt', () => {
    const ratings = [
      rating('ors', [5, 5, 5, 5], 1),
      rating('ors', [3.5, 3.5, 3.5, 4], 2),
      rating('srs', [10, 10, 10, 10], 1),
      rating('srs', [7.5, 8.5, 9, 7.5], 2),
    ];
    const { alerts } = summarizeEpisode(ratings);
    expect(alerts.map((a) => a.code)).to.deep.equal(['deteriorated', 'alliance-low', 'alliance-drop', 'alliance-item-low']);
    for (const alert of alerts) expect(wordAlert(alert, alertTextsEn)).to.deep.equal({ message: alert.message, prompt: alert.prompt });
    expect(alerts[3]!.message).to.equal('At session 2, SRS items below 9: relationship 7.5, goals 8.5, overall 7.5.');
  });

  it('an alert without its facts (stored by an older version) keeps its own wording', () => {
    const stored: Alert = { code: 'alliance-low', severity: 'warning', message: 'SRS total 30 at session 2 is below 36.', prompt: 'Thank you.' };
    expect(wordAlert(stored, alertTextsDe)).to.deep.equal({ message: stored.message, prompt: stored.prompt });
  });
});

describe('alert texts: numbers through Intl in the language', () => {
  const drop = makeAlert('reliable-drop', { instrument: 'ors', session: 6, total: 17.5, previous: 23.4, previousSession: 5, drop: 5.9, threshold: 5 });

  it('German writes 17,5 and a list of items with semicolons, so the decimal comma stays clear', () => {
    expect(wordAlert(drop, alertTextsDe).message).to.equal(
      'ORS-Summe ist von 23,4 in Sitzung 5 auf 17,5 in Sitzung 6 gesunken, ein Rückgang um 5,9: reliabel (5 Punkte oder mehr).',
    );
    const items = makeAlert('alliance-item-low', { instrument: 'srs', session: 2, threshold: 9, lowItems: 2, lowItemValues: [['goals', 8.5], ['overall', 7.5]] });
    expect(wordAlert(items, alertTextsDe).message).to.equal('In Sitzung 2 liegen SRS-Items unter 9: goals 8,5; overall 7,5.');
  });

  it('Norwegian writes 17,5 and names the rater', () => {
    const message = wordAlert(makeAlert('deteriorated', { instrument: 'cors', rater: 'caretaker', session: 3, total: 14.5, intake: 20, threshold: 5 }), alertTextsNb).message;
    expect(message).to.equal('CORS-sum (vurdert av omsorgsperson) falt fra 20 ved oppstart til 14,5 i time 3, en reliabel forverring (5 poeng eller mer). Vurder risiko.');
  });

  it('Arabic words the message in Arabic, its numbers as Intl writes them in Arabic', () => {
    const { message, prompt } = wordAlert(drop, alertTextsAr);
    const arabic = new Intl.NumberFormat('ar', { maximumFractionDigits: 2 });
    expect(message).to.contain('انخفض مجموع ORS').and.contain(arabic.format(17.5)).and.contain(arabic.format(23.4));
    expect(prompt).to.equal('تقييمك اليوم أقل بكثير من المرة الماضية. ما الذي حدث منذ لقائنا الأخير؟');
  });

  it('a young child\'s no-outcome-yet prompt speaks to the caretaker about their child in every language', () => {
    const child = { de: 'Ihrem Kind', nb: 'barnet ditt', ar: 'طفلك', fr: 'votre enfant', es: 'su hijo', pt: 'seu filho', nl: 'uw kind', sv: 'ditt barn', da: 'dit barn' };
    for (const table of TABLES.filter((t) => t.lang !== 'en')) {
      expect(wordAlert(makeAlert('no-outcome-yet', { youngChild: true }), table).prompt).to.contain(child[table.lang as keyof typeof child]);
      expect(wordAlert(makeAlert('no-outcome-yet', {}), table).prompt).not.to.contain(child[table.lang as keyof typeof child]);
    }
  });
});

describe('the words an alert text is filled with', () => {
  it("formats numbers in the table's language, to two decimals, and a missing number as nothing", () => {
    const de = numberFormatFor('de');
    expect([de(3.456), de(1000.5), de(7), de(undefined)]).to.deep.equal(['3,46', '1.000,5', '7', '']);
    expect(numberFormatFor('en')(3.456)).to.equal('3.46');
  });

  it('falls back to English numbers for a language tag Intl cannot read, rather than throwing', () => {
    expect(numberFormatFor('not a tag!')(1234.567)).to.equal('1,234.57');
  });

  it('gives only the facts an alert has: no instrument, rater, client or age where the alert names none', () => {
    const words = alertWords({ session: 2, total: 20.5 }, numberFormatFor('en'), ', ');
    expect(words).to.deep.equal({ lowItems: 0, session: '2', total: '20.5', intake: '', previous: '', previousSession: '', threshold: '', drop: '', sessionsSoFar: '', items: '' });
    const named = alertWords({ instrument: 'gsrs', rater: 'teacher', clientId: 'c-1', youngChild: false, items: 'goals' }, numberFormatFor('en'), ', ');
    expect(named).to.include({ instrument: 'gsrs', rater: 'teacher', clientId: 'c-1', youngChild: false, items: 'goals' });
  });

  it("lists low items with their values in the language's numbers and separator", () => {
    const words = alertWords({ lowItemValues: [['goals', 2.5], ['approach', 3]], lowItems: 2 }, numberFormatFor('de'), '; ');
    expect([words.items, words.lowItems]).to.deep.equal(['goals 2,5; approach 3', 2]);
  });
});
