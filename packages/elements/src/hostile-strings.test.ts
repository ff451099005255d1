/**
 * Hostile strings through every string the elements show: the scales' attributes and content
 * packs, the chart's ratings (valid ones carrying hostile text, invalid ones whose error names it),
 * and ratings imported from CSV and FHIR. Nothing runs, no element is injected, the text shows as
 * text, and the layout holds: the scale stays inside its box and its lines keep their length.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import { INSTRUMENTS } from '@fitline/core';
import type { Rating } from '@fitline/core';
import { parseCsv, toCsv } from '@fitline/core/csv';
import { readBundle, toQuestionnaireResponse } from '@fitline/core/fhir';
import type { ContentPack } from '@fitline/core/content';
import './define.js';
import type { OrsScale } from './ors-scale/ors-scale.js';
import type { FitChart } from './fit-chart/fit-chart.js';
import { EPISODE, ors, painted } from './fit-chart/chart-test-helpers.js';
import { clickLine, line } from './rating-scale/test-helpers.js';
import { HOSTILE_STRINGS, payloadRan } from './hostile-corpus-test-helpers.js';

/** The kinds of element a shadow root holds: an injected one shows up as a new kind. */
const kinds = (root: ShadowRoot) => [...new Set([...root.querySelectorAll('*')].map((e) => e.localName))].sort();
const text = (root: ShadowRoot) => (root.textContent ?? '').replace(/\s+/g, ' ');
const collapse = (s: string) => s.replace(/\s+/g, ' ');

function packWith(value: string): ContentPack {
  return {
    instrument: 'ors',
    lang: 'en',
    title: `title ${value}`,
    instructions: `instructions ${value}`,
    items: INSTRUMENTS.ors.itemIds.map((id) => ({ id, label: `${id} ${value}`, low: `low ${value}`, high: `high ${value}` })),
    rights: `rights ${value}`,
  };
}

async function scaleWith(value: string): Promise<OrsScale> {
  const wrap = await fixture<HTMLElement>(html`<form style="width:480px"><ors-scale style="width:100%" name=${value} submit-label=${value} show-values .content=${packWith(value)}></ors-scale></form>`);
  const el = wrap.querySelector('ors-scale')!;
  await el.updateComplete;
  return el;
}

afterEach(async () => {
  await resetMouse();
  scrollTo(0, 0);
  // Event handlers in injected markup would run a task later: give them that task before checking.
  await nextFrame();
  expect(payloadRan(), 'a hostile payload ran').to.equal(false);
});

