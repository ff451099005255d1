// <OrsScale> and <SrsScale> in the host patterns React invites: a parent that re-renders with an
// inline `values` array, one that stops passing `values`, values kept in state (controlled), React
// 19's StrictMode (effects run twice on mount), and an unmount. The client's marks must survive
// each, handlers must be called once per event and only while the component is mounted.
import { expect } from '@open-wc/testing';
import { StrictMode, createElement, createRef, useState } from 'react';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { FitSubmitEvent, OrsScale as OrsScaleElement } from '@fitline/elements';
import { OrsScale, SrsScale } from './index.js';
import { clickAt, clickLine, mount, pressOn, shownValues, sliders, submitButton } from './react-test-helpers.js';
import type { Mounted } from './react-test-helpers.js';

type Values = (number | null)[];

/** Errors React reports instead of throwing (an effect that threw unmounts the tree and lands here). */
function watchErrors(): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => {
    errors.push(e.error ?? e.message);
    e.preventDefault();
  };
  addEventListener('error', onError);
  // mocha takes any reported error as the test's failure: here the test reads them itself.
  const mochaOnError = window.onerror;
  window.onerror = null;
  const consoleError = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  return {
    errors,
    stop: () => {
      removeEventListener('error', onError);
      window.onerror = mochaOnError;
      console.error = consoleError;
    },
  };
}

/** The page point at `fraction` of line `index`, scrolled into view. */
function pointOnLine(scale: Element, index: number, fraction: number): [number, number] {
  const line = sliders(scale)[index]!.querySelector('[part="line"]')!;
  line.scrollIntoView({ block: 'center' });
  const box = line.getBoundingClientRect();
  return [Math.round(box.left + fraction * box.width), Math.round(box.top + box.height / 2)];
}

