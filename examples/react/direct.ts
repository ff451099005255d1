/**
 * React 19 with the custom elements themselves. React 19 sets a prop as a property when the element
 * has one (`ratings` on <fit-chart> gets the array, not a string), else as an attribute
 * (`submit-label`); a function prop named `on` + an event's exact name listens to that event
 * (`onfit-submit`), and `onChange` on a custom element listens to its `change` event.
 */
import { createElement as h, useState } from 'react';
import type { ChangeEvent } from 'react';
import '@fitline/elements/define.js';
import type { FitSubmitEvent } from '@fitline/elements';
import { markedText, useSessionRatings } from './session-ratings.js';

export function DirectSession() {
  const { ratings, addOutcome, addAlliance } = useSessionRatings();
  const [marked, setMarked] = useState(markedText(null));
  return h(
    'section',
    { className: 'panel', 'aria-labelledby': 'direct-title' },
    h('h2', { id: 'direct-title' }, 'The elements directly'),
    h('ors-scale', {
      'submit-label': 'Add to chart',
      onChange: (e: ChangeEvent<HTMLElement>) => setMarked(markedText(e.currentTarget)),
      'onfit-submit': (e: FitSubmitEvent) => addOutcome(e.detail.rating),
    }),
    h('p', { role: 'status', className: 'marked' }, marked),
    h('srs-scale', { 'submit-label': 'Add to chart', 'onfit-submit': (e: FitSubmitEvent) => addAlliance(e.detail.rating) }),
    h('fit-chart', { ratings }),
  );
}
