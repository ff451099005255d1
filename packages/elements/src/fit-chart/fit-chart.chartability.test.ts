// A chart that explains itself and is not tedious (issue 13.5, Chartability): how to read it, the
// expected band in the table, a visible cue for the keys, a first arrow key that moves, a short
// readout announced on keys and on a pause, every alert in one list, a table sorted by session and
// downloaded from the element, text at the user's font size, 24 px buttons in the page's font, no
// label clipped at 320 px, and button names with their spaces.
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { ILLUSTRATIVE_TRAJECTORY, expectedScore, summarizeEpisode } from '@fitline/core';
import type { Rating } from '@fitline/core';
import './define.js';
import type { FitChart } from './fit-chart.js';
import { EPISODE, WITH_ALERTS, ors, painted, paintedTexts, plotArea, plotCanvas, srs } from './chart-test-helpers.js';

const $ = (el: FitChart, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: FitChart, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const words = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const status = (el: FitChart) => words($(el, '[role="status"]'));
const readout = (el: FitChart) => words($(el, '.readout'));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function chart(ratings: Rating[], extra: { trajectory?: typeof ILLUSTRATIVE_TRAJECTORY; style?: string } = {}): Promise<FitChart> {
  const el = await fixture<FitChart>(html`<fit-chart style=${extra.style ?? 'width: 640px'} .ratings=${ratings} .trajectory=${extra.trajectory}></fit-chart>`);
  await painted(el);
  return el;
}

async function press(el: FitChart, target: HTMLElement, key: string): Promise<void> {
  target.focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<fit-chart> explains itself', () => {
  it('says how to read it, one keypress from the plot: which way is better, the cutoffs, the band and the flags', async () => {
    const el = await chart(WITH_ALERTS, { trajectory: ILLUSTRATIVE_TRAJECTORY });
    const how = $(el, 'details.how');
    expect(words(how.querySelector('summary')!)).to.equal('How to read this chart');
    expect((how as HTMLDetailsElement).open).to.equal(false);
    await press(el, how.querySelector('summary')!, 'Enter');
    expect((how as HTMLDetailsElement).open).to.equal(true);
    const lines = [...how.querySelectorAll('li')].map(words);
    expect(lines[0]).to.contain('higher is better');
    expect(lines).to.include('The dashed line at 25 is the clinical cutoff: outcome totals below it are typical of people who seek help.');
    expect(lines.some((l) => l.startsWith('The dotted line at 36 is the alliance cutoff'))).to.equal(true);
    expect(lines.some((l) => l.startsWith('The shaded band is the range expected'))).to.equal(true);
    expect(lines.some((l) => l.startsWith('A triangle above a session marks an alert'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says only what this chart draws: no band and no flags, no sentence about them', async () => {
    const el = await chart([ors(1, [5, 5, 5, 5]), ors(2, [5.5, 5.5, 5.5, 5.5])]);
    const lines = $$(el, 'details.how li').map(words);
    // Which way is better, the cutoff, and what a reliable change is.
    expect(lines).to.have.length(3);
    expect(lines.join(' ')).not.to.contain('band').and.not.to.contain('On track').and.not.to.contain('triangle').and.not.to.contain('alliance cutoff');
  });

  it('reads outcome and alliance on one total axis, not two', async () => {
    let el: FitChart | undefined;
    const texts = await paintedTexts(async () => (el = await chart(EPISODE)));
    expect(el!.shadowRoot!.querySelectorAll('.u-axis')).to.have.length(2);
    expect([...texts.keys()].filter((t) => /total/i.test(t))).to.deep.equal(['Total (0 to 40)']);
  });

  it('gives the expected band and "below the band" as columns of the data table', async () => {
    const flat = [1, 2, 3, 4, 5, 6].map((n) => ors(n, [4.3, 4.3, 4.3, 4.4]));
    const el = await chart([...flat, srs(1, [9, 9, 9, 9])], { trajectory: ILLUSTRATIVE_TRAJECTORY });
    await press(el, $(el, '.actions button'), 'Enter');
    const heads = $$(el, 'thead th').map(words);
    expect(heads.slice(-2)).to.deep.equal(['Expected range', 'Below the band']);
    const rows = $$(el, 'tbody tr').map((tr) => [...tr.children].map(words));
    for (const row of rows.filter((r) => r[2] === 'ORS')) {
      const session = Number(row[0]);
      const band = session === 1 ? { lower: 17.3, upper: 17.3 } : expectedScore(ILLUSTRATIVE_TRAJECTORY, 17.3, session);
      expect(row.slice(-2)).to.deep.equal([`${band.lower.toFixed(1)} to ${band.upper.toFixed(1)}`, 17.3 < Math.round(band.lower * 10) / 10 - 1e-9 ? 'yes' : 'no']);
    }
    expect(rows.filter((r) => r[11] === 'yes').length, 'a flat course falls below the band').to.be.greaterThan(0);
    // The band is about the client's outcome: an SRS row has no band.
    expect(rows.find((r) => r[2] === 'SRS')!.slice(-2)).to.deep.equal(['', '']);
    await expect(el).to.be.accessible();
  });
});

describe('<fit-chart> by keyboard and pointer, without tedium', () => {
  it('shows a visible cue that the plot takes the arrow keys', async () => {
    const el = await chart(EPISODE);
    const hint = $(el, '[part="hint"]');
    expect(words(hint)).to.equal('On the chart, the arrow keys, Home and End move between sessions.');
    expect(hint.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(getComputedStyle(hint).visibility).to.equal('visible');
  });

  it('moves on the first arrow key, and announces the session in a short form', async () => {
    const el = await chart(EPISODE);
    await press(el, $(el, '.plot'), 'ArrowLeft');
    expect(readout(el)).to.match(/^Session 5, /);
    expect(status(el)).to.equal('Session 5: ORS (outcome) 22.0, SRS (alliance) 39.2.');
    // The full readout is on screen, not announced: only the short form is live.
    expect($(el, '.readout').hasAttribute('role')).to.equal(false);
    expect($(el, '.readout').hasAttribute('aria-live')).to.equal(false);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(status(el)).to.equal('Session 6: ORS (outcome) 24.1, SRS (alliance) 39.4.');
  });

  it('says how many alerts a session has in its short form', async () => {
    const el = await chart(WITH_ALERTS);
    await press(el, $(el, '.plot'), 'End');
    const count = summarizeEpisode(WITH_ALERTS).alerts.length;
    expect(count).to.equal(4);
    expect(status(el)).to.equal(`Session 6: ORS (outcome) 24.1, SRS (alliance) 30.0. ${count} alerts.`);
  });

  it('announces nothing while the pointer sweeps, and the session once it rests', async () => {
    const el = await chart(EPISODE);
    const canvas = plotCanvas(el)!.getBoundingClientRect();
    const area = plotArea(el);
    const at = (session: number): [number, number] => [Math.round(canvas.left + area.left + (area.width * (session - 0.5)) / 6), Math.round(canvas.top + area.top + area.height / 2)];
    for (const session of [1, 2, 3]) await sendMouse({ type: 'move', position: at(session) });
    await el.updateComplete;
    expect(readout(el), 'the readout follows the pointer').to.match(/^Session 3, /);
    expect(status(el), 'nothing announced mid-sweep').to.equal('');
    await pause(900);
    await el.updateComplete;
    expect(status(el)).to.equal('Session 3: ORS (outcome) 19.5, SRS (alliance) 38.0.');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('lists every alert of the episode in one place, with its session and prompt, wherever the cursor is', async () => {
    const el = await chart(WITH_ALERTS);
    await press(el, $(el, '.plot'), 'Home');
    expect(readout(el), 'the session under the cursor has none').not.to.contain('Alert');
    const alerts = summarizeEpisode(WITH_ALERTS).alerts;
    const list = $(el, 'details.alerts');
    expect(words(list.querySelector('summary')!)).to.equal(`All alerts of this episode (${alerts.length})`);
    await press(el, list.querySelector('summary')!, 'Enter');
    const items = [...list.querySelectorAll('li')].map(words);
    expect(items).to.have.length(alerts.length);
    alerts.forEach((alert, i) => {
      expect(items[i]).to.contain(`Session ${alert.session}: `).and.contain(alert.message).and.contain(`Prompt: ${alert.prompt}`);
    });
    await expect(el).to.be.accessible();
  });

  it('sorts the table by session from its head, and says the order', async () => {
    const el = await chart(EPISODE);
    await press(el, $(el, '.actions button'), 'Enter');
    const head = $(el, 'thead th');
    const sessions = () => $$(el, 'tbody tr').map((tr) => words(tr.children[0]!));
    expect(head.getAttribute('aria-sort')).to.equal('ascending');
    expect(sessions()[0]).to.equal('1');
    await press(el, head.querySelector('button')!, 'Enter');
    expect(head.getAttribute('aria-sort')).to.equal('descending');
    expect(sessions().slice(0, 2)).to.deep.equal(['6', '6']);
    expect(sessions().at(-1)).to.equal('1');
    await press(el, head.querySelector('button')!, ' ');
    expect(head.getAttribute('aria-sort')).to.equal('ascending');
    await expect(el).to.be.accessible();
  });

  it('forgives every interaction: each control undoes itself, and nothing changes the ratings it was given', async () => {
    const given = structuredClone(WITH_ALERTS);
    const el = await chart(WITH_ALERTS);
    const before = { summary: words($(el, '.summary')), readout: readout(el) };
    const buttons = () => $$(el, '.actions button').filter((b) => b.hasAttribute('aria-expanded'));
    for (const button of buttons()) {
      await press(el, button, 'Enter');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await press(el, button, 'Enter');
      expect(button.getAttribute('aria-expanded'), 'a second press undoes the first').to.equal('false');
    }
    const plot = $(el, '.plot');
    await press(el, plot, 'Home');
    await press(el, plot, 'End');
    expect(readout(el), 'End returns to the latest session').to.equal(before.readout);
    expect(words($(el, '.summary'))).to.equal(before.summary);
    expect(WITH_ALERTS, 'the ratings the host gave').to.deep.equal(given);
  });

  it('downloads its data as CSV from inside the element, made on this device', async () => {
    const el = await chart(EPISODE);
    const saved: { name: string; text: Promise<string> }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    // Where the browser would save the file: read the link it was given instead.
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, text: fetch(this.href).then((r) => r.text()) });
    };
    try {
      const button = $$(el, '.actions button').find((b) => words(b) === 'Download data (CSV)')!;
      await press(el, button, 'Enter');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved.map((s) => s.name)).to.deep.equal(['ratings.csv']);
    expect(await saved[0]!.text).to.equal(el.toCSV());
  });
});

describe('<fit-chart> at the user\'s text size and width', () => {
  /** The font the canvas writes `text` in while the chart paints. */
  const fontOf = async (text: string, style: string) => (await paintedTexts(() => chart(EPISODE, { style }))).get(text) ?? '(not painted)';

  it('writes axis titles and cutoff labels at the font size the user chose', async () => {
    expect(await fontOf('Total (0 to 40)', 'width: 640px')).to.match(/^14px /);
    expect(await fontOf('Total (0 to 40)', 'width: 640px; font-size: 32px')).to.match(/^28px /);
    expect(await fontOf('Cutoff 25', 'width: 640px')).to.match(/^12px /);
    expect(await fontOf('Cutoff 25', 'width: 640px; font-size: 32px')).to.match(/^24px /);
  });

  it('has buttons of at least 24 by 24 CSS px in the chart\'s own font, not the browser\'s small button font', async () => {
    // A small page font, set the documented way: the buttons follow it and still keep 24 px.
    const el = await chart(WITH_ALERTS, { style: 'width: 640px; --fit-font-family: Georgia, serif; --fit-font-size: 12px' });
    await press(el, $(el, '.actions button'), 'Enter');
    const targets = [...$$(el, 'button'), ...$$(el, 'summary')];
    expect(targets.length).to.be.greaterThan(4);
    for (const target of targets) {
      const { width, height } = target.getBoundingClientRect();
      expect(Math.min(width, height), words(target)).to.be.at.least(24);
      expect(getComputedStyle(target).fontFamily, words(target)).to.equal('Georgia, serif');
      expect(getComputedStyle(target).fontSize, words(target)).to.equal('12px');
    }
  });

  it('clips no label at 320 px', async () => {
    // A 320 px viewport where the runner can set one (Chromium, Firefox; not WebKit over WebDriver): else the chart in a 320 px box, which is all its layout reads.
    const viewport = /Chrome\/|Firefox\//.test(navigator.userAgent);
    if (viewport) await setViewport({ width: 320, height: 640 });
    try {
      const el = await chart(WITH_ALERTS, { style: viewport ? 'width: 100%' : 'width: 320px', trajectory: ILLUSTRATIVE_TRAJECTORY });
      const frame = el.getBoundingClientRect();
      expect(frame.width).to.be.at.most(320);
      for (const summary of $$(el, 'summary')) await press(el, summary, 'Enter');
      await press(el, $(el, '.actions button'), 'Enter');
      // Every text on screen (a hidden list of prompts is not), but the table's, which scrolls.
      const texts = $$(el, 'p, li, button, summary, caption').filter((t) => t.getClientRects().length > 0 && !t.closest('.table-wrap') && !t.classList.contains('announce'));
      expect(texts.length).to.be.greaterThan(10);
      for (const text of texts) {
        const box = text.getBoundingClientRect();
        expect(text.scrollWidth, words(text)).to.be.at.most(text.clientWidth + 1);
        expect(box.right, words(text)).to.be.at.most(frame.right + 0.5);
        expect(box.left, words(text)).to.be.at.least(frame.left - 0.5);
      }
      // The table is wider than the screen: it scrolls inside its own box, which takes focus, rather than clipping.
      const wrap = $(el, '.table-wrap');
      expect(wrap.getBoundingClientRect().right).to.be.at.most(frame.right + 0.5);
      expect(getComputedStyle(wrap).overflowX).to.equal('auto');
      await expect(el).to.be.accessible();
    } finally {
      if (viewport) await setViewport({ width: 800, height: 600 });
    }
  });

  it('names its buttons with their spaces, on screen and in the accessibility tree (Chromium)', async () => {
    const el = await chart(WITH_ALERTS);
    const names = ['Show data table', 'Show conversation prompts', 'Download data (CSV)'];
    expect($$(el, '.actions button').map(words)).to.deep.equal(names);
    if (navigator.userAgent.includes('Chrome/')) {
      interface AxNode {
        role: string;
        name?: string;
        children?: AxNode[];
      }
      const flat = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flat)];
      const buttons = flat((await a11ySnapshot({})) as unknown as AxNode).filter((n) => n.role === 'button').map((n) => n.name);
      expect(buttons).to.include.members(names);
    }
  });
});
