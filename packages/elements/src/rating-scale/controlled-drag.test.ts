// A host that holds `values` in React 19 or Vue 3 state and renders late, with the state it had
// before the drag, never pulls the mark back under the client's pointer: the drag wins until the
// button is let go, then one `change` carries the value, and the host taking it sees no jump.
// A key press is a gesture of its own: each step of the arrow key has its own `change`.
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { createElement, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createApp, h, ref } from 'vue/dist/vue.esm-browser.js';
import '../ors-scale/define.js';
import type { OrsScale } from '../ors-scale/ors-scale.js';
import { pointOnLine, slider } from './test-helpers.js';

/** The host's state before the client touches the scale. */
const START = [2, null, 7, 3];
/** How long after each `input` the host renders again, with its state unchanged (a copy of it). */
const LATE_MS = 30;
/** Where the drag goes on the first line, as fractions of it: rightwards only. */
const PATH = [0.4, 0.5, 0.6, 0.7, 0.8];

interface Host {
  scale: OrsScale;
  /** Renders the host has made so far. */
  renders(): number;
  /** The scale's values as each `change` reached the host. */
  changes: (number | null)[][];
  unmount(): void;
}

/** React 19: the values live in state, taken from each `change`; each `input` re-renders, late, from the state. */
function mountReact(): Host {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const changes: (number | null)[][] = [];
  let renders = 0;
  function Page() {
    const [values, setValues] = useState<(number | null)[]>(START);
    const scale = useRef<OrsScale>(null);
    useEffect(() => {
      const el = scale.current!;
      const onInput = () => setTimeout(() => setValues((stale) => [...stale]), LATE_MS);
      const onChange = () => {
        changes.push(el.values);
        setValues(el.values);
      };
      el.addEventListener('input', onInput);
      el.addEventListener('change', onChange);
      return () => {
        el.removeEventListener('input', onInput);
        el.removeEventListener('change', onChange);
      };
    }, []);
    renders++;
    return createElement('ors-scale', { ref: scale, values, style: { display: 'block', width: '600px' } });
  }
  flushSync(() => root.render(createElement(Page)));
  return {
    scale: container.querySelector('ors-scale') as OrsScale,
    renders: () => renders,
    changes,
    unmount: () => {
      flushSync(() => root.unmount());
      container.remove();
    },
  };
}

/** Vue 3: the same host, with the values in a ref and the listeners as `onInput` and `onChange` props. */
function mountVue(): Host {
  const container = document.createElement('div');
  document.body.append(container);
  const changes: (number | null)[][] = [];
  const values = ref<(number | null)[]>(START);
  let renders = 0;
  const app = createApp({
    setup: () => () => {
      renders++;
      return h('ors-scale', {
        values: values.value,
        style: 'display: block; width: 600px',
        onInput: () => setTimeout(() => (values.value = [...values.value]), LATE_MS),
        onChange: (e: Event) => {
          const el = e.target as OrsScale;
          changes.push(el.values);
          values.value = el.values;
        },
      });
    },
  });
  app.config.compilerOptions.isCustomElement = (tag: string) => tag === 'ors-scale';
  app.mount(container);
  return { scale: container.querySelector('ors-scale') as OrsScale, renders: () => renders, changes, unmount: () => (app.unmount(), container.remove()) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the host has rendered again since `before` (its late render), for at most a second. */
async function hostRendered(host: Host, before: number): Promise<void> {
  for (let waited = 0; host.renders() === before && waited < 1000; waited += 10) await sleep(10);
  expect(host.renders(), 'the host rendered again').to.be.above(before);
}

/** The first line's value as it is announced, 0 to 10. */
const shown = (scale: OrsScale) => Number(slider(scale, 0).getAttribute('aria-valuenow'));

/**
 * Drags the first line rightwards along PATH, letting the host's late render land after each move;
 * returns every value the line announced from the press to well after the release.
 */
async function dragUnderLateHost(host: Host): Promise<{ during: number[]; announced: number[] }> {
  const { scale } = host;
  await scale.updateComplete;
  const announced: number[] = [];
  const watch = new MutationObserver(() => announced.push(shown(scale)));
  watch.observe(slider(scale, 0), { attributeFilter: ['aria-valuenow'] });
  const during: number[] = [];
  try {
    await sendMouse({ type: 'move', position: pointOnLine(scale, 0, 0.3) });
    await sendMouse({ type: 'down' });
    for (const fraction of PATH) {
      const before = host.renders();
      await sendMouse({ type: 'move', position: pointOnLine(scale, 0, fraction) });
      await hostRendered(host, before);
      await scale.updateComplete;
      during.push(shown(scale));
    }
    await sendMouse({ type: 'up' });
    // The host takes the change, and any late render still on its way lands.
    await sleep(LATE_MS * 4);
    await scale.updateComplete;
  } finally {
    watch.disconnect();
  }
  return { during, announced };
}

async function expectDragWins(host: Host): Promise<void> {
  const { during, announced } = await dragUnderLateHost(host);
  const final = PATH.at(-1)! * 10;
  // The mark is under the pointer after each of the host's late renders (within a tenth: whole pixels).
  during.forEach((value, i) => expect(value, `after move ${i + 1}`).to.be.closeTo(PATH[i]! * 10, 0.11));
  // Never back towards where the host's state had it: the line only ever moved rightwards.
  expect(announced.every((value, i) => i === 0 || value >= announced[i - 1]!), `announced ${announced.join(', ')}`).to.equal(true);
  // One change, at the release, carrying the final value; the host took it and the mark stayed.
  expect(host.changes).to.have.length(1);
  expect(host.changes[0]![0]).to.be.closeTo(final, 0.11);
  expect(host.changes[0]!.slice(1)).to.deep.equal(START.slice(1));
  expect(host.scale.values).to.deep.equal(host.changes[0]);
  expect(shown(host.scale)).to.equal(host.changes[0]![0]);
}

/** Three presses of the right arrow on the first line: three steps, each its own `change`, kept by the host. */
async function expectKeyStepsEachChange(host: Host): Promise<void> {
  await host.scale.updateComplete;
  slider(host.scale, 0).focus();
  for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
  await sleep(LATE_MS * 4);
  await host.scale.updateComplete;
  expect(host.changes.map((values) => values[0])).to.deep.equal([2.1, 2.2, 2.3]);
  expect(shown(host.scale)).to.equal(2.3);
}

describe('values held by a framework during a drag', () => {
  let host: Host | undefined;
  afterEach(async () => {
    host?.unmount();
    host = undefined;
    await resetMouse();
  });

  for (const [framework, mount] of [['React 19', mountReact], ['Vue 3', mountVue]] as const) {
    it(`${framework}: a late render with the stale state does not pull the mark back; one change at the release`, async () => {
      host = mount();
      await expectDragWins(host);
    });

    it(`${framework}: each key press is its own change, which the host keeps`, async () => {
      host = mount();
      await expectKeyStepsEachChange(host);
    });
  }
});
