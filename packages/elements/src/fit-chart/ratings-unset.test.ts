// A host framework that stops passing `ratings` unsets it (React 19 and Vue set undefined): the chart
// shows that it has no ratings, as for an empty list, not an error.
import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { FitChart } from './fit-chart.js';

describe('a chart whose ratings are unset', () => {
  it('shows no ratings, not an error, and exports only the header', async () => {
    // React 19 and Vue set undefined when a host stops passing the property.
    const el = await fixture<FitChart>(html`<fit-chart .ratings=${undefined}></fit-chart>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(el.summary).to.equal('No ratings yet.');
    expect(el.toCSV().split('\r\n').filter(Boolean)).to.have.length(1);
  });
});
