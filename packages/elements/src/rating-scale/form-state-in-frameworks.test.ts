// `name`, `required`, `disabled` and `values` as React 19 and Vue 3 set them, as properties: each is
// in the form's data and validity as soon as it is set, so a host that checks validity right after
// its render (React's flushSync, Vue's post-flush watcher) sees it, not the scale's previous state.
import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createApp, h, ref, watch } from 'vue/dist/vue.esm-browser.js';
import '../ors-scale/define.js';
import type { OrsScale } from '../ors-scale/ors-scale.js';

interface ScaleProps {
  name: string;
  required: boolean;
  disabled: boolean;
  values: (number | null)[];
}

/** What the form holds and says, read at once. */
const formState = (form: HTMLFormElement) => ({ valid: form.checkValidity(), keys: [...new FormData(form)].map(([key]) => key) });

const INCOMPLETE = [4.2, null, 10, 0];
const FIRST: ScaleProps = { name: 'ors', required: false, disabled: false, values: INCOMPLETE };
const keys = (name: string, ...items: string[]) => items.map((item) => `${name}.${item}`);
const MARKED = ['individually', 'socially', 'overall'];
const ALL = ['individually', 'interpersonally', 'socially', 'overall', 'total'];
/** One property changed a render, and what the form holds right after, from FIRST on. */
const STEPS: [Partial<ScaleProps>, ReturnType<typeof formState>][] = [
  [{ required: true }, { valid: false, keys: keys('ors', ...MARKED) }],
  [{ values: [4.2, 5, 10, 0] }, { valid: true, keys: keys('ors', ...ALL) }],
  [{ values: [...INCOMPLETE] }, { valid: false, keys: keys('ors', ...MARKED) }],
  [{ name: 'intake' }, { valid: false, keys: keys('intake', ...MARKED) }],
  // A disabled control is left out of the form and of its validity.
  [{ disabled: true }, { valid: true, keys: [] }],
  [{ disabled: false }, { valid: false, keys: keys('intake', ...MARKED) }],
  [{ required: false }, { valid: true, keys: keys('intake', ...MARKED) }],
];

describe('form state as frameworks set it', () => {
  it('React 19: a property set by a render is in the form\'s state and validity right after flushSync', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const render = (props: ScaleProps) => flushSync(() => root.render(createElement('form', null, createElement('ors-scale', props))));
    try {
      render(FIRST);
      const form = container.querySelector('form')!;
      const scale = form.querySelector('ors-scale') as OrsScale;
      expect(scale.values).to.deep.equal(INCOMPLETE);
      let props = FIRST;
      for (const [change, expected] of STEPS) {
        render((props = { ...props, ...change }));
        expect(formState(form), JSON.stringify(change)).to.deep.equal(expected);
      }
      await scale.updateComplete;
    } finally {
      flushSync(() => root.unmount());
      container.remove();
    }
  });

  it('Vue 3: a property set by a render is in the form\'s state and validity in a post-flush watcher', async () => {
    const props = ref<ScaleProps>(FIRST);
    const seen: ReturnType<typeof formState>[] = [];
    const container = document.createElement('div');
    document.body.append(container);
    const app = createApp({
      setup() {
        const form = ref<HTMLFormElement>();
        // Runs right after Vue patched the DOM, before any later task or microtask of the scale's.
        watch(props, () => seen.push(formState(form.value!)), { flush: 'post' });
        return () => h('form', { ref: form }, [h('ors-scale', props.value)]);
      },
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag === 'ors-scale';
    app.mount(container);
    try {
      const scale = container.querySelector('ors-scale') as OrsScale;
      expect(scale.values).to.deep.equal(INCOMPLETE);
      const expected: ReturnType<typeof formState>[] = [];
      for (const [change, state] of STEPS) {
        props.value = { ...props.value, ...change };
        expected.push(state);
        await new Promise((resolve) => setTimeout(resolve));
      }
      expect(seen).to.deep.equal(expected);
    } finally {
      app.unmount();
      container.remove();
    }
  });
});
