/**
 * `load(rating)` with the Rating it loaded before shows it again: a clinician opens a saved rating,
 * edits a line, then the host's "Revert" loads the same saved Rating, and the saved values are back
 * on screen and in the form.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import '../define.js';
import { clickLine } from '../rating-scale/test-helpers.js';

afterEach(async () => {
  await resetMouse();
  scrollTo(0, 0);
});

describe('load the same rating again', () => {
  it('shows the saved values again after the user changed a line', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ors-scale name="o" style="width:600px"></ors-scale></form>`);
    const el = form.querySelector('ors-scale')!;
    const saved = { instrument: 'ors' as const, items: [1, 2, 3, 4], date: '2026-03-04' };
    el.load(saved);
    await el.updateComplete;
    await clickLine(el, 0, 0.9);
    expect(el.values[0]).to.equal(9);
    el.load(saved);
    await el.updateComplete;
    expect(el.values).to.deep.equal([1, 2, 3, 4]);
    expect(new FormData(form).get('o.total')).to.equal('10');
  });
});
