/**
 * A `<fit-chart>` removed before its first render leaves nothing behind: a host list that mounts and
 * unmounts charts in one task (a filter typed quickly, a virtualised list scrolled fast) must not keep
 * them for the page's life. What would keep one is its plot still watched for size by the page-wide
 * ResizeObserver after its disconnectedCallback ran; so the test watches what that observer watches.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import './define.js';
import type { FitChart } from './fit-chart.js';
import { EPISODE, painted, plotCanvas } from './chart-test-helpers.js';

/** The elements any ResizeObserver watches now, recorded through the prototype for the test's length. */
function watchObservedTargets(): { observed: Set<Element>; restore: () => void } {
  const observed = new Set<Element>();
  const { observe, unobserve } = ResizeObserver.prototype;
  ResizeObserver.prototype.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
    observed.add(target);
    observe.call(this, target, options);
  };
  ResizeObserver.prototype.unobserve = function (this: ResizeObserver, target: Element) {
    observed.delete(target);
    unobserve.call(this, target);
  };
  return { observed, restore: () => Object.assign(ResizeObserver.prototype, { observe, unobserve }) };
}

describe('a chart removed before its first render', () => {
  it('leaves nothing watched, and draws when it is put back', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width:600px"></div>`);
    const { observed, restore } = watchObservedTargets();
    try {
      const chart = document.createElement('fit-chart') as FitChart;
      chart.ratings = EPISODE;
      host.append(chart);
      chart.remove();
      await chart.updateComplete;
      await nextFrame();
      const insideChart = [...observed].filter((target) => target.getRootNode() === chart.shadowRoot);
      expect(insideChart, 'elements of the removed chart still watched').to.deep.equal([]);

      // Put back, it updates and draws as any chart does; removed again, it lets go of its plot.
      host.append(chart);
      await painted(chart);
      expect(plotCanvas(chart), 'the plot drawn once the chart is back').to.not.equal(null);
      chart.remove();
      expect([...observed].filter((target) => target.getRootNode() === chart.shadowRoot)).to.deep.equal([]);
    } finally {
      restore();
    }
  });
});
