// React 19 sets a custom element's property to undefined when a parent stops passing it: a scale used
// directly (no wrapper) keeps its marks and the host's tree stays mounted.
import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import '@fitline/elements/define.js';
import type { OrsScale } from '../../packages/elements/src/ors-scale/ors-scale.js';
import { mount } from '../../packages/react/src/react-test-helpers.js';

describe('React 19, the element used directly: values no longer passed', () => {
  it('keeps the element and its marks', async () => {
    // An error thrown in React's commit would reach window: collected here, not left to mocha.
    const mochaOnError = window.onerror;
    window.onerror = null;
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => (errors.push(e.error), e.preventDefault());
    addEventListener('error', onError);
    const mounted = mount();
    try {
      mounted.render(createElement('ors-scale', { values: [1, 2, 3, 4] }));
      const scale = mounted.container.querySelector('ors-scale') as OrsScale;
      mounted.render(createElement('ors-scale', {}));
      await scale.updateComplete;
      expect(errors.map(String)).to.deep.equal([]);
      expect(mounted.container.querySelector('ors-scale')).to.equal(scale);
      expect(scale.values).to.deep.equal([1, 2, 3, 4]);
    } finally {
      removeEventListener('error', onError);
      window.onerror = mochaOnError;
      mounted.unmount();
    }
  });
});
