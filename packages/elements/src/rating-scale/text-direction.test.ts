// Right to left is right (issue 13.2): our own wording speaks of the line's start and end, never
// left and right; text in another direction than the page gets its own `dir`, while the line keeps
// the scale's direction; an Arabic page shows and works right to left.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { INSTRUMENTS } from '@fitline/core';
import type { InstrumentId } from '@fitline/core';
import { placeholderPack } from '@fitline/core/content';
import '../ors-scale/define.js';
import type { RatingScale } from './rating-scale.js';
import { registerContent } from '../content/registry.js';
import { en, registerLocale } from '../locale/strings.js';
import { ar } from '../locale/ar.js';
import { da } from '../locale/da.js';
import { de } from '../locale/de.js';
import { es } from '../locale/es.js';
import { fr } from '../locale/fr.js';
import { nb } from '../locale/nb.js';
import { nl } from '../locale/nl.js';
import { pt } from '../locale/pt.js';
import { sv } from '../locale/sv.js';
import { clickLine, slider, testPack } from './test-helpers.js';
import { dirOf } from './text-direction.js';

/** "Left" and "right" in each interface language (and English for the placeholder pack). */
const SIDES = /\b(left|right|links|rechts|venstre|høyre|højre|izquierda|derecha|gauche|droite|esquerda|direita|vänster|höger)\b|يسار|يمين/i;
const direction = (el: Element) => getComputedStyle(el).direction;
const part = (scale: RatingScale, name: string) => scale.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;

describe('text direction', () => {
  it('our placeholder instructions and interface text never say left or right', () => {
    for (const id of Object.keys(INSTRUMENTS) as InstrumentId[]) expect(placeholderPack(id).instructions).to.not.match(SIDES);
    for (const strings of [en, ar, da, de, es, fr, nb, nl, pt, sv]) {
      for (const [key, text] of Object.entries(strings)) expect(text, `${strings.lang}.${key}`).to.not.match(SIDES);
    }
  });

  it('knows which languages are written right to left', () => {
    expect(['ar', 'ar-EG', 'he', 'fa-IR', 'ur', 'az-Arab'].map(dirOf)).to.deep.equal(['rtl', 'rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'de', 'nb', 'ku-Latn', ''].map(dirOf)).to.deep.equal(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });

  it('gives an Arabic pack on an English page its own right-to-left text, the line staying left to right', async () => {
    registerContent({ ...testPack('ors', 'ar'), title: 'مقياس النتائج', instructions: 'ضع علامة على كل خط.' });
    const page = await fixture<HTMLElement>(html`<div lang="en"><ors-scale lang="ar" style="width:500px"></ors-scale></div>`);
    const el = page.firstElementChild as RatingScale;
    for (const name of ['title', 'instructions', 'label', 'rights']) expect(direction(part(el, name)), name).to.equal('rtl');
    expect(direction(el.shadowRoot!.getElementById('low-0')!)).to.equal('rtl');
    expect(direction(slider(el, 0))).to.equal('ltr');
    // 30 % from the left end is 3: the line follows the page, not the pack.
    await clickLine(el, 0, 0.3);
    expect(el.values[0]).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('shows an Arabic page right to left, with the English placeholder left to right in it', async () => {
    // The CORS: no Arabic pack is registered for it, so the English placeholder shows.
    registerLocale(ar);
    const page = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl"><ors-scale variant="child" style="width:500px"></ors-scale></div>`);
    const el = page.firstElementChild as RatingScale;
    expect(direction(el)).to.equal('rtl');
    for (const name of ['title', 'instructions', 'label', 'rights']) expect(direction(part(el, name)), name).to.equal('ltr');
    // The notice is interface text, in Arabic, right to left.
    expect([part(el, 'notice').textContent, direction(part(el, 'notice'))]).to.deep.equal([ar.placeholder, 'rtl']);
    // The low anchor is at the line's start, on the right; the high one at its end, on the left.
    const low = el.shadowRoot!.getElementById('low-0')!.getBoundingClientRect();
    const high = el.shadowRoot!.getElementById('high-0')!.getBoundingClientRect();
    expect(low.left).to.be.greaterThan(high.right);
    // 30 % from the line's start (its right end) is 3; the arrow toward the end (left) raises it.
    await clickLine(el, 0, 0.3, true);
    expect(el.values[0]).to.equal(3);
    slider(el, 0).focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.values[0]).to.equal(3.1);
    expect(slider(el, 0).getAttribute('aria-valuetext')).to.equal(`${new Intl.NumberFormat('ar', { minimumFractionDigits: 1 }).format(3.1)} من ${new Intl.NumberFormat('ar').format(10)}`);
    await expect(el).to.be.accessible();
  });
});
