// WCAG 1.4.10 Reflow on the demo pages, by Fitline's standard: at 320 CSS px wide (a 1280 px window at
// 400 % zoom) a data table may scroll sideways on its own, the page may not. Each page is opened in a
// frame, narrowed to 320 px once its module has filled it, and measured; every data table sits in a
// named region that the keyboard reaches and scrolls, and axe finds nothing, scrollable regions included.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, openWatchedExample, removeFrames } from './example-frame-test-helpers.js';
import type { WatchedExample } from './example-frame-test-helpers.js';

type Updating = Element & { updateComplete: Promise<unknown> };

interface Page {
  path: string;
  tags: string[];
  /** True once the page's module has put its content on screen. */
  ready(doc: Document): boolean;
}

const PAGES: Page[] = [
  { path: '/examples/caseload.html', tags: ['fit-chart'], ready: (doc) => doc.querySelectorAll('#rows tr').length === 36 },
  { path: '/examples/ehr/caseload.html', tags: ['fit-chart'], ready: (doc) => doc.querySelectorAll('table.caseload tbody tr').length === 10 },
  // Its module reads the Bundle with fetch, after the load event.
  { path: '/examples/ehr/client.html', tags: ['fit-chart'], ready: (doc) => doc.querySelector('#read li') !== null },
  { path: '/examples/sdk.html', tags: [], ready: (doc) => doc.querySelectorAll('table').length === 3 },
  { path: '/examples/scales.html', tags: ['ors-scale', 'srs-scale'], ready: (doc) => doc.querySelector('ors-scale') !== null },
  { path: '/examples/chart.html', tags: ['fit-chart', 'ors-scale', 'srs-scale'], ready: (doc) => doc.querySelector('fit-chart') !== null },
  { path: '/examples/index.html', tags: [], ready: (doc) => doc.querySelector('main a') !== null },
  { path: '/examples/smart-on-fhir/index.html', tags: [], ready: (doc) => doc.querySelectorAll('#patients tbody tr').length > 0 },
];

const pageAt = (path: string) => PAGES.find((page) => page.path === path)!;

/** Two animation frames of the page: the charts' ResizeObservers redraw a frame after a resize. */
async function frames(win: Window): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

/** Opens a page as a person would, waits for its content, then narrows its frame to 320 CSS px and lets it settle. */
async function openAt320(page: Page): Promise<WatchedExample> {
  const opened = await openWatchedExample(page.path, page.tags);
  const { frame, win, doc } = opened;
  await waitUntil(() => page.ready(doc), `${page.path} shows its content`, { timeout: 5000 });
  frame.style.width = '320px';
  await frames(win);
  await Promise.all([...doc.querySelectorAll<Updating>(page.tags.join(',') || ':not(*)')].map((el) => el.updateComplete));
  await frames(win);
  expect(doc.documentElement.getBoundingClientRect().width, 'the frame is 320 px wide').to.be.at.most(320);
  return opened;
}

/** The text an element's aria-labelledby points at, as a screen reader would read the name. */
function labelledByText(element: Element): string {
  const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => element.ownerDocument.getElementById(id)?.textContent?.trim() ?? '').join(' ');
}

/** Each data table of the page in its region, described as a person using a screen reader would meet it. */
function describeTables(doc: Document): string[] {
  return [...doc.querySelectorAll('table')].map((table) => {
    const region = table.parentElement!;
    const how = `${region.className} role=${region.getAttribute('role')} tabindex=${region.getAttribute('tabindex')} overflow-x=${region.ownerDocument.defaultView!.getComputedStyle(region).overflowX}`;
    return `${how}: "${labelledByText(region)}"`;
  });
}

describe('the demo pages at 320 CSS px', () => {
  afterEach(() => removeFrames());

  for (const page of PAGES) {
    it(`${page.path} does not scroll sideways`, async () => {
      const { doc, problems } = await openAt320(page);
      const root = doc.documentElement;
      expect(root.scrollWidth, `page width at ${root.clientWidth} px`).to.be.at.most(root.clientWidth);
      expect(problems).to.deep.equal([]);
    });
  }

  it('caseload: the tables sit in named regions that are focusable and scroll sideways on their own', async () => {
    const { doc } = await openAt320(pageAt('/examples/caseload.html'));
    expect(describeTables(doc)).to.deep.equal([
      'table-scroll role=region tabindex=0 overflow-x=auto: "Caseload"',
      'table-scroll role=region tabindex=0 overflow-x=auto: "By clinician"',
    ]);
    // The table is wider than the page at 320 px: it is the region that scrolls, not the page.
    const region = doc.querySelector('.table-scroll')!;
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
  });

  it('EHR caseload: the table built by the page sits in a region named by the heading, and scrolls on its own', async () => {
    const { doc } = await openAt320(pageAt('/examples/ehr/caseload.html'));
    expect(describeTables(doc)).to.deep.equal(['table-scroll role=region tabindex=0 overflow-x=auto: "A caseload"']);
    const region = doc.querySelector('.table-scroll')!;
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
  });

  it("sdk: each of the three tables sits in a region named by the table's own caption", async () => {
    const { doc } = await openAt320(pageAt('/examples/sdk.html'));
    expect(describeTables(doc)).to.deep.equal([
      'table-scroll role=region tabindex=0 overflow-x=auto: "Totals by session"',
      'table-scroll role=region tabindex=0 overflow-x=auto: "Change from intake to latest (measured episodes)"',
      'table-scroll role=region tabindex=0 overflow-x=auto: "Clients to see first"',
    ]);
    // Each caption has its own id: no region is named by another table's caption.
    expect(new Set([...doc.querySelectorAll('caption')].map((c) => c.id)).size).to.equal(3);
  });

  it('caseload: Tab reaches the table region, which shows its focus, and the arrow keys scroll it', async () => {
    const { win, doc } = await openAt320(pageAt('/examples/caseload.html'));
    const region = doc.querySelector<HTMLElement>('.table-scroll')!;
    // The link before it on the page, then one Tab, as a keyboard user arrives.
    doc.querySelector<HTMLElement>('main a')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(doc.activeElement).to.equal(region);
    const focused = win.getComputedStyle(region);
    expect(`${focused.outlineStyle} ${focused.outlineWidth}`).to.equal('solid 2px');
    expect(region.scrollLeft).to.equal(0);
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => region.scrollLeft > 0, 'ArrowRight scrolls the table region');
    // The page itself stayed where it was.
    expect(doc.scrollingElement!.scrollLeft).to.equal(0);
  });

  for (const path of ['/examples/caseload.html', '/examples/ehr/caseload.html', '/examples/ehr/client.html', '/examples/sdk.html']) {
    it(`${path}: axe finds nothing at 320 px`, async () => {
      const { win } = await openAt320(pageAt(path));
      expect(await axeViolations(win)).to.deep.equal([]);
    });
  }

  it('the axe check does see a scrollable region the keyboard cannot reach', async () => {
    const { win, doc } = await openAt320(pageAt('/examples/sdk.html'));
    const region = doc.querySelector('.table-scroll')!;
    region.removeAttribute('tabindex');
    // Narrow enough that this table must scroll, so axe has a scrollable region to judge.
    doc.querySelector<HTMLElement>('#episode')!.style.width = '8rem';
    await waitUntil(() => region.scrollWidth > region.clientWidth, 'the region scrolls');
    const violations = await axeViolations(win);
    expect(violations.map((v) => v.split(' ')[0])).to.deep.equal(['scrollable-region-focusable']);
  });
});
