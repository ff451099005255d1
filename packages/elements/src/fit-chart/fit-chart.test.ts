import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { summarizeEpisode } from '@fitline/core';
import type { Rating } from '@fitline/core';
import './define.js';
import type { FitChart } from './fit-chart.js';
import { EPISODE, ORS_ITEMS, ors, srs, longEpisode, painted, plotCanvas, paintedPixels, plotArea, dateOf } from './chart-test-helpers.js';

async function chart(ratings: unknown, extra: { compact?: boolean; width?: string; age?: number } = {}): Promise<FitChart> {
  const el = await fixture<FitChart>(
    html`<fit-chart style="width: ${extra.width ?? '640px'}" .ratings=${ratings as Rating[]} .age=${extra.age} ?compact=${extra.compact ?? false}></fit-chart>`,
  );
  await painted(el);
  return el;
}

const $ = (el: FitChart, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const readout = (el: FitChart) => $(el, '.readout')!.textContent!.replace(/\s+/g, ' ').trim();
const SUMMARY = 'Intake 17.3, latest 24.1 at session 6: reliable improvement, not yet above the cutoff of 25.';

describe('<fit-chart>', () => {
  describe('accessible', () => {
    it('passes axe in full size, compact and error states', async () => {
      await expect(await chart(EPISODE)).to.be.accessible();
      await expect(await chart(EPISODE, { compact: true })).to.be.accessible();
      await expect(await chart([ors(1, [10.1, 5, 5, 5])])).to.be.accessible();
    });

    it('has a focusable chart with a role, a name and the summary as its description', async () => {
      const el = await chart(EPISODE);
      const plot = $(el, '.plot')!;
      expect(plot.getAttribute('role')).to.equal('application');
      expect(plot.getAttribute('aria-label')).to.contain('Outcome and alliance');
      expect(plot.tabIndex).to.equal(0);
      expect($(el, '#' + plot.getAttribute('aria-describedby'))!.textContent).to.contain(SUMMARY);
    });

    it("marks its English text as English on a page in another language, so it is read by English rules", async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="de"><fit-chart compact></fit-chart><fit-chart></fit-chart></div>`);
      const charts = [...host.querySelectorAll<FitChart>('fit-chart')];
      for (const el of charts) {
        el.ratings = EPISODE;
        await painted(el);
        expect(el.shadowRoot!.querySelector('[part="base"]')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
      }
    });

    it('gives the legend a dash pattern or marker shape per series, not only a colour', async () => {
      const el = await chart([...EPISODE, ors(2, [3, 3, 3, 3], { rater: 'caretaker' })]);
      const items = [...el.shadowRoot!.querySelectorAll('.legend li')];
      const looks = items.slice(0, 3).map((li) => {
        const line = li.querySelector('line')!.getAttribute('stroke-dasharray') ?? 'solid';
        const points = li.querySelector('polygon')!.getAttribute('points')!.split(' ').length;
        return `${line}/${points}`;
      });
      expect(items.map((li) => li.textContent!.trim()).slice(0, 3)).to.deep.equal(['ORS (outcome)', 'ORS by caretaker', 'SRS (alliance)']);
      expect(new Set(looks).size).to.equal(3);
    });
  });

  describe('defaults and data', () => {
    it('writes the summary from the episode', async () => {
      const el = await chart(EPISODE);
      expect(el.summary.startsWith(SUMMARY)).to.equal(true);
      expect(el.summary).to.contain('Latest alliance 39.4, at or above the alliance cutoff of 36.');
      expect($(el, '.summary')!.textContent).to.equal(el.summary);
    });

    it('paints the canvas', async () => {
      const el = await chart(EPISODE);
      expect(paintedPixels(plotCanvas(el)!)).to.be.greaterThan(2000);
    });

    it('draws the cutoff line at the height of its value', async () => {
      // Totals of 10 keep the series far from the cutoff of 25.
      const el = await chart([1, 2, 3, 4].map((s) => ors(s, [2.5, 2.5, 2.5, 2.5])));
      const canvas = plotCanvas(el)!;
      const area = plotArea(el);
      const dpr = canvas.width / canvas.getBoundingClientRect().width;
      const expectedY = area.top + area.height * (1 - 25 / 40);
      const seriesY = area.top + area.height * (1 - 10 / 40);
      const ctx = canvas.getContext('2d')!;
      // A band of columns wide enough to cross a dash, right of the label.
      const x0 = Math.round((area.left + area.width * 0.6) * dpr);
      const y0 = Math.round(area.top * dpr);
      const strip = ctx.getImageData(x0, y0, Math.round(14 * dpr), Math.round(area.height * dpr));
      const darkRows: number[] = [];
      for (let y = 0; y < strip.height; y++) {
        for (let x = 0; x < strip.width; x++) {
          const i = (y * strip.width + x) * 4;
          const [r, g, b, a] = [strip.data[i]!, strip.data[i + 1]!, strip.data[i + 2]!, strip.data[i + 3]!];
          const cssY = (y + y0) / dpr;
          if (a > 200 && r + g + b < 240 && Math.abs(cssY - seriesY) > 4) {
            darkRows.push(cssY);
            break;
          }
        }
      }
      expect(darkRows.length).to.be.greaterThan(0);
      const mean = darkRows.reduce((s, y) => s + y, 0) / darkRows.length;
      expect(Math.abs(mean - expectedY)).to.be.lessThan(1.5);
    });

    it('takes the cutoff from the age group (adolescent: 28)', async () => {
      const el = await chart([ors(1, [5, 5, 5, 5]), ors(2, [6, 6, 6, 6])], { age: 15 });
      expect(el.summary).to.contain('cutoff of 28');
      expect($(el, '.legend')!.textContent).to.contain('Cutoff 28');
    });

    it('shows a data table equal to the data on request', async () => {
      const el = await chart(EPISODE);
      expect($(el, 'table')).to.equal(null);
      $(el, '.actions button')!.click();
      await el.updateComplete;
      const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent!.trim()));
      expect(rows.length).to.equal(EPISODE.length);
      EPISODE.forEach((rating, i) => {
        const row = rows[i]!;
        const total = rating.items.reduce((s, v) => s + Math.round(v * 10), 0) / 10;
        // The date in the page's language (English here), its ISO form kept in the cell's <time>.
        const day = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(rating.date));
        expect(row.slice(0, 4)).to.deep.equal([String(rating.session), day, rating.instrument.toUpperCase(), 'client']);
        expect(row.slice(4, 9)).to.deep.equal([...rating.items.map((v) => v.toFixed(1)), total.toFixed(1)]);
      });
      expect(rows[10]![9]).to.equal('+6.8');
    });

    it('draws a total-only rating like any other, saying its items were not measured', async () => {
      const totalOnly: Rating = { instrument: 'ors', items: [], total: 17.3, date: dateOf(1), session: 1, mode: 'paper' };
      const el = await chart([totalOnly, ...EPISODE.slice(1)]);
      expect(el.summary).to.equal((await chart(EPISODE)).summary);
      $(el, '.plot')!.focus();
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(readout(el)).to.contain('ORS (outcome): total 17.3 (items not measured), change since intake 0.0');
      $(el, '.actions button')!.click();
      await el.updateComplete;
      const first = [...el.shadowRoot!.querySelectorAll('tbody tr')][0]!;
      expect([...first.children].map((td) => td.textContent!.trim()).slice(4, 9)).to.deep.equal([...Array(4).fill('not measured'), '17.3']);
      expect(el.toCSV().split('\r\n')[1]).to.equal(`,,,ors,${dateOf(1)},1,,paper,,,,,17.3`);
    });

    it('draws collateral raters as their own series', async () => {
      const el = await chart([...EPISODE, ors(1, [3, 3, 3, 3], { rater: 'caretaker' }), ors(3, [4, 4, 4, 4], { rater: 'caretaker' })]);
      expect(el.summary).to.contain('Also rated: ORS by caretaker.');
      expect(el.summary.startsWith(SUMMARY)).to.equal(true);
    });

    it('shows the alerts and their prompts as summarizeEpisode gives them', async () => {
      const ratings = [...EPISODE.slice(0, 10), ors(6, ORS_ITEMS[5]!), srs(6, [7, 7, 8, 8])];
      const el = await chart(ratings);
      const alerts = summarizeEpisode(ratings).alerts;
      expect(alerts.map((a) => a.code)).to.include('alliance-low');
      for (const alert of alerts) expect(readout(el)).to.contain(alert.message);
      const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('prompts'))!;
      expect($(el, '#prompts')!.hidden).to.equal(true);
      button.click();
      await el.updateComplete;
      const prompts = [...el.shadowRoot!.querySelectorAll('#prompts li')].map((li) => li.textContent);
      expect(prompts).to.deep.equal(alerts.filter((a) => a.session === 6).map((a) => a.prompt));
      expect($(el, '#prompts')!.hidden).to.equal(false);
    });

    it('exports CSV and PNG', async () => {
      const el = await chart(EPISODE);
      const lines = el.toCSV().trim().split('\r\n');
      expect(lines[0]).to.equal('id,clientId,episodeId,instrument,date,session,rater,mode,item1,item2,item3,item4,total');
      expect(lines.length).to.equal(EPISODE.length + 1);
      expect(lines[1]).to.equal(`,,,ors,${dateOf(1)},1,,,4.2,5.1,3.3,4.7,17.3`);
      const png = await el.toPNG();
      expect(png.type).to.equal('image/png');
      const bytes = new Uint8Array(await png.arrayBuffer());
      expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).to.equal('PNG');
      const image = await createImageBitmap(png);
      expect(image.width).to.equal(plotCanvas(el)!.width);
      expect(image.height).to.be.greaterThan(plotCanvas(el)!.height);
    });

    it('paints with the theme custom properties', async () => {
      const el = await chart([1, 2, 3].map((s) => ors(s, [5, 5, 5, 5])));
      el.style.setProperty('--fit-chart-outcome-color', 'rgb(255, 0, 0)');
      el.ratings = [...el.ratings];
      await painted(el);
      const data = plotCanvas(el)!.getContext('2d')!.getImageData(0, 0, plotCanvas(el)!.width, plotCanvas(el)!.height).data;
      let red = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === 255 && data[i + 1] === 0 && data[i + 2] === 0 && data[i + 3] === 255) red++;
      expect(red).to.be.greaterThan(50);
    });
  });

  describe('sessions', () => {
    it('draws 0 sessions with a summary saying so', async () => {
      const el = await chart([]);
      expect(el.summary).to.equal('No ratings yet.');
      expect(plotCanvas(el)).to.not.equal(null);
      expect(readout(el)).to.equal('No sessions to show.');
    });

    it('draws 1 session', async () => {
      const el = await chart([ors(1, ORS_ITEMS[0]!)]);
      expect(el.summary).to.equal('Intake 17.3 at session 1, below the cutoff of 25; no change to show yet.');
      expect(paintedPixels(plotCanvas(el)!)).to.be.greaterThan(500);
    });

    it('draws 500 sessions and moves to the last with End', async () => {
      const el = await chart(longEpisode(500));
      expect(paintedPixels(plotCanvas(el)!)).to.be.greaterThan(2000);
      $(el, '.plot')!.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(readout(el)).to.match(/^Session 500, /);
    });

    it('keeps gaps in session numbers', async () => {
      const el = await chart([ors(1, [4, 4, 4, 4]), ors(2, [5, 5, 5, 5]), ors(5, [6, 6, 6, 6])]);
      $(el, '.plot')!.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(readout(el)).to.match(/^Session 2, /);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(readout(el)).to.match(/^Session 5, /);
    });

    it('numbers ratings without sessions in date order', async () => {
      const el = await chart([
        { instrument: 'ors', items: [6, 6, 6, 6], date: '2026-02-10' },
        { instrument: 'ors', items: [4, 4, 4, 4], date: '2026-02-03' },
      ]);
      expect(el.summary).to.contain('Intake 16.0, latest 24.0 at session 2');
    });
  });

  describe('keyboard and pointer', () => {
    it('moves the cursor between sessions with arrows, Home and End, and announces the point', async () => {
      const el = await chart(EPISODE);
      $(el, '.plot')!.focus();
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(readout(el)).to.contain('Session 1, Jan 5, 2026');
      expect(readout(el)).to.contain('ORS (outcome): total 17.3 (items 4.2, 5.1, 3.3, 4.7), change since intake 0.0');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(readout(el)).to.contain('Session 3');
      expect(readout(el)).to.contain('change since intake +2.2');
      expect($(el, '[role="status"]')!.textContent).to.contain('Session 3');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(readout(el)).to.contain('Session 6');
    });

    it('follows the pointer', async () => {
      const el = await chart(EPISODE);
      const canvas = plotCanvas(el)!.getBoundingClientRect();
      const area = plotArea(el);
      // The x scale runs from 0.5 to 6.5.
      const x = canvas.left + area.left + (area.width * (3 - 0.5)) / 6;
      await sendMouse({ type: 'move', position: [Math.round(x), Math.round(canvas.top + area.top + area.height / 2)] });
      await el.updateComplete;
      expect(readout(el)).to.match(/^Session 3, /);
      await sendMouse({ type: 'move', position: [0, 0] });
    });
  });

  describe('compact', () => {
    it('is small, has no axes, and its accessible name is the summary', async () => {
      const el = await chart(EPISODE, { compact: true, width: '' });
      const base = $(el, '[part~="base"]')!;
      expect(base.getAttribute('role')).to.equal('img');
      expect(base.getAttribute('aria-label')).to.equal(el.summary);
      expect(el.getBoundingClientRect().height).to.be.lessThan(48);
      expect(el.shadowRoot!.querySelectorAll('.u-axis').length).to.equal(0);
      expect($(el, '.legend')).to.equal(null);
      expect(paintedPixels(plotCanvas(el)!)).to.be.greaterThan(100);
    });
  });

  describe('errors', () => {
    it('shows an error naming the field and the rule, and never throws from the setter', async () => {
      const el = await chart(EPISODE);
      expect(() => (el.ratings = [ors(1, [5, 5, 5, 5]), ors(2, [10.1, 5, 5, 5])])).to.not.throw();
      await painted(el);
      const error = $(el, '[role="alert"]')!;
      expect(error.textContent).to.contain('ratings[1]').and.contain('items[0]').and.contain('from 0 to 10');
      expect(plotCanvas(el)).to.equal(null);
      expect(() => el.toCSV()).to.throw('ratings[1]');
      el.ratings = EPISODE;
      await painted(el);
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(paintedPixels(plotCanvas(el)!)).to.be.greaterThan(2000);
    });

    it('refuses ratings that are not a list', async () => {
      const el = await chart('ors');
      expect($(el, '[role="alert"]')!.textContent).to.contain('ratings must be a list');
    });
  });

  describe('lifecycle', () => {
    it('resizes with its container', async () => {
      const el = await chart(EPISODE);
      expect(plotCanvas(el)!.getBoundingClientRect().width).to.equal(640);
      el.style.width = '420px';
      await painted(el);
      expect(plotCanvas(el)!.getBoundingClientRect().width).to.equal(420);
      expect(paintedPixels(plotCanvas(el)!)).to.be.greaterThan(2000);
    });

    it('survives a DOM move with its data, and is destroyed on disconnect', async () => {
      const el = await chart(EPISODE);
      const other = document.createElement('div');
      document.body.append(other);
      other.append(el);
      await painted(el);
      expect(el.shadowRoot!.querySelectorAll('.uplot').length).to.equal(1);
      expect(paintedPixels(plotCanvas(el)!)).to.be.greaterThan(2000);
      expect(el.summary.startsWith(SUMMARY)).to.equal(true);
      el.remove();
      expect(el.shadowRoot!.querySelectorAll('.uplot').length).to.equal(0);
      other.remove();
    });
  });
});
