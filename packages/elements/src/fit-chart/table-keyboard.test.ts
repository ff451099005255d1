// WCAG 2.1.1 Keyboard: the chart's data table is wider than a 640 px chart (ten columns) and scrolls
// sideways inside its wrapper. Chromium and Firefox make a scrolling box focusable on their own;
// WebKit does not, so the table itself takes focus and the arrow keys scroll its wrapper. axe checks
// the same (scrollable-region-focusable).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { FitChart } from './fit-chart.js';
import { EPISODE, painted } from './chart-test-helpers.js';

describe('the chart data table by keyboard', () => {
  it('lets a keyboard user reach and scroll the data table', async () => {
    // A control after the chart, so Tab never leaves the page.
    const host = await fixture<HTMLDivElement>(html`<div><fit-chart style="width: 640px" .ratings=${EPISODE}></fit-chart><button>after</button></div>`);
    const el = host.querySelector('fit-chart') as FitChart;
    await painted(el);
    const toggle = el.shadowRoot!.querySelector('button')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const wrap = el.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.scrollWidth, 'the table is wider than the chart').to.be.greaterThan(wrap.clientWidth);
    // Past the other actions (download, the list of alerts) to the table.
    const inTable = () => {
      const focused = el.shadowRoot!.activeElement;
      return focused === wrap || wrap.contains(focused);
    };
    for (let tabs = 0; tabs < 4 && !inTable(); tabs++) await sendKeys({ press: 'Tab' });
    expect(inTable(), 'Tab from "Hide data table" reaches the table').to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    // Keyboard scrolling may be animated: give it time to land.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(wrap.scrollLeft, 'arrow keys scroll the table').to.be.greaterThan(0);
  });

  it('passes axe with the data table shown', async () => {
    const el = await fixture<FitChart>(html`<fit-chart style="width: 640px" .ratings=${EPISODE}></fit-chart>`);
    await painted(el);
    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
