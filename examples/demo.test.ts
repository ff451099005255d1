// The demo's own pages (the index, the scales, a client's chart, the caseload, the SDK), used as a
// person would: links followed, lines marked with the keys, buttons clicked, and what is on screen read
// back. Every page is watched from its first script: none may throw or write to console.error.
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { ILLUSTRATIVE_TRAJECTORY, INSTRUMENTS, summarizeCaseload, summarizeEpisode } from '@fitline/core';
import { generateCaseload } from '@fitline/core/sample';
import { axeViolations, clickIn, openWatchedExample, removeFrames, summaryOf } from './example-frame-test-helpers.js';
import type { ScaleElement } from './example-frame-test-helpers.js';

type Scale = ScaleElement & { updateComplete: Promise<unknown> };
type Chart = HTMLElement & { updateComplete: Promise<unknown>; summary: string };

const ENGLISH_NOTICE = 'Placeholder wording: register your licensed content.';

/** Presses each key in turn on the focused element. */
async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeys({ press: key });
}

/** Focuses each line of a scale and presses its keys, as a keyboard user marks a scale. */
async function markWithKeys(scale: Scale, keysPerLine: string[][]): Promise<void> {
  const lines = [...scale.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]')];
  expect(lines).to.have.length(keysPerLine.length);
  // The keys go where the browser's focus is: into the demo's frame first, so none lands elsewhere
  // while the frame takes focus (seen once in WebKit under load, one key short).
  scale.ownerDocument.defaultView!.focus();
  const frame = scale.ownerDocument.defaultView!.frameElement;
  for (const [i, line] of lines.entries()) {
    line.scrollIntoView({ block: 'center' });
    line.focus();
    // WebKit moves focus into a frame a moment later under load: a key sent before then is lost.
    await waitUntil(() => document.activeElement === frame && scale.shadowRoot!.activeElement === line, `line ${i + 1} has the keyboard focus`);
    await press(...keysPerLine[i]!);
  }
  await scale.updateComplete;
}

/** Text of the shadow parts named `part` of a scale, in order. */
const partsText = (scale: Element, part: string) => [...scale.shadowRoot!.querySelectorAll(`[part~="${part}"]`)].map((p) => p.textContent!.trim());

/** What a person sees of a scale: its title, how many lines, how many typed-entry fields. */
function describeScale(scale: Element): string {
  const root = scale.shadowRoot!;
  return `${scale.localName} ${partsText(scale, 'title')[0]}: ${root.querySelectorAll('[role="slider"]').length} lines, ${root.querySelectorAll('[part="entry"]').length} fields`;
}

