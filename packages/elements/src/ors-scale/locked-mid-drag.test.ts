/**
 * A scale locked mid-drag (`disabled`, `readonly`, or its fieldset disabled, say when a session's time
 * runs out, while the client's button is down) keeps the value the lock found: the mark stops
 * following the pointer and no `input` fires after the lock.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../define.js';
import type { OrsScale } from '../ors-scale/ors-scale.js';
import { pointOnLine, record } from '../rating-scale/test-helpers.js';

afterEach(() => resetMouse());

/** Presses on line 0 at 20 %, runs `lock`, drags to 80 % and lets go. */
async function dragWhileLocking(el: OrsScale, lock: () => void): Promise<void> {
  await sendMouse({ type: 'move', position: pointOnLine(el, 0, 0.2) });
  await sendMouse({ type: 'down' });
  lock();
  await el.updateComplete;
  await sendMouse({ type: 'move', position: pointOnLine(el, 0, 0.5) });
  await sendMouse({ type: 'move', position: pointOnLine(el, 0, 0.8) });
  await sendMouse({ type: 'up' });
}

describe('locked mid-drag', () => {
  it('disabled set mid-drag: the mark stays where it was when the scale was disabled', async () => {
    const el = await fixture<OrsScale>(html`<ors-scale style="width:600px"></ors-scale>`);
    const seen = record(el, 'input', 'change');
    await dragWhileLocking(el, () => (el.disabled = true));
    expect(el.values[0]).to.equal(2);
    // The press itself placed the mark (one input, one change at release); nothing after the lock.
    expect(seen.input).to.have.length(1);
  });

  it('readonly set mid-drag: the mark stays where it was', async () => {
    const el = await fixture<OrsScale>(html`<ors-scale style="width:600px"></ors-scale>`);
    await dragWhileLocking(el, () => (el.readonly = true));
    expect(el.values[0]).to.equal(2);
  });

  it('the fieldset around it disabled mid-drag: the mark stays where it was', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><ors-scale name="o" style="width:600px"></ors-scale></fieldset></form>`);
    const el = form.querySelector('ors-scale')!;
    await el.updateComplete;
    await dragWhileLocking(el, () => (form.querySelector('fieldset')!.disabled = true));
    expect(el.values[0]).to.equal(2);
  });
});
