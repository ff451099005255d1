// The Vue example, used as a person would: mark the ORS lines (keys) and watch the count, add it to
// the chart (twice: it is added once), then the SRS (clicks); the chart, which Vue gives the
// ratings as a property, shows both.
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { clickIn, openExample, removeFrames, summaryOf, totalOf } from '../example-frame-test-helpers.js';
import type { ChartElement, ScaleElement } from '../example-frame-test-helpers.js';

type Scale = ScaleElement;
type Chart = ChartElement;


describe('the Vue example', () => {
  afterEach(async () => {
    removeFrames();
    await resetMouse();
  });

  it('an ORS, then an SRS, each added to the chart once', async () => {
    const { frame, doc } = await openExample('/examples/vue/index.html', ['ors-scale', 'srs-scale', 'fit-chart']);
    await waitUntil(() => doc.querySelector('section fit-chart'), 'Vue rendered the session');
    const [ors, srs, chart, status] = ['ors-scale', 'srs-scale', 'fit-chart', '[role="status"]'].map((s) => doc.querySelector(s)!) as [Scale, Scale, Chart, HTMLElement];
    expect(status.textContent).to.equal('0 of 4 lines marked');
    expect(summaryOf(chart)).to.equal('No ratings yet.');

    for (const slider of ors.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]')) {
      slider.scrollIntoView({ block: 'center' });
      slider.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'PageDown' });
    }
    await waitUntil(() => status.textContent === '4 of 4 lines marked', 'the count follows the marks');
    expect(ors.values).to.deep.equal([9, 9, 9, 9]);

    const addOrs = ors.shadowRoot!.querySelector('button')!;
    await clickIn(frame, addOrs);
    await clickIn(frame, addOrs);
    await waitUntil(() => summaryOf(chart).startsWith('Intake'), 'the chart shows the ORS');
    expect(summaryOf(chart)).to.equal('Intake 36.0 at session 1, at or above the cutoff of 25; no change to show yet.');

    for (const line of srs.shadowRoot!.querySelectorAll('[part="line"]')) await clickIn(frame, line, 0.99);
    await clickIn(frame, srs.shadowRoot!.querySelector('button')!);
    await waitUntil(() => summaryOf(chart).includes('Latest alliance'), 'the chart shows the SRS');
    expect(srs.values.every((v) => v! >= 9.5)).to.equal(true);
    expect(summaryOf(chart)).to.contain(`Latest alliance ${totalOf(srs)}, at or above the alliance cutoff of 36.`);
    expect(chart.ratings.map((r) => [r.instrument, r.session])).to.deep.equal([
      ['ors', 1],
      ['srs', 1],
    ]);
  });
});
