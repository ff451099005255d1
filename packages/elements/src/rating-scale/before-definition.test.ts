// Properties a host sets before the tag is defined (a framework that renders before the bundle has
// loaded, a script that runs first): each is applied when the element upgrades, in its own guard. One
// that is refused there cannot be thrown to anyone, so the scale fires `fit-error` with the
// FitlineError, and renders with the rest; never a scale that silently never renders.
import { expect, fixture, html } from '@open-wc/testing';
import { FitlineError } from '@fitline/core';
import type { FitErrorEvent } from './events.js';
import { OrsScale } from '../ors-scale/ors-scale.js';
import { SrsScale } from '../srs-scale/srs-scale.js';
import { shownValues, sliders } from './test-helpers.js';

let defined = 0;
/** A tag of its own for each test, defined only when the test says so. */
const nextTag = (base: string) => `${base}-late-${++defined}`;

/** A form on the page holding `el`, an element not yet defined. */
async function inForm(el: HTMLElement): Promise<HTMLFormElement> {
  const form = await fixture<HTMLFormElement>(html`<form></form>`);
  form.append(el);
  return form;
}

/** The `fit-error` events `el` fires, recorded from before it is defined. */
function refusals(el: EventTarget): FitlineError[] {
  const seen: FitlineError[] = [];
  el.addEventListener('fit-error', (e) => seen.push((e as FitErrorEvent).detail.error));
  return seen;
}

describe('properties set before the tag is defined', () => {
  it('are applied at upgrade: variant, values, name, required, show-values', async () => {
    const tag = nextTag('ors-scale');
    const el = document.createElement(tag) as OrsScale;
    Object.assign(el, { variant: 'child', values: [4.2, null, 10, 0], name: 'ors', required: true, showValues: true });
    const form = await inForm(el);
    const errors = refusals(el);
    customElements.define(tag, class extends OrsScale {});
    await el.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(el.instrument).to.equal('cors');
    expect(shownValues(el)).to.deep.equal(['4.2', null, '10', '0']);
    expect([...new FormData(form)].map(([key]) => key)).to.deep.equal(['ors.individually', 'ors.socially', 'ors.overall']);
    expect(form.checkValidity(), 'required, and one line unmarked').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('a refused one fires fit-error with the FitlineError naming it; the rest apply and the scale renders', async () => {
    const tag = nextTag('ors-scale');
    const el = document.createElement(tag) as OrsScale;
    // Set in this order, the refused variant comes before the others lit applies.
    Object.assign(el, { variant: 'Child', values: [1, 2, 3, 4], name: 'ors', submitLabel: 'Send' });
    const form = await inForm(el);
    const errors = refusals(el);
    const bubbled: Event[] = [];
    form.addEventListener('fit-error', (e) => bubbled.push(e));
    customElements.define(tag, class extends OrsScale {});
    await el.updateComplete;

    expect(errors).to.have.length(1);
    expect(errors[0]).to.be.instanceOf(FitlineError);
    expect(errors[0]).to.include({ code: 'bad-option', field: 'variant' });
    expect(bubbled, 'the host can listen on an ancestor').to.have.length(1);
    // The default variant, and everything else as set.
    expect(el.variant).to.equal('adult');
    expect(el.values).to.deep.equal([1, 2, 3, 4]);
    expect(sliders(el)).to.have.length(4);
    expect(el.shadowRoot!.querySelector('button[part="submit"]')!.textContent).to.equal('Send');
    expect([...new FormData(form)].at(-1)).to.deep.equal(['ors.total', '10']);
    await expect(el).to.be.accessible();
  });

  it('refused values and a refused date are reported each on its own, and the scale renders', async () => {
    const tag = nextTag('srs-scale');
    const el = document.createElement(tag) as SrsScale;
    Object.assign(el, { values: [11, 2, 3, 4], date: 'yesterday', variant: 'group' });
    await inForm(el);
    const errors = refusals(el);
    customElements.define(tag, class extends SrsScale {});
    await el.updateComplete;
    expect(errors.map((e) => e.field).sort()).to.deep.equal(['date', 'values[0]']);
    expect(el.instrument).to.equal('gsrs');
    expect(el.values).to.deep.equal([null, null, null, null]);
    expect(sliders(el)).to.have.length(4);
  });

  it('once defined, a refused property still throws to whoever set it, and no fit-error fires', async () => {
    const tag = nextTag('ors-scale');
    customElements.define(tag, class extends OrsScale {});
    const el = document.createElement(tag) as OrsScale;
    await inForm(el);
    const errors = refusals(el);
    expect(() => (el.variant = 'Child' as never)).to.throw(FitlineError);
    await el.updateComplete;
    expect(() => (el.variant = 'Child' as never)).to.throw(FitlineError);
    expect(errors).to.deep.equal([]);
  });
});