/** Fails unless the text has content and none of the words a broken template leaves behind. */
function expectCleanText(text: string, what: string): void {
  expect(text.trim(), what).not.to.equal('');
  expect(text, what).not.to.match(/NaN|undefined|null|\[object/);
}

/** True when some pixel of the canvas is not fully transparent. */
function painted(canvas: HTMLCanvasElement): boolean {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
  return false;
}

describe('the demo pages', () => {
  afterEach(async () => {
    removeFrames();
    await resetMouse();
  });

  it('the watch on a page does fail: an uncaught error and a console.error are both caught', async () => {
    const { win, problems } = await openWatchedExample('/examples/index.html', []);
    expect(problems).to.deep.equal([]);
    // Run in the page's own realm, as its scripts would.
    win.eval('setTimeout(() => { throw new Error("thrown by the page") }); console.error("logged by the page")');
    await waitUntil(() => problems.length === 2, 'both problems are seen');
    expect(problems.filter((p) => p.startsWith('console.error:'))).to.deep.equal(['console.error: logged by the page']);
    const uncaught = problems.filter((p) => p.startsWith('uncaught:'));
    expect(uncaught).to.have.length(1);
    expect(uncaught[0]).to.contain('thrown by the page');
  });

  it('the axe check does fail: an image with no text alternative is reported', async () => {
    const { win, doc } = await openWatchedExample('/examples/index.html', []);
    const image = doc.createElement('img');
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    doc.querySelector('main')!.append(image);
    const violations = await axeViolations(win);
    expect(violations).to.have.length(1);
    expect(violations[0]).to.match(/^image-alt .*: img$/);
  });

  it('index: every link leads to a page that exists, and axe finds nothing', async () => {
    const { win, doc, problems } = await openWatchedExample('/examples/index.html', []);
    const links = [...doc.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).to.include.members(['The rating scales', "A client's progress", 'A caseload', 'The scoring SDK']);
    const statuses = await Promise.all(
      links.map(async (a) => {
        const response = await fetch(a.href);
        // A folder link must serve its page, not a listing or an error page.
        const html = await response.text();
        return `${a.getAttribute('href')} ${response.status} ${/^<!doctype html>/i.test(html.trimStart()) ? 'page' : 'not a page'}`;
      }),
    );
    expect(statuses).to.have.length(13);
    expect(statuses).to.deep.equal(links.map((a) => `${a.getAttribute('href')} 200 page`));
    expect(await axeViolations(win)).to.deep.equal([]);
    expect(problems).to.deep.equal([]);
  });

  it('scales: every variant and mode on screen, the saved ratings shown, the placeholder said', async () => {
    const { win, doc, problems } = await openWatchedExample('/examples/scales.html', ['ors-scale', 'srs-scale']);
    const scales = [...doc.querySelectorAll<Scale>('ors-scale, srs-scale')];
    await Promise.all(scales.map((s) => s.updateComplete));
    // Each heading's scales: the grid or form that follows it.
    const sections = [...doc.querySelectorAll('h2')].map((h2) => ({ heading: h2.textContent, scales: [...h2.nextElementSibling!.querySelectorAll('ors-scale, srs-scale')].map(describeScale) }));
    expect(sections).to.deep.equal([
      {
        heading: 'Client mode: the four variants of each scale',
        scales: [
          'ors-scale ORS (placeholder): 4 lines, 0 fields',
          'ors-scale CORS (placeholder): 4 lines, 0 fields',
          'ors-scale YCORS (placeholder): 4 lines, 0 fields',
          'srs-scale SRS (placeholder): 4 lines, 0 fields',
          'srs-scale CSRS (placeholder): 4 lines, 0 fields',
          'srs-scale YCSRS (placeholder): 4 lines, 0 fields',
          'srs-scale GSRS (placeholder): 4 lines, 0 fields',
          'srs-scale SRS (placeholder): 4 lines, 0 fields',
        ],
      },
      {
        heading: 'Clinician entry and review',
        scales: [
          'ors-scale ORS (placeholder): 4 lines, 4 fields',
          'ors-scale ORS (placeholder): 0 lines, 1 fields',
          'ors-scale ORS (placeholder): 4 lines, 0 fields',
          'srs-scale CSRS (placeholder): 4 lines, 0 fields',
          'ors-scale ORS (placeholder): 0 lines, 1 fields',
        ],
      },
      { heading: 'Inside a form', scales: ['ors-scale ORS (placeholder): 4 lines, 0 fields'] },
      {
        heading: 'Other languages and states',
        scales: ['ors-scale ORS (placeholder): 4 lines, 0 fields', 'srs-scale SRS (placeholder): 4 lines, 0 fields', 'srs-scale SRS (placeholder): 4 lines, 0 fields', 'ors-scale ORS (placeholder): 4 lines, 0 fields'],
      },
    ]);
    for (const scale of scales) {
      const box = scale.getBoundingClientRect();
      expect(box.width * box.height, describeScale(scale)).to.be.greaterThan(0);
    }

    // The young children's variants show faces at the ends of their lines; the others do not.
    const withFaces = scales.filter((s) => s.shadowRoot!.querySelectorAll('[part="face"]').length === 8).map((s) => partsText(s, 'title')[0]);
    expect(withFaces).to.deep.equal(['CORS (placeholder)', 'YCORS (placeholder)', 'CSRS (placeholder)', 'YCSRS (placeholder)', 'CSRS (placeholder)']);

    // The saved ratings, as loaded by the page.
    const byId = (id: string) => doc.getElementById(id) as Scale;
    expect(partsText(byId('review-ors'), 'value')).to.deep.equal(['4.2', '5.5', '6.1', '4.8']);
    expect(partsText(byId('review-ors'), 'total')).to.deep.equal(['Total: 20.6']);
    expect(partsText(byId('review-csrs'), 'value')).to.deep.equal(['9.1', '8.7', '9.5', '9.0']);
    expect(partsText(byId('review-csrs'), 'total')).to.deep.equal(['Total: 36.3']);
    const phoned = byId('review-total').shadowRoot!.querySelector<HTMLInputElement>('[part="entry"]')!;
    expect(phoned.value).to.equal('23.4');
    expect(phoned.readOnly).to.equal(true);
    expect(partsText(byId('readonly'), 'value')).to.deep.equal(['3.3', '7.5', '5.0', '6.2']);

    // Every scale says its wording is a placeholder, in the page's language where there is one.
    for (const scale of scales) {
      const notice = scale.shadowRoot!.querySelector('[part="notice"]');
      expect(notice?.getBoundingClientRect().height, `the notice of ${describeScale(scale)}`).to.be.greaterThan(0);
    }
    const noticeIn = (lang: string) => partsText(doc.querySelector(`section[lang="${lang}"] :is(ors-scale, srs-scale)`)!, 'notice')[0];
    expect(scales.filter((s) => partsText(s, 'notice')[0] === ENGLISH_NOTICE)).to.have.length(scales.length - 2);
    expect(noticeIn('de')).to.equal('Platzhaltertext: Registrieren Sie Ihre lizenzierten Inhalte.');
    expect(noticeIn('ar')).to.match(/^[\u0600-\u06ff]/);
    expect(doc.querySelector('main > .note')!.textContent).to.contain("Fitline's own placeholder text");

    expect(await axeViolations(win)).to.deep.equal([]);
    expect(problems).to.deep.equal([]);
  });

  it("scales: the form's ORS marked with the keys, then submitted and reset", async () => {
    const { frame, doc, problems } = await openWatchedExample('/examples/scales.html', ['ors-scale']);
    const form = doc.getElementById('form') as HTMLFormElement;
    const scale = form.querySelector('ors-scale') as Scale;
    const output = doc.getElementById('form-data')!;
    const submit = [...form.querySelectorAll('button')].find((b) => b.textContent === 'Submit the form')!;

    // Required and unmarked: the submit is refused, the first line says why.
    await clickIn(frame, submit);
    await scale.updateComplete;
    expect(output.textContent).to.equal('');
    expect(partsText(scale, 'message')).to.deep.equal(['Mark this line to continue.']);

    await markWithKeys(scale, [
      ['End', 'ArrowLeft'],
      ['Home', 'PageUp', 'PageUp', 'ArrowRight'],
      ['End', 'PageDown'],
      ['Home', 'ArrowUp', 'ArrowUp', 'ArrowUp'],
    ]);
    expect(scale.values).to.deep.equal([9.9, 2.1, 9, 0.3]);
    expect(partsText(scale, 'message')).to.deep.equal([]);

    await clickIn(frame, submit);
    const ids = INSTRUMENTS.ors.itemIds;
    expect(output.textContent!.split('\n')).to.deep.equal([`ors.${ids[0]} = 9.9`, `ors.${ids[1]} = 2.1`, `ors.${ids[2]} = 9`, `ors.${ids[3]} = 0.3`, 'ors.total = 21.3']);

    await clickIn(frame, [...form.querySelectorAll('button')].find((b) => b.textContent === 'Reset')!);
    expect(output.textContent).to.equal('');
    expect(scale.values).to.deep.equal([null, null, null, null]);
    expect(problems).to.deep.equal([]);
  });

  it("chart: the episode is painted, and today's ORS and SRS, marked with the keys, join it", async () => {
    const { frame, doc, problems } = await openWatchedExample('/examples/chart.html', ['fit-chart', 'ors-scale', 'srs-scale']);
    const chart = doc.getElementById('chart') as Chart;
    const ors = doc.getElementById('ors') as Scale;
    const srs = doc.getElementById('srs') as Scale;
    await chart.updateComplete;
    await waitUntil(() => chart.shadowRoot!.querySelector('canvas'), 'the plot is drawn');
    const canvas = chart.shadowRoot!.querySelector('canvas')!;
    await waitUntil(() => canvas.width > 0 && canvas.height > 0 && painted(canvas), 'the canvas has a size and something on it');

    const label = doc.getElementById('session-label')!;
    expect(label.textContent).to.equal('session 7');
    expect(summaryOf(chart)).to.match(/^Intake \d+\.\d, latest \d+\.\d at session 6: /);
    expect(summaryOf(chart)).not.to.contain('latest 21.3');

    await markWithKeys(ors, [
      ['End', 'ArrowLeft'],
      ['Home', 'PageUp', 'PageUp', 'ArrowRight'],
      ['End', 'PageDown'],
      ['Home', 'ArrowUp', 'ArrowUp', 'ArrowUp'],
    ]);
    await clickIn(frame, ors.shadowRoot!.querySelector('button')!);
    await chart.updateComplete;
    expect(summaryOf(chart)).to.match(/^Intake \d+\.\d, latest 21\.3 at session 7: /);
    // The ORS opens the session; the label moves on only when the SRS closes it.
    expect(label.textContent).to.equal('session 7');

    await markWithKeys(srs, [['End'], ['End'], ['End'], ['End', 'ArrowDown']]);
    await clickIn(frame, srs.shadowRoot!.querySelector('button')!);
    await chart.updateComplete;
    expect(summaryOf(chart)).to.contain('Latest alliance 39.9');
    expect(label.textContent).to.equal('session 8');

    // The data table, opened from its button, lists both of today's ratings at session 7.
    await clickIn(frame, [...chart.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Show data table')!);
    await chart.updateComplete;
    const rows = [...chart.shadowRoot!.querySelectorAll('[part="table"] tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    const today = rows.filter((cells) => cells[0] === '7').map((cells) => `${cells[2]} ${cells.slice(4, 9).join(' ')}`);
    expect(today).to.have.members(['ORS 9.9 2.1 9.0 0.3 21.3', 'SRS 10.0 10.0 10.0 9.9 39.9']);
    expect(problems).to.deep.equal([]);
  });

  it('caseload: the compact charts listed, the clients to see first on top, each chart named', async () => {
    const { doc, problems } = await openWatchedExample('/examples/caseload.html', ['fit-chart']);
    // The same generated clients as the page, summarised here, shared between three clinicians in turn.
    const clinicians = ['Dr Ahmed', 'Dr Berg', 'Dr Costa'];
    const summary = summarizeCaseload(generateCaseload(42, 36).map((e, i) => ({ ...e, clinician: clinicians[i % 3]! })), { groupBy: (e) => e.clinician });
    const first = summary.attention.map((a) => a.id);
    expect(first.length).to.be.within(3, 35);

    const rows = [...doc.querySelectorAll('#rows tr')].map((tr) => [...tr.querySelectorAll('td')]);
    expect(rows).to.have.length(36);
    const ids = rows.map((cells) => cells[0]!.textContent!);
    const rest = ids.slice(first.length);
    expect(ids.slice(0, first.length)).to.deep.equal(first);
    expect(rest).to.deep.equal([...rest].sort());
    // Alerts are listed for the clients on top, and for no one below them.
    expect(rows.slice(0, first.length).every((cells) => cells[4]!.textContent !== '')).to.equal(true);
    expect(rows.slice(first.length).map((cells) => cells[4]!.textContent).join('')).to.equal('');
    expect(rows[0]![4]!.textContent).to.equal(summary.attention[0]!.alerts.map((a) => a.code.replace(/-/g, ' ')).join(', '));
    expect(doc.getElementById('totals')!.textContent).to.equal(
      `36 clients: ${summary.byChangeClass.recovered} recovered, ${summary.byChangeClass.improved} improved, ${summary.byChangeClass['no-change']} no reliable change, ${summary.byChangeClass.deteriorated} deteriorated; ${first.length} need attention.`,
    );

    // The supervisor's view: a row per clinician, adding up to the whole caseload.
    const supervisor = [...doc.querySelectorAll('#by-clinician tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent!));
    expect(supervisor.map((row) => row[0])).to.deep.equal(clinicians);
    for (const row of supervisor) {
      const group = summary.groups![row[0]!]!;
      expect(row.slice(1, 7).map(Number)).to.deep.equal([group.episodes, group.measured, group.byChangeClass.recovered, group.byChangeClass.improved, group.byChangeClass['no-change'], group.byChangeClass.deteriorated]);
      expect(row[8]).to.match(new RegExp(`^${group.attention.length} \\(\\d+ critical\\)$`));
    }
    expect(supervisor.reduce((sum, row) => sum + Number(row[1]), 0)).to.equal(36);

    const charts = rows.map((cells) => cells[2]!.querySelector('fit-chart') as Chart);
    await Promise.all(charts.map((c) => c.updateComplete));
    for (const [i, chart] of charts.entries()) {
      const image = chart.shadowRoot!.querySelector('[role="img"]')!;
      const name = image.getAttribute('aria-label')!;
      expectCleanText(name, `the name of ${ids[i]}'s chart`);
      expect(name).to.equal(chart.summary);
      expect(name).to.match(/^(Intake \d+\.\d|No outcome ratings by the client yet\.|No ratings yet\.)/);
    }
    // A compact chart draws at its first layout: the top row's is on screen.
    await waitUntil(() => charts[0]!.shadowRoot!.querySelector('canvas'), 'the top chart is drawn');
    const canvas = charts[0]!.shadowRoot!.querySelector('canvas')!;
    expect(canvas.width * canvas.height).to.be.greaterThan(0);
    expect(painted(canvas)).to.equal(true);
    expect(problems).to.deep.equal([]);
  });

  it('sdk: the episode explained and the caseload report, with numbers', async () => {
    const { doc, problems } = await openWatchedExample('/examples/sdk.html', []);
    const episode = doc.getElementById('episode')!;
    const caseload = doc.getElementById('caseload')!;
    expectCleanText(episode.textContent!, 'the episode');
    expectCleanText(caseload.textContent!, 'the caseload report');

    // The same generated clients as the page, worked out here.
    const trajectory = ILLUSTRATIVE_TRAJECTORY;
    const clients = generateCaseload(2026, 120);
    const report = summarizeCaseload(clients, { trajectory });
    const shownId = episode.querySelector('p')!.textContent!.split(/[,:]/)[0];
    const example = clients.find((c) => c.id === shownId)!;
    expect(example, `the client shown, ${shownId}`).to.exist;
    const outcome = summarizeEpisode(example.ratings, { age: example.age, trajectory }).outcome!;
    expect(episode.querySelectorAll('p')[1]!.textContent).to.match(new RegExp(`^Intake ${outcome.intake.toFixed(1)}, latest ${outcome.latest.toFixed(1)} at session \\d+ `));

    const cells = (table: Element) => [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!));
    const [sessions, byClass, attention] = [episode.querySelector('table')!, ...caseload.querySelectorAll('table')].map(cells);
    expect(sessions!.length).to.be.greaterThan(1);
    for (const row of sessions!) expect(row.slice(0, 3).every((cell) => /\d/.test(cell)), row.join(' | ')).to.equal(true);

    expect(caseload.querySelector('p')!.textContent).to.match(new RegExp(`^120 episodes, ${report.measured} with at least two outcome ratings; .*effect size ${report.effectSize!.toFixed(2)}\\.$`));
    expect(byClass!.map((row) => `${row[0]} ${row[1]}`)).to.deep.equal(['recovered', 'improved', 'no-change', 'deteriorated'].map((c) => `${c.replace('-', ' ')} ${report.byChangeClass[c as 'improved']}`));
    expect(attention!.map((row) => row[0])).to.deep.equal(report.attention.slice(0, 10).map((a) => a.id));

    const csv = (doc.getElementById('csv') as HTMLTextAreaElement).value.trim().split(/\r?\n/);
    expect(csv.length).to.equal(example.ratings.length + 1);
    expect(problems).to.deep.equal([]);
  });

  it('every demo page keeps its script in a module file, none inline', async () => {
    const pages = ['index', 'scales', 'chart', 'caseload', 'sdk'];
    const scripts = await Promise.all(
      pages.map(async (page) => {
        const html = await (await fetch(`/examples/${page}.html`)).text();
        const doc = new DOMParser().parseFromString(html, 'text/html');
        // The development server adds its own reload script to every page it serves.
        const own = [...doc.querySelectorAll('script')].filter((s) => !s.getAttribute('src')?.startsWith('/__web-dev-server'));
        return own.map((s) => `${page}: ${s.getAttribute('type')} ${s.getAttribute('src')} ${s.textContent!.trim().length}`);
      }),
    );
    expect(scripts.flat()).to.deep.equal(['scales: module ./scales-demo.ts 0', 'chart: module ./chart-demo.ts 0', 'caseload: module ./caseload-demo.ts 0', 'sdk: module ./sdk-demo.ts 0']);
  });
});
