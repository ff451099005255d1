/**
 * The same session with @fitline/react: typed components, camel-case props (`submitLabel`) and
 * events (`onFitSubmit`, `onChange`), for React 18 as well as 19.
 */
import { createElement as h, useState } from 'react';
import { FitChart, OrsScale, SrsScale } from '@fitline/react';
import { markedText, useSessionRatings } from './session-ratings.js';

export function WrappedSession() {
  const { ratings, addOutcome, addAlliance } = useSessionRatings();
  const [marked, setMarked] = useState(markedText(null));
  return h(
    'section',
    { className: 'panel', 'aria-labelledby': 'wrapped-title' },
    h('h2', { id: 'wrapped-title' }, 'With @fitline/react'),
    h(OrsScale, { submitLabel: 'Add to chart', onChange: (e) => setMarked(markedText(e.target)), onFitSubmit: (e) => addOutcome(e.detail.rating) }),
    h('p', { role: 'status', className: 'marked' }, marked),
    h(SrsScale, { submitLabel: 'Add to chart', onFitSubmit: (e) => addAlliance(e.detail.rating) }),
    h(FitChart, { ratings }),
  );
}
