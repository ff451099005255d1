// WCAG 1.4.1 and 4.1.2 in forced colours: once sent, the built-in submit button is disabled (only
// aria-disabled, so it keeps focus and its status), and must look it. Forced colours give every
// button ButtonText on ButtonFace, so without a rule of its own a sent button looks as active as
// before. No engine lets a test page switch forced colours on: the scale's own forced-colors rules
// are applied without their media condition (media-rules-test-helpers.ts).
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../ors-scale/define.js';
import type { OrsScale } from '../ors-scale/ors-scale.js';
import { applyMediaRules } from '../media-rules-test-helpers.js';
import { slider } from './test-helpers.js';

/** A system colour as this browser resolves it. */
function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved;
}

const submitOf = (el: OrsScale) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="submit"]')!;

describe('the scales\' submit button in forced colours', () => {
  afterEach(() => resetMouse());

  it('a sent button is drawn in GrayText, as the system draws a disabled control; a ready one is not', async () => {
    const el = await fixture<OrsScale>(html`<ors-scale submit-label="Send"></ors-scale>`);
    for (let i = 0; i < 4; i++) {
      slider(el, i).focus();
      await sendKeys({ press: 'End' });
    }
    applyMediaRules(el, (text) => text.includes('forced-colors'));
    const button = submitOf(el);
    const grayText = systemColor('GrayText');
    expect(getComputedStyle(button).color, 'a ready button').to.not.equal(grayText);

    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    const sent = getComputedStyle(button);
    // Its own system colours: forced colours would otherwise paint it as any active button. (WebKit
    // has no forced-colours mode, nor the property.)
    if (CSS.supports('forced-color-adjust', 'none')) expect(sent.getPropertyValue('forced-color-adjust')).to.equal('none');
    expect(sent.color).to.equal(grayText);
    expect(sent.borderTopColor).to.equal(grayText);
    expect(sent.backgroundColor).to.equal(systemColor('Canvas'));
    await expect(el).to.be.accessible();
  });

  it('so is the button of a disabled scale', async () => {
    const el = await fixture<OrsScale>(html`<ors-scale submit-label="Send" disabled></ors-scale>`);
    applyMediaRules(el, (text) => text.includes('forced-colors'));
    expect(getComputedStyle(submitOf(el)).color).to.equal(systemColor('GrayText'));
  });
});
