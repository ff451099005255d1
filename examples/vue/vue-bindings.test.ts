// The elements under Vue's own ways of binding, used as a person would: a reactive (proxied) array
// handed to `values` and to `ratings`, a parent that re-renders for something else, v-if toggling a
// scale whose marks the host keeps, and `@fit-submit` sent once per rating.
import { expect } from '@open-wc/testing';
import { createApp, nextTick, ref, shallowRef, toRaw } from 'vue/dist/vue.esm-browser.js';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Rating } from '@fitline/core';
import type { FitChart, FitSubmitEvent, OrsScale } from '@fitline/elements';
import '@fitline/elements/define.js';

const TAGS = new Set(['ors-scale', 'srs-scale', 'fit-chart']);
const INTAKE: Rating = { instrument: 'ors', items: [4.2, 5.1, 3.3, 4.7], date: '2026-01-05', session: 1 };
const LATER: Rating = { instrument: 'ors', items: [6.1, 6, 6, 6], date: '2026-01-12', session: 2 };

const sliders = (scale: Element) => [...scale.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]')];
// An unmarked line says so in its value text (its aria-valuenow is the minimum, never a midpoint).
const shown = (scale: Element) => sliders(scale).map((s) => (s.getAttribute('aria-valuetext') === 'not marked' ? null : s.getAttribute('aria-valuenow')));
const summaryOf = (chart: Element) => chart.shadowRoot!.querySelector('[part="summary"]')!.textContent!.trim();

async function press(scale: Element, index: number, ...keys: string[]): Promise<void> {
  sliders(scale)[index]!.focus();
  for (const key of keys) await sendKeys({ press: key });
}

async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/** Mounts a Vue app with the template, in a fresh container; returns the container and how to end it. */
function mountVue(template: string, setup: () => Record<string, unknown>) {
  const container = document.createElement('div');
  document.body.append(container);
  const app = createApp({ setup, template });
  app.config.compilerOptions.isCustomElement = (tag: string) => TAGS.has(tag);
  app.mount(container);
  return { container, unmount: () => (app.unmount(), container.remove()) };
}

describe('the elements under Vue bindings', () => {
  let unmount = () => {};
  afterEach(async () => {
    unmount();
    await resetMouse();
  });

  it('a reactive array in `values`: accepted, copied, never mutated; a re-render keeps the marks', async () => {
    const values = ref<(number | null)[]>([1, 2, 3, 4]);
    const renders = ref(0);
    const events: string[] = [];
    let mounted;
    ({ unmount, ...mounted } = mountVue(`<ors-scale show-values :values="values" :data-renders="renders" @input="note" @change="note"></ors-scale>`, () => ({
      values,
      renders,
      note: (e: Event) => events.push(e.type),
    })));
    const scale = mounted.container.querySelector('ors-scale') as OrsScale;
    await scale.updateComplete;
    expect(shown(scale)).to.deep.equal(['1', '2', '3', '4']);

    await press(scale, 0, 'End');
    renders.value += 1;
    await nextTick();
    await scale.updateComplete;
    expect(scale.dataset.renders).to.equal('1');
    expect(scale.values).to.deep.equal([10, 2, 3, 4]);
    // The host's reactive array is what it was: the element copied it.
    expect(toRaw(values.value)).to.deep.equal([1, 2, 3, 4]);
    expect(events).to.deep.equal(['input', 'change']);

    values.value = [5, null, 5, 5];
    await nextTick();
    await scale.updateComplete;
    expect(shown(scale)).to.deep.equal(['5', null, '5', '5']);
    expect(events).to.deep.equal(['input', 'change']);
  });

  it('a reactive array of ratings in `ratings`: drawn, redrawn for a new array, left as it was', async () => {
    const ratings = ref<Rating[]>([INTAKE]);
    let mounted;
    ({ unmount, ...mounted } = mountVue(`<fit-chart :ratings="ratings"></fit-chart>`, () => ({ ratings })));
    const chart = mounted.container.querySelector('fit-chart') as FitChart;
    await chart.updateComplete;
    expect(summaryOf(chart)).to.equal('Intake 17.3 at session 1, below the cutoff of 25; no change to show yet.');

    const first = toRaw(ratings.value);
    ratings.value = [...ratings.value, LATER];
    await nextTick();
    await chart.updateComplete;
    expect(summaryOf(chart)).to.equal('Intake 17.3, latest 24.1 at session 2: reliable improvement, not yet above the cutoff of 25.');
    expect(first).to.deep.equal([INTAKE]);
    expect(toRaw(ratings.value)).to.deep.equal([INTAKE, LATER]);
    expect(chart.toCSV().trim().split(/\r?\n/)).to.have.length(3);
  });

  it('v-if: a scale hidden and shown again gets back the marks the host kept, and sends once', async () => {
    const show = ref(true);
    const saved = shallowRef<(number | null)[]>([null, null, null, null]);
    const sent: Rating[] = [];
    let mounted;
    ({ unmount, ...mounted } = mountVue(
      `<ors-scale v-if="show" submit-label="Send" :values="saved" @change="keep" @fit-submit="send"></ors-scale>`,
      () => ({
        show,
        saved,
        keep: (e: Event) => (saved.value = (e.target as OrsScale).values),
        send: (e: FitSubmitEvent) => sent.push(e.detail.rating),
      }),
    ));
    let scale = mounted.container.querySelector('ors-scale') as OrsScale;
    await scale.updateComplete;
    await press(scale, 0, 'End');
    await press(scale, 1, 'Home');

    show.value = false;
    await nextTick();
    expect(mounted.container.querySelector('ors-scale')).to.equal(null);
    show.value = true;
    await nextTick();
    scale = mounted.container.querySelector('ors-scale') as OrsScale;
    await scale.updateComplete;
    expect(scale.values).to.deep.equal([10, 0, null, null]);

    await press(scale, 2, 'End');
    await press(scale, 3, 'End');
    const button = scale.shadowRoot!.querySelector('button')!;
    await click(button);
    await click(button);
    expect(sent.map((r) => r.items)).to.deep.equal([[10, 0, 10, 10]]);
  });
});