describe('@fitline/react scales in host patterns', () => {
  let mounted: Mounted;
  let watched: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    mounted = mount();
    watched = watchErrors();
  });
  afterEach(async () => {
    watched.stop();
    mounted.unmount();
    await resetMouse();
    scrollTo(0, 0);
  });

  it('an inline `values` array, new on every render, does not wipe the marks when the parent re-renders', async () => {
    let renders = 0;
    function Host() {
      const [changes, setChanges] = useState(0);
      renders += 1;
      // A host that counts changes: each change re-renders it, with a new (equal) array literal.
      return createElement(OrsScale, { values: [null, null, null, null], 'aria-label': `${changes} changes`, onChange: () => setChanges((n) => n + 1) });
    }
    mounted.render(createElement(Host));
    const scale = mounted.container.querySelector('ors-scale')!;
    await scale.updateComplete;
    await pressOn(scale, 0, 'End');
    await clickLine(scale, 1, 0);
    await pressOn(scale, 2, 'Home', 'ArrowRight');
    await scale.updateComplete;
    expect(scale.getAttribute('aria-label')).to.equal('4 changes');
    expect(renders).to.be.at.least(5);
    expect(scale.values).to.deep.equal([10, 0, 0.1, null]);
    expect(shownValues(scale)).to.deep.equal(['10', '0', '0.1', null]);
    expect(watched.errors).to.deep.equal([]);
  });

  it('a new array with other values still sets them, and only then', async () => {
    const render = (values: Values) => mounted.render(createElement(OrsScale, { values }));
    render([1, 2, 3, 4]);
    const scale = mounted.container.querySelector('ors-scale')!;
    await scale.updateComplete;
    await pressOn(scale, 0, 'End');
    render([1, 2, 3, 4]);
    expect(scale.values).to.deep.equal([10, 2, 3, 4]);
    render([5, 5, null, 5]);
    await scale.updateComplete;
    expect(scale.values).to.deep.equal([5, 5, null, 5]);
    expect(shownValues(scale)).to.deep.equal(['5', '5', null, '5']);
  });

  it('a parent that stops passing `values` keeps the marks and does not crash', async () => {
    const ref = createRef<OrsScaleElement>();
    mounted.render(createElement(OrsScale, { ref, values: [1, 2, 3, 4] }));
    const scale = mounted.container.querySelector('ors-scale')!;
    await scale.updateComplete;
    await pressOn(scale, 3, 'PageUp');
    mounted.render(createElement(OrsScale, { ref }));
    mounted.render(createElement(OrsScale, { ref, values: undefined }));
    mounted.render(createElement(OrsScale, { ref, values: null }));
    await scale.updateComplete;
    expect(watched.errors).to.deep.equal([]);
    expect(mounted.container.querySelector('ors-scale')).to.equal(scale);
    expect(ref.current).to.equal(scale);
    expect(scale.values).to.deep.equal([1, 2, 3, 5]);
  });

  it('a bad list is refused and reported without unmounting the tree; the marks stay', async () => {
    mounted.render(createElement(OrsScale, { values: [1, 2, 3, 4] }));
    const scale = mounted.container.querySelector('ors-scale')!;
    mounted.render(createElement(OrsScale, { values: [1, 2, 3] }));
    mounted.render(createElement(OrsScale, { values: [1, 2, 3, 10.5] }));
    await scale.updateComplete;
    expect(mounted.container.querySelector('ors-scale')).to.equal(scale);
    expect(scale.values).to.deep.equal([1, 2, 3, 4]);
    // Each refusal is reported, naming the field.
    expect(watched.errors.map(String).join('\n')).to.contain('values must be a list of 4').and.to.contain('values[3]');
  });

  it('controlled: values kept in state from onInput follow a drag without jumping back or extra events', async () => {
    const inputs: Values[] = [];
    let changes = 0;
    function Host() {
      const [values, setValues] = useState<Values>([null, null, null, null]);
      return createElement(OrsScale, {
        values,
        showValues: true,
        onInput: (e: Event) => {
          const next = (e.target as OrsScaleElement).values;
          inputs.push(next);
          setValues(next);
        },
        onChange: () => (changes += 1),
      });
    }
    mounted.render(createElement(Host));
    const scale = mounted.container.querySelector('ors-scale')!;
    await scale.updateComplete;
    const start = pointOnLine(scale, 0, 0.2);
    await sendMouse({ type: 'move', position: start });
    await sendMouse({ type: 'down' });
    for (const fraction of [0.4, 0.6, 0.8]) {
      await sendMouse({ type: 'move', position: pointOnLine(scale, 0, fraction) });
      await scale.updateComplete;
      // After React has re-rendered with the state, the mark is still under the pointer.
      expect(scale.values[0]).to.be.within(fraction * 10 - 0.3, fraction * 10 + 0.3);
    }
    await sendMouse({ type: 'up' });
    await scale.updateComplete;
    expect(inputs).to.have.length(4);
    expect(changes).to.equal(1);
    expect(scale.values[0]).to.be.within(7.7, 8.3);
    expect(inputs.at(-1)).to.deep.equal(scale.values);
  });

  it('StrictMode: listeners attached once; one fit-submit per rating', async () => {
    const calls = { submit: [] as FitSubmitEvent[], input: 0, change: 0 };
    mounted.render(
      createElement(
        StrictMode,
        null,
        createElement(SrsScale, {
          submitLabel: 'Send',
          values: [null, null, null, null],
          onFitSubmit: (e: FitSubmitEvent) => calls.submit.push(e),
          onInput: () => (calls.input += 1),
          onChange: () => (calls.change += 1),
        }),
      ),
    );
    const scale = mounted.container.querySelector('srs-scale')!;
    await scale.updateComplete;
    for (const i of [0, 1, 2, 3]) await pressOn(scale, i, 'End');
    expect([calls.input, calls.change]).to.deep.equal([4, 4]);
    await clickAt(submitButton(scale));
    await clickAt(submitButton(scale));
    expect(calls.submit).to.have.length(1);
    expect(calls.submit[0]!.detail.rating.items).to.deep.equal([10, 10, 10, 10]);
  });

  it('after unmount the element calls none of the handlers it was given', async () => {
    const calls: string[] = [];
    const ref = createRef<OrsScaleElement>();
    mounted.render(
      createElement(OrsScale, {
        ref,
        submitLabel: 'Send',
        onFitSubmit: () => calls.push('fit-submit'),
        onInput: () => calls.push('input'),
        onChange: () => calls.push('change'),
      }),
    );
    const scale = ref.current!;
    await scale.updateComplete;
    mounted.unmount();
    // A host that kept the node (to show it elsewhere) and a client who then uses it.
    document.body.append(scale);
    try {
      for (const i of [0, 1, 2, 3]) await pressOn(scale, i, 'End');
      await clickAt(submitButton(scale));
      expect(scale.values).to.deep.equal([10, 10, 10, 10]);
      expect(calls).to.deep.equal([]);
    } finally {
      scale.remove();
      mounted = mount();
    }
  });
});
