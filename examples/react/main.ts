/** The React example's entry: both ways of writing the session, side by side. */
import { StrictMode, createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { DirectSession } from './direct.js';
import { WrappedSession } from './wrapped.js';

createRoot(document.getElementById('app')!).render(h(StrictMode, null, h('div', { className: 'grid' }, h(DirectSession), h(WrappedSession))));
