// The strict-CSP example, driven as a person would: rate with the keyboard and the mouse, send,
// open the chart's table, export a PNG and CSV. The page must report no Content Security Policy or
// Trusted Types violation, request nothing beyond its own files, and store nothing.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clickIn, openExample, removeFrames } from '../example-frame-test-helpers.js';
import type { FrameWindow } from '../example-frame-test-helpers.js';

type CspWindow = FrameWindow & { cspViolations: string[] };

const open = async () => {
  const opened = await openExample('/examples/strict-csp/index.html', ['ors-scale', 'srs-scale', 'fit-chart']);
  return { ...opened, win: opened.win as CspWindow };
};

async function storageOf(win: CspWindow) {
  const databases = 'databases' in win.indexedDB ? (await win.indexedDB.databases()).map((d) => d.name) : [];
  return { local: Object.keys(win.localStorage), session: Object.keys(win.sessionStorage), cookie: win.document.cookie, databases };
}

describe('the strict-CSP example', () => {
  afterEach(removeFrames);

  it('rates, sends, charts and exports with no violation, no request and no storage', async () => {
    const { frame, win, doc } = await open();
    const before = await storageOf(win);

    const ors = doc.querySelector('ors-scale')!;
    for (const slider of ors.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]')) {
      slider.scrollIntoView({ block: 'center' });
      slider.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'PageDown' });
    }
    expect((ors as HTMLElement & { values: number[] }).values).to.deep.equal([9, 9, 9, 9]);

    const srs = doc.querySelector('srs-scale')!;
    for (const line of srs.shadowRoot!.querySelectorAll('[part="line"]')) await clickIn(frame, line, 0.95);
    await clickIn(frame, srs.shadowRoot!.querySelector('button')!);

    const chart = doc.querySelector('fit-chart') as HTMLElement & { ratings: unknown[]; toPNG(): Promise<Blob>; toCSV(): string };
    expect(chart.ratings).to.have.length(1);
    const showTable = [...chart.shadowRoot!.querySelectorAll('button')].find((b) => /table/i.test(b.textContent ?? ''));
    expect(showTable, 'a button that shows the data table').to.exist;
    await clickIn(frame, showTable!);
    expect(chart.shadowRoot!.querySelector('table')!.getBoundingClientRect().height).to.be.greaterThan(0);
    const png = await chart.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
    expect(chart.toCSV().split('\r\n')[1]).to.match(/^,,,srs,/);

    expect(win.cspViolations).to.deep.equal([]);
    const requests = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const elsewhere = requests.filter((r) => new URL(r.name).origin !== win.location.origin);
    expect(elsewhere.map((r) => r.name)).to.deep.equal([]);
    const dataRequests = requests.filter((r) => ['fetch', 'xmlhttprequest', 'beacon'].includes(r.initiatorType));
    expect(dataRequests.map((r) => r.name)).to.deep.equal([]);
    expect(await storageOf(win)).to.deep.equal(before);
  });

  it('does report a violation when one happens (the watch can fail)', async () => {
    const { win, doc } = await open();
    const script = doc.createElement('script');
    expect(() => {
      script.textContent = 'window.injected = true';
    }).to.throw();
    doc.head.append(script);
    await new Promise((resolve) => win.setTimeout(resolve, 50));
    expect(win.cspViolations.join('\n')).to.contain('require-trusted-types-for');
  });
});
