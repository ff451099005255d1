// <FitChart> rendered by React: the `ratings` prop reaches the chart and what it shows, a new array
// redraws it, and `compact` switches it to the inline chart.
import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import type { Rating } from '@fitline/core';
import { FitChart } from './index.js';
import { mount } from './react-test-helpers.js';
import type { Mounted } from './react-test-helpers.js';

const INTAKE: Rating = { instrument: 'ors', items: [4.2, 5.1, 3.3, 4.7], date: '2026-01-05', session: 1 };
const LATER: Rating = { instrument: 'ors', items: [6.1, 6, 6, 6], date: '2026-01-12', session: 2 };

const summaryOf = (chart: Element) => chart.shadowRoot!.querySelector('[part="summary"]')!.textContent!.trim();

describe('@fitline/react <FitChart>', () => {
  let mounted: Mounted;
  beforeEach(() => {
    mounted = mount();
  });
  afterEach(() => mounted.unmount());

  it('shows the ratings it is given, and redraws for a new array', async () => {
    const first = [INTAKE];
    mounted.render(createElement(FitChart, { ratings: first }));
    const chart = mounted.container.querySelector('fit-chart')!;
    await chart.updateComplete;
    expect(chart.ratings).to.equal(first);
    expect(summaryOf(chart)).to.equal('Intake 17.3 at session 1, below the cutoff of 25; no change to show yet.');

    mounted.render(createElement(FitChart, { ratings: [INTAKE, LATER] }));
    await chart.updateComplete;
    expect(summaryOf(chart)).to.equal('Intake 17.3, latest 24.1 at session 2: reliable improvement, not yet above the cutoff of 25.');
    expect(chart.toCSV().trim().split(/\r?\n/)).to.have.length(3);
  });

  it('compact: the inline chart, named by its summary', async () => {
    mounted.render(createElement(FitChart, { ratings: [INTAKE, LATER], compact: true }));
    const chart = mounted.container.querySelector('fit-chart')!;
    await chart.updateComplete;
    expect(chart.hasAttribute('compact')).to.equal(true);
    const picture = chart.shadowRoot!.querySelector('[part="base"]')!;
    expect(picture.getAttribute('role')).to.equal('img');
    expect(picture.getAttribute('aria-label')).to.equal('Intake 17.3, latest 24.1 at session 2: reliable improvement, not yet above the cutoff of 25.');
  });

  it('a parent that stops passing `ratings` gets an empty chart, not an error', async () => {
    mounted.render(createElement(FitChart, { ratings: [INTAKE, LATER] }));
    const chart = mounted.container.querySelector('fit-chart')!;
    await chart.updateComplete;
    mounted.render(createElement(FitChart, {}));
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(summaryOf(chart)).to.equal('No ratings yet.');
  });
});
