/**
 * Vue 3 with the custom elements: the session of the React example, written as a Vue template.
 * `isCustomElement` tells Vue's template compiler the three tags are not Vue components; Vue then
 * sets `:ratings` as a property (the element has one) and `submit-label` as an attribute, and
 * `@fit-submit` listens to the element's event by its exact name.
 */
import { createApp, shallowRef } from 'vue/dist/vue.esm-browser.js';
import type { Rating } from '@fitline/core';
import type { FitSubmitEvent } from '@fitline/elements';
import '@fitline/elements/define.js';

const TAGS = new Set(['ors-scale', 'srs-scale', 'fit-chart']);
const opened = (ratings: Rating[]) => ratings.filter((r) => r.instrument === 'ors').length;

const app = createApp({
  setup() {
    // A shallow ref holding a new array per rating: the chart gets a plain array (not Vue's
    // reactive proxy of one) and redraws because the array is a different one.
    const ratings = shallowRef<Rating[]>([]);
    const marked = shallowRef(0);
    return {
      ratings,
      marked,
      countMarks: (e: Event) => (marked.value = (e.target as HTMLElement & { values: (number | null)[] }).values.filter((v) => v !== null).length),
      addOutcome: (e: FitSubmitEvent) => (ratings.value = [...ratings.value, { ...e.detail.rating, session: opened(ratings.value) + 1 }]),
      addAlliance: (e: FitSubmitEvent) => (ratings.value = [...ratings.value, { ...e.detail.rating, session: Math.max(1, opened(ratings.value)) }]),
    };
  },
  template: `
    <section class="panel" aria-labelledby="vue-title">
      <h2 id="vue-title">Today's session</h2>
      <ors-scale submit-label="Add to chart" @change="countMarks" @fit-submit="addOutcome"></ors-scale>
      <p role="status">{{ marked }} of 4 lines marked</p>
      <srs-scale submit-label="Add to chart" @fit-submit="addAlliance"></srs-scale>
      <fit-chart :ratings="ratings"></fit-chart>
    </section>`,
});
app.config.compilerOptions.isCustomElement = (tag: string) => TAGS.has(tag);
app.mount('#app');
