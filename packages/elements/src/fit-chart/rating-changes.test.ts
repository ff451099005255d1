// New ratings from the host are easy to follow (Chartability 17): the chart says which sessions are
// new or changed, with the latest in its short form, in its status region and on screen, until the
// cursor moves; removed sessions are said too; the first drawing, the same ratings again, or a new
// band say nothing. In English, German and Arabic.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ILLUSTRATIVE_TRAJECTORY } from '@fitline/core';
import type { Rating } from '@fitline/core';
import './define.js';
import type { FitChart } from './fit-chart.js';
import { registerLocale } from '../locale/strings.js';
import { de } from '../locale/de.js';
import { nb } from '../locale/nb.js';
import { ar } from '../locale/ar.js';
import { EPISODE, ors, painted, srs } from './chart-test-helpers.js';

registerLocale(de);
registerLocale(nb);
registerLocale(ar);

const words = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const status = (el: FitChart) => el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
/** Shown: laid out at its text's size, not the one-pixel box a screen-reader-only text keeps. */
const shown = (node: HTMLElement) => node.getBoundingClientRect().height > 4 && node.getBoundingClientRect().width > 4;

async function chart(ratings: Rating[], lang = 'en'): Promise<FitChart> {
  const host = await fixture<HTMLDivElement>(html`<div lang=${lang}><fit-chart style="width: 640px" .ratings=${ratings}></fit-chart></div>`);
  const el = host.querySelector('fit-chart')!;
  await painted(el);
  return el;
}

async function give(el: FitChart, ratings: Rating[]): Promise<void> {
  el.ratings = ratings;
  await painted(el);
}

const SEVENTH = [ors(7, [6.2, 6.1, 6.0, 6.2]), srs(7, [9.9, 9.9, 9.9, 9.9])];

describe('<fit-chart> when the host gives new ratings', () => {
  it('says nothing on its first drawing', async () => {
    const el = await chart(EPISODE);
    expect(words(status(el))).to.equal('');
  });

  it('says the new session and reads it in short, on screen and to screen readers, until the cursor moves', async () => {
    const el = await chart(EPISODE);
    await give(el, [...EPISODE, ...SEVENTH]);
    expect(words(status(el))).to.equal('Updated: new ratings at session 7. Session 7: ORS (outcome) 24.5, SRS (alliance) 39.6.');
    expect(shown(status(el)), 'the update is on screen').to.equal(true);
    await expect(el).to.be.accessible();

    el.shadowRoot!.querySelector<HTMLElement>('.plot')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(words(status(el))).to.match(/^Session 6: /);
    expect(shown(status(el)), 'the cursor\'s short form is for screen readers only').to.equal(false);
  });

  it('counts the sessions a correction and an addition touch, and names the latest', async () => {
    const el = await chart(EPISODE);
    const corrected = EPISODE.map((r) => (r.session === 2 && r.instrument === 'ors' ? { ...r, items: [4, 4, 4, 4] } : r));
    await give(el, [...corrected, ...SEVENTH]);
    expect(words(status(el))).to.match(/^Updated: new ratings at 2 sessions, the latest at session 7\. Session 7: /);
  });

  it('says which sessions were removed when the new ratings leave some out', async () => {
    const el = await chart([...EPISODE, ...SEVENTH]);
    await give(el, EPISODE);
    expect(words(status(el))).to.equal('Updated: session 7 was removed.');
    await give(el, EPISODE.filter((r) => r.session! <= 4));
    expect(words(status(el))).to.equal('Updated: 2 sessions were removed.');
  });

  it('says nothing when the same ratings come again, or only the band changes', async () => {
    const el = await chart(EPISODE);
    await give(el, EPISODE.map((r) => ({ ...r })));
    expect(words(status(el))).to.equal('');
    el.trajectory = ILLUSTRATIVE_TRAJECTORY;
    await painted(el);
    expect(words(status(el))).to.equal('');
  });

  it('says it in German, Norwegian and Arabic, with the numbers of each language', async () => {
    const german = await chart(EPISODE, 'de');
    await give(german, [...EPISODE, ...SEVENTH]);
    expect(words(status(german))).to.equal('Aktualisiert: neue Bewertungen in Sitzung 7. Sitzung 7: ORS (Ergebnis) 24,5; SRS (Beziehung) 39,6.');
    const norwegian = await chart([...EPISODE, ...SEVENTH], 'nb');
    await give(norwegian, EPISODE.filter((r) => r.session! <= 5));
    expect(words(status(norwegian))).to.equal('Oppdatert: 2 timer ble fjernet.');
    const arabic = await chart(EPISODE, 'ar');
    await give(arabic, [...EPISODE, ...SEVENTH]);
    expect(words(status(arabic))).to.match(/^تحديث: تقييمات جديدة في الجلسة /);
    await expect(arabic).to.be.accessible();
  });
});
