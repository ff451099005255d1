// What the chart shows of clinical records as clinicians keep them: an SRS and a GSRS as two lines,
// a collateral rater's deterioration as a critical alert naming the rater, severities in words and by
// shape, a re-intake that starts the episode shown, and one rule for a session rated twice in the
// table, the summary and the CSV.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Rating } from '@fitline/core';
import { parseCsv } from '@fitline/core/csv';
import './define.js';
import type { FitChart } from './fit-chart.js';
import { dateOf, ors, painted, srs } from './chart-test-helpers.js';

async function chart(ratings: Rating[]): Promise<FitChart> {
  const el = await fixture<FitChart>(html`<fit-chart style="width: 640px" .ratings=${ratings}></fit-chart>`);
  await painted(el);
  return el;
}

const $$ = (el: FitChart, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const words = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const legend = (el: FitChart) => $$(el, '.legend li').map(words);
const readout = (el: FitChart) => words(el.shadowRoot!.querySelector('.readout')!);
const gsrs = (session: number, items: number[]): Rating => ({ instrument: 'gsrs', items, date: dateOf(session), session });
const cors = (session: number, items: number[], extra: Partial<Rating> = {}): Rating => ({ instrument: 'cors', items, date: dateOf(session), session, ...extra });

async function showTable(el: FitChart): Promise<string[][]> {
  const button = $$(el, 'button').find((b) => words(b) === 'Show data table')!;
  button.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  return $$(el, 'tbody tr').map((tr) => [...tr.querySelectorAll('td')].map(words));
}

describe('<fit-chart> with clinical records', () => {
  it('draws an SRS and a GSRS of the same sessions as two series, both in the legend and the table', async () => {
    const el = await chart([ors(1, [5, 5, 5, 5]), srs(1, [9.5, 9.5, 9.5, 9.5]), gsrs(1, [8, 8, 8, 8]), ors(2, [5, 5, 5, 5.5]), srs(2, [9.5, 9.5, 9.5, 9.6]), gsrs(2, [8.5, 8.5, 8.5, 8.5])]);
    expect(legend(el).slice(0, 3)).to.deep.equal(['ORS (outcome)', 'SRS (alliance)', 'GSRS (alliance)']);
    const rows = await showTable(el);
    expect(rows.filter((r) => r[0] === '2').map((r) => [r[2], r[8]])).to.deep.equal([
      ['ORS', '20.5'],
      ['SRS', '38.1'],
      ['GSRS', '34.0'],
    ]);
    expect(el.summary).to.contain('Also rated: GSRS (alliance).');
    await expect(el).to.be.accessible();
  });

  it("raises a caretaker's reliable deterioration as a critical alert naming the caretaker, in the readout and by a filled flag", async () => {
    const el = await chart([cors(1, [5, 5, 5, 5]), cors(2, [6, 6, 6, 6]), cors(1, [8, 8, 8, 8], { rater: 'caretaker' }), cors(2, [6.5, 6.5, 6.5, 6.5], { rater: 'caretaker' })]);
    expect(readout(el)).to.contain("Critical alert: Caretaker's CORS total fell from 32 at intake to 26 at session 2");
    expect(legend(el)).to.include('Critical alert');
    expect(legend(el)).to.not.include('Alert');
    expect(el.summary).to.contain('1 alert, 1 critical.');
    await expect(el).to.be.accessible();
  });

  it('marks a warning as such, by words and a hollow flag in the legend', async () => {
    const el = await chart([ors(1, [5, 5, 5, 5]), srs(1, [9.5, 9.5, 9.5, 9.5]), ors(2, [5, 5, 5, 5]), srs(2, [8, 8, 8, 8])]);
    expect(readout(el)).to.match(/Alert: SRS total 32 at session 2 is below 36\./);
    expect(legend(el)).to.include('Alert');
    expect(legend(el)).to.not.include('Critical alert');
    const warning = $$(el, '.legend li').find((li) => words(li) === 'Alert')!;
    expect(warning.querySelector('polygon')!.getAttribute('fill')).to.equal('var(--_chart-surface)');
  });

  it('lists in the legend only the flags drawn: a session with a critical and a warning alert has a filled flag alone', async () => {
    const both = await chart([ors(1, [5, 5, 5, 5]), srs(1, [9.5, 9.5, 9.5, 9.5]), ors(2, [3.5, 3.5, 3.5, 3.5]), srs(2, [8, 8, 8, 8])]);
    expect(readout(both)).to.contain('Critical alert:').and.contain('Alert: SRS total 32');
    expect(legend(both)).to.include('Critical alert');
    expect(legend(both)).to.not.include('Alert');
    // The outcome's deterioration at session 2, the alliance's low total at session 3: two flags, one of each.
    const apart = await chart([ors(1, [5, 5, 5, 5]), srs(1, [9.5, 9.5, 9.5, 9.5]), ors(2, [3.5, 3.5, 3.5, 3.5]), srs(3, [8, 8, 8, 8])]);
    expect(legend(apart)).to.include.members(['Critical alert', 'Alert']);
  });

  it('shows the episode a re-intake started, says so, and leaves the earlier one out of the table and the CSV', async () => {
    const earlier = [ors(1, [3, 3, 3, 3]), ors(2, [4, 4, 4, 4]), ors(3, [5, 5, 5, 5])];
    // Back after months: "session 1" again in week 40.
    const again = [{ ...ors(1, [6, 6, 6, 6]), date: dateOf(40) }, { ...ors(2, [6.5, 6.5, 6.5, 6.5]), date: dateOf(41) }];
    const el = await chart([...earlier, ...again]);
    expect(el.summary).to.match(/^Intake 24\.0, latest 26\.0 at session 2/);
    expect(el.summary).to.contain('A re-intake started this episode: 3 ratings of earlier episodes');
    const rows = await showTable(el);
    expect(rows.map((r) => r[8])).to.deep.equal(['24.0', '26.0']);
    expect(parseCsv(el.toCSV()).ratings.map((r) => r.date)).to.deep.equal([dateOf(40), dateOf(41)]);
  });

  it('follows one rule for a session rated twice: the later rating in the chart, the table, the summary and the CSV', async () => {
    const el = await chart([ors(1, [5, 5, 5, 5]), ors(2, [6, 6, 6, 6]), ors(2, [4, 4, 4, 4])]);
    expect(el.summary).to.match(/latest 16\.0 at session 2/);
    const rows = await showTable(el);
    expect(rows.map((r) => [r[0], r[8]])).to.deep.equal([
      ['1', '20.0'],
      ['2', '16.0'],
    ]);
    expect(parseCsv(el.toCSV()).ratings.map((r) => [r.session, r.items[0]])).to.deep.equal([
      [1, 5],
      [2, 4],
    ]);
  });
});