describe('hostile strings', () => {
  describe('in the scales: attributes and content packs', () => {
    it('show as text, add no element, and keep the layout and the marks', async () => {
      const plain = await scaleWith('plain');
      const plainKinds = kinds(plain.shadowRoot!);
      const plainLine = line(plain, 0).getBoundingClientRect().width;
      const base = (el: OrsScale) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      // What overflows the box with plain text (a mark's halo at the line's end) is the most allowed.
      const plainScroll = base(plain).scrollWidth;
      for (const value of HOSTILE_STRINGS) {
        const el = await scaleWith(value);
        const root = el.shadowRoot!;
        expect(kinds(root), value.slice(0, 40)).to.deep.equal(plainKinds);
        expect(text(root)).to.contain(collapse(`rights ${value}`));
        expect(root.querySelector('button')!.textContent).to.equal(value);
        // The layout holds: no wider than with plain text, every line as long.
        expect(el.getBoundingClientRect().width).to.equal(el.parentElement!.getBoundingClientRect().width);
        expect(base(el).scrollWidth, value.slice(0, 40)).to.be.at.most(plainScroll);
        for (let i = 0; i < 4; i++) expect(Math.abs(line(el, i).getBoundingClientRect().width - plainLine)).to.be.below(1);
        // A right-to-left override in the labels does not mirror the line: 30 % from the left is 3.
        await clickLine(el, 0, 0.3);
        expect(el.values[0]).to.equal(3);
        const data = [...new FormData(el.closest('form')!).keys()];
        expect(data).to.deep.equal([`${value}.individually`]);
      }
    });
  });

  describe('in the chart: ratings and errors', () => {
    it('ratings carrying hostile text draw as usual, and export to CSV with formulas neutralised', async () => {
      for (const value of HOSTILE_STRINGS) {
        const ratings = EPISODE.map((r) => ({ ...r, id: value, clientId: value, episodeId: value }));
        const el = await fixture<FitChart>(html`<fit-chart style="width:640px" .ratings=${ratings}></fit-chart>`);
        await painted(el);
        el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!.click();
        await el.updateComplete;
        expect(el.summary).to.contain('Intake 17.3');
        expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(EPISODE.length);
        const [, row] = el.toCSV().split('\r\n');
        // A cell a spreadsheet would run starts with an apostrophe; no cell starts with a formula sign.
        expect(row!.split(',').some((cell) => /^"?[=+\-@]/.test(cell))).to.equal(false);
        expect(parseCsv(el.toCSV()).ratings.map((r) => r.id)).to.deep.equal(ratings.map(() => value));
      }
    });

    it('an invalid rating shows its error, hostile text and all, as text in full and compact charts', async () => {
      for (const value of HOSTILE_STRINGS) {
        for (const compact of [false, true]) {
          const bad = [{ ...ors(1, [5, 5, 5, 5]), instrument: value }] as unknown as Rating[];
          const el = await fixture<FitChart>(html`<fit-chart style="width:320px" ?compact=${compact} .ratings=${bad}></fit-chart>`);
          await el.updateComplete;
          const error = el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!;
          expect(kinds(el.shadowRoot!)).to.deep.equal(['div']);
          // Compact, the box shows the field; the whole text is the chart's name and its tooltip.
          const full = compact ? error.getAttribute('aria-label') : error.textContent;
          expect(full).to.contain('The chart cannot be drawn').and.contain(value.slice(0, 20));
          if (compact) expect([error.textContent, error.title]).to.deep.equal(['Cannot draw ratings[0].instrument', full]);
          expect(el.getBoundingClientRect().width).to.equal(320);
        }
      }
    });
  });

  describe('imported from CSV and FHIR', () => {
    it('keep hostile text exactly as data, and draw and rate as usual', async () => {
      const hostileRatings: Rating[] = HOSTILE_STRINGS.map((value, i) => ({ ...ors(i + 1, [4, 5, 6, 7]), id: value, clientId: value, episodeId: value }));
      const fromCsv = parseCsv(toCsv(hostileRatings));
      expect(fromCsv.errors).to.deep.equal([]);
      const bundle = { resourceType: 'Bundle', entry: hostileRatings.map((r) => ({ resource: toQuestionnaireResponse(r) })) };
      const fromFhir = readBundle(bundle);
      expect(fromFhir.errors).to.deep.equal([]);
      for (const imported of [fromCsv.ratings, fromFhir.ratings]) {
        expect(imported.map((r) => [r.id, r.clientId, r.episodeId])).to.deep.equal(HOSTILE_STRINGS.map((v) => [v, v, v]));
        // One episode (ratings of two episodes are refused), about two clients, so hostile ids reach the labels too.
        const drawn = imported.map((r, i) => ({ ...r, episodeId: imported[0]!.episodeId!, clientId: imported[i % 2]!.clientId! }));
        const el = await fixture<FitChart>(html`<fit-chart style="width:640px" .ratings=${drawn}></fit-chart>`);
        await painted(el);
        expect(el.summary).to.contain('Intake 22.0');
        const scale = await fixture<OrsScale>(html`<ors-scale mode="review"></ors-scale>`);
        scale.load(imported[0]!);
        await scale.updateComplete;
        expect(scale.values).to.deep.equal([4, 5, 6, 7]);
      }
    });
  });
});
