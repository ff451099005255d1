// WCAG 1.4.10 Reflow / 1.4.4 Resize Text (no content lost): a compact chart with invalid ratings sits
// in a box two lines high. It shows what fits, the field at fault, whole; the full message (field and
// rule) is its accessible name and its tooltip.
import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { FitChart } from './fit-chart.js';
import { ors, painted } from './chart-test-helpers.js';

describe('a compact chart in its error state', () => {
  it('shows the field at fault whole, and the full message as its name and tooltip', async () => {
    const el = await fixture<FitChart>(html`<fit-chart compact .ratings=${[ors(1, [10.1, 5, 5, 5])]}></fit-chart>`);
    await painted(el);
    const error = el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!;
    expect(error.textContent).to.equal('Cannot draw ratings[0].items[0]');
    // The whole message once took 70 px (75 in Firefox) of a 32 px box.
    expect(error.scrollHeight, 'height of the message').to.be.at.most(error.clientHeight);
    const full = 'The chart cannot be drawn: ratings[0]: items[0] must be from 0 to 10, not 10.1.';
    expect([error.getAttribute('role'), error.getAttribute('aria-label'), error.title, error.lang]).to.deep.equal(['img', full, full, 'en']);
  });
});
