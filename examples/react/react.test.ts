// The React example, used as a person would, in both of its parts (the elements directly, and
// @fitline/react): mark the ORS lines, watch the count, add it to the chart (twice: it is added
// once), then the SRS; the chart, which React gives the ratings, shows both.
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { clickIn, openExample, removeFrames, summaryOf, totalOf } from '../example-frame-test-helpers.js';
import type { ChartElement, ScaleElement } from '../example-frame-test-helpers.js';

type Scale = ScaleElement;
type Chart = ChartElement;

const lines = (scale: Element) => [...scale.shadowRoot!.querySelectorAll('[part="line"]')];

async function markWithKeys(scale: Element, keys: string[]): Promise<void> {
  for (const slider of scale.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]')) {
    slider.scrollIntoView({ block: 'center' });
    slider.focus();
    for (const key of keys) await sendKeys({ press: key });
  }
}

async function markWithClicks(frame: HTMLIFrameElement, scale: Element, fraction: number): Promise<void> {
  for (const line of lines(scale)) await clickIn(frame, line, fraction);
}

describe('the React example', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;
  beforeEach(async () => {
    ({ frame, doc } = await openExample('/examples/react/index.html', ['ors-scale', 'srs-scale', 'fit-chart']));
    await waitUntil(() => doc.querySelectorAll('section fit-chart').length === 2, 'React rendered both parts');
  });
  afterEach(async () => {
    removeFrames();
    await resetMouse();
  });

  for (const [part, title, ors, srs] of [
    ['the elements directly', 'direct-title', 'keys', 'clicks'],
    ['@fitline/react', 'wrapped-title', 'clicks', 'keys'],
  ] as const) {
    it(`${part}: an ORS, then an SRS, each added to the chart once`, async () => {
      const section = doc.querySelector(`section[aria-labelledby="${title}"]`)!;
      const [orsScale, srsScale, chart, status] = ['ors-scale', 'srs-scale', 'fit-chart', '[role="status"]'].map((s) => section.querySelector(s)!) as [Scale, Scale, Chart, HTMLElement];
      expect(status.textContent).to.equal('0 of 4 lines marked');
      // Charts share slices of the main thread: the second chart on the page may render a task after React put it there.
      await waitUntil(() => summaryOf(chart) !== '', 'the chart rendered');
      expect(summaryOf(chart)).to.equal('No ratings yet.');

      // The ORS at 9 on every line, by keys (End, then Page Down) or by clicks at nine tenths.
      if (ors === 'keys') await markWithKeys(orsScale, ['End', 'PageDown']);
      else await markWithClicks(frame, orsScale, 0.9);
      await waitUntil(() => status.textContent === '4 of 4 lines marked', 'the count follows the marks');
      expect(orsScale.values.map((v) => Math.round(v! * 2) / 2)).to.deep.equal([9, 9, 9, 9]);

      const addOrs = orsScale.shadowRoot!.querySelector('button')!;
      await clickIn(frame, addOrs);
      await clickIn(frame, addOrs);
      await waitUntil(() => summaryOf(chart).startsWith('Intake'), 'the chart shows the ORS');
      expect(summaryOf(chart)).to.equal(`Intake ${totalOf(orsScale)} at session 1, at or above the cutoff of 25; no change to show yet.`);

      if (srs === 'keys') await markWithKeys(srsScale, ['End']);
      else await markWithClicks(frame, srsScale, 0.99);
      await clickIn(frame, srsScale.shadowRoot!.querySelector('button')!);
      await waitUntil(() => summaryOf(chart).includes('Latest alliance'), 'the chart shows the SRS');
      expect(srsScale.values.every((v) => v! >= 9.5)).to.equal(true);
      expect(summaryOf(chart)).to.contain(`Latest alliance ${totalOf(srsScale)}, at or above the alliance cutoff of 36.`);
      expect(chart.ratings.map((r) => [r.instrument, r.session])).to.deep.equal([
        ['ors', 1],
        ['srs', 1],
      ]);
    });
  }
});
