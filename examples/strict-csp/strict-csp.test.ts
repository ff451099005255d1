// The strict-CSP example, driven as a person would: rate with the keyboard and the mouse, send,
// open the chart's table, export a PNG and CSV. The page must report no Content Security Policy or
// Trusted Types violation, request nothing beyond its own files, and store nothing.
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';

type FrameWindow = Window & typeof globalThis & { cspViolations: string[] };

async function openExample(): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${innerWidth}px; height: ${innerHeight}px; border: 0; position: fixed; top: 0; left: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/examples/strict-csp/index.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await Promise.all(['ors-scale', 'srs-scale', 'fit-chart'].map((tag) => win.customElements.whenDefined(tag)));
  return { frame, win, doc: frame.contentDocument! };
}

function pointIn(frame: HTMLIFrameElement, element: Element, fraction = 0.5): [number, number] {
  element.scrollIntoView({ block: 'center' });
  const outer = frame.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  return [Math.round(outer.left + box.left + fraction * box.width), Math.round(outer.top + box.top + box.height / 2)];
}

async function storageOf(win: FrameWindow) {
  const databases = 'databases' in win.indexedDB ? (await win.indexedDB.databases()).map((d) => d.name) : [];
  return { local: Object.keys(win.localStorage), session: Object.keys(win.sessionStorage), cookie: win.document.cookie, databases };
}

describe('the strict-CSP example', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('rates, sends, charts and exports with no violation, no request and no storage', async () => {
    const { frame, win, doc } = await openExample();
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
    for (const line of srs.shadowRoot!.querySelectorAll('[part="line"]')) await sendMouse({ type: 'click', position: pointIn(frame, line, 0.95) });
    await sendMouse({ type: 'click', position: pointIn(frame, srs.shadowRoot!.querySelector('button')!) });

    const chart = doc.querySelector('fit-chart') as HTMLElement & { ratings: unknown[]; toPNG(): Promise<Blob>; toCSV(): string };
    expect(chart.ratings).to.have.length(1);
    const showTable = [...chart.shadowRoot!.querySelectorAll('button')].find((b) => /table/i.test(b.textContent ?? ''));
    expect(showTable, 'a button that shows the data table').to.exist;
    await sendMouse({ type: 'click', position: pointIn(frame, showTable!) });
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
    const { win, doc } = await openExample();
    const script = doc.createElement('script');
    expect(() => {
      script.textContent = 'window.injected = true';
    }).to.throw();
    doc.head.append(script);
    await new Promise((resolve) => win.setTimeout(resolve, 50));
    expect(win.cspViolations.join('\n')).to.contain('require-trusted-types-for');
  });
});
