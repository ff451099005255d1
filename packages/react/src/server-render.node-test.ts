// The components on a server (Node, no DOM): importing them must not crash, and rendering gives the
// tags for the browser to upgrade; properties and listeners are set there, after hydration.
import { expect } from 'chai';
import { describe, it } from 'mocha';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { FitChart, OrsScale, SrsScale } from './index.js';

describe('@fitline/react on a server', () => {
  it('imports and renders with no window or document', () => {
    expect(typeof (globalThis as { window?: unknown }).window).to.equal('undefined');
    expect(typeof (globalThis as { document?: unknown }).document).to.equal('undefined');
    const html = renderToString(
      createElement(
        'div',
        null,
        createElement(OrsScale, { values: [1, 2, 3, 4], submitLabel: 'Send', onFitSubmit: () => undefined }),
        createElement(SrsScale, { id: 'srs' }),
        createElement(FitChart, { ratings: [] }),
      ),
    );
    expect(html).to.equal('<div><ors-scale></ors-scale><srs-scale id="srs"></srs-scale><fit-chart></fit-chart></div>');
  });
});
