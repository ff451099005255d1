// Read aloud (issue 13.6): speak buttons for the instructions and each item, speaking the content
// pack's text in its language with a local voice only, by keyboard, hidden without such a voice.
// The browser's speech engine is replaced by a recorder (speech-test-helpers.ts) before any scale
// looks at it, so the tests hear exactly what would be said, in every engine, without sound.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../ors-scale/define.js';
import '../srs-scale/define.js';
import type { OrsScale } from '../ors-scale/ors-scale.js';
import { registerContent } from '../content/registry.js';
import { registerLocale } from '../locale/strings.js';
import { de } from '../locale/de.js';
import { nb } from '../locale/nb.js';
import { ar } from '../locale/ar.js';
import { catchError, testPack } from './test-helpers.js';
import { installSpeechRecorder, voice } from './speech-test-helpers.js';
import type { SpeechRecorder } from './speech-test-helpers.js';

const ENGLISH = voice('English (local)', 'en-US');
let recorder: SpeechRecorder;
let restore: () => void;

beforeEach(() => {
  // A remote voice first, as some browsers list them: it must never be chosen.
  ({ recorder, restore } = installSpeechRecorder([voice('English (cloud)', 'en-US', false), ENGLISH]));
});
afterEach(() => restore());

/** The scale in `template` once its speech code has loaded and the buttons are drawn. */
async function scale(template: ReturnType<typeof html>): Promise<OrsScale> {
  const found = await fixture<HTMLElement>(template);
  return drawn((found.matches('ors-scale, srs-scale') ? found : found.querySelector('ors-scale, srs-scale')!) as OrsScale);
}
async function drawn(el: OrsScale): Promise<OrsScale> {
  for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('[part="speak"]'); i++) await aTimeout(20);
  await el.updateComplete;
  return el;
}
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="speak"]')];
const names = (el: Element) => buttons(el).map((b) => b.getAttribute('aria-label'));

/** Presses a speak button by keyboard: focus on the button, then Enter or Space. */
async function press(button: HTMLButtonElement, key = 'Enter'): Promise<void> {
  button.focus();
  await sendKeys({ press: key });
}

