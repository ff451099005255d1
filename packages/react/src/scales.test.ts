// <OrsScale> and <SrsScale> rendered by React and used as a person would: marks placed with the
// mouse and the keyboard, the built-in button clicked, and the host's handlers called with what the
// element fired. Re-renders by the host must not lose the client's marks.
import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import type { FitSubmitEvent } from '@fitline/elements';
import { OrsScale, SrsScale } from './index.js';
import { clickAt, clickLine, mount, pressOn, shownValues, submitButton } from './react-test-helpers.js';
import type { Mounted } from './react-test-helpers.js';

/** What each handler was called with, in order. */
function handlers() {
  const calls = { submit: [] as FitSubmitEvent[], input: [] as Event[], change: [] as Event[] };
  return {
    calls,
    props: {
      onFitSubmit: (e: FitSubmitEvent) => calls.submit.push(e),
      onInput: (e: Event) => calls.input.push(e),
      onChange: (e: Event) => calls.change.push(e),
    },
  };
}

const UNMARKED = [null, null, null, null];

describe('@fitline/react scales', () => {
  let mounted: Mounted;
  beforeEach(() => {
    mounted = mount();
  });
  afterEach(async () => {
    mounted.unmount();
    await resetMouse();
    scrollTo(0, 0);
  });

  it('<SrsScale>: marking every line and sending calls onFitSubmit once, with the Rating', async () => {
    const { calls, props } = handlers();
    mounted.render(createElement(SrsScale, { submitLabel: 'Send', administration: 'telehealth', ...props }));
    const scale = mounted.container.querySelector('srs-scale')!;
    await scale.updateComplete;
    expect(submitButton(scale).textContent).to.equal('Send');

    await pressOn(scale, 0, 'End', 'PageDown');
    await pressOn(scale, 1, 'End');
    await clickLine(scale, 2, 1);
    await clickLine(scale, 3, 0.5);
    expect(calls.submit).to.have.length(0);
    // One change per key press and per click; input at least as often (the mark moved each time).
    expect(calls.change).to.have.length(5);
    expect(calls.input.length).to.be.at.least(5);

    await clickAt(submitButton(scale));
    await clickAt(submitButton(scale));
    await sendKeys({ press: 'Enter' });
    expect(calls.submit).to.have.length(1);
    const { rating } = calls.submit[0]!.detail;
    expect(rating.instrument).to.equal('srs');
    expect(rating.mode).to.equal('telehealth');
    expect(rating.items.slice(0, 3)).to.deep.equal([9, 10, 10]);
    expect(rating.items[3]).to.be.within(4.5, 5.5);
    expect(rating.items).to.deep.equal(scale.values);
  });

  it('<OrsScale>: props set the variant and the marks, and a programmatic set calls no handler', async () => {
    const { calls, props } = handlers();
    const values = [1, 2.5, 3, 4];
    mounted.render(createElement(OrsScale, { variant: 'child', showValues: true, values, ...props }));
    const scale = mounted.container.querySelector('ors-scale')!;
    await scale.updateComplete;
    expect(scale.instrument).to.equal('cors');
    expect(shownValues(scale)).to.deep.equal(['1', '2.5', '3', '4']);

    mounted.render(createElement(OrsScale, { variant: 'child', showValues: true, values: [5, 5, 5, 5], ...props }));
    await scale.updateComplete;
    expect(scale.values).to.deep.equal([5, 5, 5, 5]);
    expect([calls.input, calls.change, calls.submit].map((c) => c.length)).to.deep.equal([0, 0, 0]);
  });

  it('a re-render with the same props keeps the marks', async () => {
    const { props } = handlers();
    const render = () => mounted.render(createElement(OrsScale, { submitLabel: 'Send', values: UNMARKED, ...props }));
    render();
    const scale = mounted.container.querySelector('ors-scale')!;
    await scale.updateComplete;
    await pressOn(scale, 0, 'End');
    await clickLine(scale, 1, 0);
    expect(scale.values).to.deep.equal([10, 0, null, null]);

    render();
    render();
    await scale.updateComplete;
    expect(scale.values).to.deep.equal([10, 0, null, null]);
    expect(shownValues(scale)).to.deep.equal(['10', '0', null, null]);
  });

  it('a re-render with a new handler: the next rating goes to the new handler only', async () => {
    const first = handlers();
    const second = handlers();
    mounted.render(createElement(SrsScale, { submitLabel: 'Send', ...first.props }));
    const scale = mounted.container.querySelector('srs-scale')!;
    await scale.updateComplete;
    for (const i of [0, 1, 2, 3]) await pressOn(scale, i, 'End');
    await clickAt(submitButton(scale));
    expect(first.calls.submit).to.have.length(1);

    mounted.render(createElement(SrsScale, { submitLabel: 'Send', ...second.props }));
    // A changed value re-arms the button: the client corrects a line and sends again.
    await pressOn(scale, 3, 'ArrowLeft');
    await clickAt(submitButton(scale));
    expect(first.calls.submit).to.have.length(1);
    expect(first.calls.change).to.have.length(4);
    expect(second.calls.submit).to.have.length(1);
    expect(second.calls.change).to.have.length(1);
    expect(second.calls.submit[0]!.detail.rating.items).to.deep.equal([10, 10, 10, 9.9]);
  });
});
