// uPlot loads only when a full-size chart draws: a page that shows only scales, or only compact
// charts (sparklines), never downloads it, and a page whose language uPlot cannot read (WebKit under
// a C locale reports "C", on which uPlot's module throws as it loads) keeps its scales and compact
// charts, and its full charts say why they cannot draw.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../define.js';
import type { FitChart } from './fit-chart.js';
import type { OrsScale } from '../ors-scale/ors-scale.js';
import { EPISODE, painted, paintedPixels, plotCanvas } from './chart-test-helpers.js';

/** Requests for uPlot's own module (not this package's modules about it). */
const uplotRequests = (win: Window) => win.performance.getEntriesByType('resource').filter((entry) => /\/uplot\/dist\//i.test(entry.name));

/**
 * A frame whose page reports the language `lang`, as WebKit does under LANG=C, then loads every tag
 * from the same module the test page loads.
 */
async function frameInLanguage(lang: string): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 700px; height: 500px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const define = new URL('../define.ts', import.meta.url).pathname;
  frame.srcdoc = `<!doctype html><html lang="en"><body>
<script>Object.defineProperty(Navigator.prototype, 'language', { get: () => ${JSON.stringify(lang)} });</script>
<script type="module" src="${define}"></script></body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Window & typeof globalThis;
}

describe('uPlot on demand', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('a page of scales loads no uPlot; the first chart that draws loads it', async () => {
    const scale = await fixture<OrsScale>(html`<ors-scale></ors-scale>`);
    await scale.updateComplete;
    // A chart waiting for ratings in a list that is still empty does not load it either.
    const empty = await fixture<FitChart>(html`<fit-chart compact style="position: absolute; top: 5000px"></fit-chart>`);
    await painted(empty);
    expect(uplotRequests(window), 'uPlot requested by a page of scales').to.deep.equal([]);

    const chart = await fixture<FitChart>(html`<fit-chart style="width: 600px" .ratings=${EPISODE}></fit-chart>`);
    await painted(chart);
    expect(plotCanvas(chart)).to.exist;
    expect(uplotRequests(window)).to.have.length(1);
  });

  it('a caseload page of compact charts draws them all without uPlot, even under a language uPlot cannot read', async () => {
    const win = await frameInLanguage('C');
    await win.customElements.whenDefined('fit-chart');
    const charts = Array.from({ length: 5 }, () => {
      const chart = win.document.createElement('fit-chart') as FitChart;
      chart.compact = true;
      chart.ratings = EPISODE;
      win.document.body.append(chart);
      return chart;
    });
    for (let frames = 0; frames < 120 && !charts.every((c) => plotCanvas(c)); frames++) await nextFrame();
    expect(charts.every((c) => plotCanvas(c) && paintedPixels(plotCanvas(c)!) > 100), 'every sparkline painted').to.equal(true);
    expect(charts.every((c) => !c.shadowRoot!.querySelector('[part~="error"]'))).to.equal(true);
    expect(uplotRequests(win), 'uPlot requested by a page of compact charts').to.deep.equal([]);
  });

  it('under a language uPlot cannot read, the scales still work and the chart says it cannot draw', async () => {
    const win = await frameInLanguage('C');
    expect(win.navigator.language).to.equal('C');
    expect(() => new win.Intl.NumberFormat(win.navigator.language), 'uPlot\'s module throws here').to.throw(/language|locale/i);
    await Promise.all(['ors-scale', 'srs-scale', 'fit-chart'].map((tag) => win.customElements.whenDefined(tag)));

    const scale = win.document.createElement('ors-scale') as OrsScale;
    win.document.body.append(scale);
    await scale.updateComplete;
    scale.values = [1, 2, 3, 4];
    expect(scale.total).to.equal(10);
    expect(scale.shadowRoot!.querySelectorAll('[role="slider"]')).to.have.length(4);

    const chart = win.document.createElement('fit-chart') as FitChart;
    chart.ratings = EPISODE;
    chart.style.width = '600px';
    win.document.body.append(chart);
    let error: Element | null = null;
    for (let frames = 0; frames < 120 && !error; frames++) {
      await nextFrame();
      error = chart.shadowRoot!.querySelector('[part~="error"]');
    }
    expect(error, 'the chart shows why it cannot draw').to.exist;
    expect(error!.getAttribute('role')).to.equal('alert');
    expect(error!.textContent).to.match(/^The chart cannot be drawn: /);
    // The data is valid: it can still be taken out.
    expect(chart.toCSV().split('\r\n').length).to.be.greaterThan(EPISODE.length);
  });
});