describe('read-aloud', () => {
  it('passes axe with its buttons, in the young-child variants by default', async () => {
    const el = await scale(html`<ors-scale variant="young-child"></ors-scale>`);
    expect(names(el)).to.deep.equal(['Read the instructions aloud', 'Read item 1 aloud', 'Read item 2 aloud', 'Read item 3 aloud', 'Read item 4 aloud']);
    await expect(el).to.be.accessible();
    const srs = await scale(html`<srs-scale variant="young-child"></srs-scale>`);
    expect(buttons(srs)).to.have.length(5);
  });

  it('is off by default in the other variants, on with read-aloud="on" or the bare attribute, off with "off"', async () => {
    const adult = await fixture<OrsScale>(html`<ors-scale></ors-scale>`);
    await aTimeout(100);
    expect(buttons(adult)).to.have.length(0);
    expect(adult.readAloud).to.equal('auto');
    expect(buttons(await scale(html`<ors-scale read-aloud="on"></ors-scale>`))).to.have.length(5);
    expect(buttons(await scale(html`<srs-scale variant="group" read-aloud></srs-scale>`))).to.have.length(5);
    const off = await fixture<OrsScale>(html`<ors-scale variant="young-child" read-aloud="off"></ors-scale>`);
    await aTimeout(100);
    expect(buttons(off)).to.have.length(0);
    off.readAloud = 'auto';
    const on = await drawn(off);
    expect(buttons(on)).to.have.length(5);
    const error = catchError(() => (on.readAloud = 'loud' as 'on'));
    expect([error.name, (error as { code?: string }).code, (error as { field?: string }).field]).to.deep.equal(['FitlineError', 'bad-option', 'readAloud']);
    expect(on.readAloud).to.equal('auto');
  });

  it('shows no buttons in clinician entry and review, where no client reads', async () => {
    const el = await fixture<OrsScale>(html`<ors-scale variant="young-child" mode="clinician"></ors-scale>`);
    await aTimeout(100);
    expect(buttons(el)).to.have.length(0);
  });

  it('speaks an item, by keyboard, in the pack language with a local voice', async () => {
    const el = await scale(html`<ors-scale variant="young-child"></ors-scale>`);
    await press(buttons(el)[2]!);
    await press(buttons(el)[0]!, ' ');
    expect(recorder.spoken).to.deep.equal([
      { text: 'Sample item 2 (interpersonally). Low. High.', lang: 'en', voice: 'English (local)' },
      { text: el.shadowRoot!.querySelector('[part="instructions"]')!.textContent, lang: 'en', voice: 'English (local)' },
    ]);
  });

  it('is silent, with no buttons, until a local voice for the language arrives (voiceschanged)', async () => {
    recorder.setVoices([voice('English (cloud)', 'en-GB', false), voice('Deutsch', 'de-DE')]);
    const el = await fixture<OrsScale>(html`<ors-scale variant="young-child"></ors-scale>`);
    await aTimeout(150);
    await el.updateComplete;
    expect(buttons(el)).to.have.length(0);
    recorder.setVoices([voice('English (cloud)', 'en-GB', false), voice('English (UK)', 'en-GB')]);
    await el.updateComplete;
    expect(buttons(el)).to.have.length(5);
    // The local voice leaves again: the next press says nothing and the buttons go.
    recorder.setVoices([voice('English (cloud)', 'en-GB', false)]);
    await el.updateComplete;
    expect(buttons(el)).to.have.length(0);
    expect(recorder.spoken).to.deep.equal([]);
  });

  it('stops when another button is pressed and when the scale is removed, and is a real button of at least 24 by 24 px', async () => {
    const el = await scale(html`<ors-scale variant="young-child"></ors-scale>`);
    const [instructions, first] = buttons(el) as [HTMLButtonElement, HTMLButtonElement];
    const box = first.getBoundingClientRect();
    expect([box.width >= 24, box.height >= 24]).to.deep.equal([true, true]);
    expect(first.type).to.equal('button');
    await press(instructions);
    expect(recorder.speaking).to.equal(true);
    const before = recorder.cancels;
    await press(first);
    expect(recorder.cancels).to.equal(before + 1);
    expect(recorder.spoken.map((s) => s.text)).to.have.length(2);
    el.remove();
    expect(recorder.cancels).to.equal(before + 2);
    expect(recorder.speaking).to.equal(false);
    // Turning read-aloud off mid-speech stops it too.
    const other = await scale(html`<ors-scale variant="young-child"></ors-scale>`);
    await press(buttons(other)[1]!);
    other.readAloud = 'off';
    await other.updateComplete;
    expect([recorder.speaking, buttons(other).length]).to.deep.equal([false, 0]);
  });

  it('stays visible in forced colours: a bordered button whose icon is drawn in the text colour', async () => {
    const el = await scale(html`<ors-scale variant="young-child"></ors-scale>`);
    const button = buttons(el)[1]!;
    const style = getComputedStyle(button);
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
    // Forced colours replace a button's text and border colours; the icon follows the text colour.
    expect(getComputedStyle(button.querySelector('svg')!).stroke).to.equal(style.color);
    expect(button.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('speaks an English pack with an English voice on a German page', async () => {
    registerLocale(de);
    const el = await scale(html`<div lang="de"><ors-scale variant="young-child"></ors-scale></div>`);
    // No German pack is registered for the ORS: the English placeholder shows, and is read in English.
    await press(buttons(el)[1]!);
    expect(recorder.spoken[0]!.lang).to.equal('en');
    expect(recorder.spoken[0]!.voice).to.equal('English (local)');
    expect(buttons(el)[1]!.getAttribute('aria-label')).to.equal('Punkt 1 vorlesen');
  });

  for (const [code, strings, voiceLang, itemName] of [
    ['de', de, 'de-DE', 'Punkt 3 vorlesen'],
    ['nb', nb, 'no-NO', 'Les punkt 3 høyt'],
    ['ar', ar, 'ar-SA', `اقرأ البند ${new Intl.NumberFormat('ar').format(3)} بصوت عالٍ`],
  ] as const) {
    it(`speaks ${code} content in ${code}, with ${code} button names, on a ${code} page`, async () => {
      registerLocale(strings);
      registerContent({ ...testPack('ycors', code), items: testPack('ycors', code).items.map((item, i) => ({ ...item, label: `${code} ${i + 1}` })) as never });
      recorder.setVoices([voice('English (local)', 'en-US'), voice(`${code} (cloud)`, voiceLang, false), voice(`${code} (local)`, voiceLang)]);
      const el = await scale(html`<div lang=${code} dir=${code === 'ar' ? 'rtl' : 'ltr'}><ors-scale variant="young-child"></ors-scale></div>`);
      expect(buttons(el)[3]!.getAttribute('aria-label')).to.equal(itemName);
      await press(buttons(el)[3]!);
      expect(recorder.spoken).to.deep.equal([{ text: `${code} 3. low socially. high socially.`, lang: code, voice: `${code} (local)` }]);
      await expect(el).to.be.accessible();
    });
  }

});
