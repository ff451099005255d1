// Fitline's FHIR Questionnaires in another renderer: NLM's LHC-Forms, which has no slider and shows
// each item as a number field. A person reads each field's unit, entry format and anchors, types the
// millimetres measured on paper, and sees the total; the QuestionnaireResponse LHC-Forms writes reads
// back, with fromQuestionnaireResponse, to the rating and score typed in.
import { expect } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { scoreRating } from '@fitline/core';
import type { InstrumentId } from '@fitline/core';
import { fromQuestionnaireResponse, toQuestionnaire } from '@fitline/core/fhir';
import { placeholderPack } from '@fitline/core/content';
import { loadLhcForms } from './load-lhc-forms.js';
import type { LForms } from './load-lhc-forms.js';

/** The text a field is labelled by, as assistive technology names it (LHC-Forms labels by aria-labelledby). */
const nameOf = (field: HTMLElement) =>
  (field.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ')
    .trim();

/** The one field on screen with that name. */
function fieldNamed(container: HTMLElement, name: string): HTMLInputElement {
  const found = [...container.querySelectorAll('input')].filter((input) => nameOf(input) === name && input.getClientRects().length > 0);
  expect(found, `fields named ${JSON.stringify(name)}`).to.have.length(1);
  return found[0]!;
}

/** The computed accessibility tree's nodes, flattened: the test runner reads Chromium's alone. */
type AxNode = { role: string; name: string; value?: string; children?: AxNode[] };
const flat = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flat)];
const isChromium = navigator.userAgent.includes('Chrome/');

const cases: { instrument: InstrumentId; millimetres: number[] }[] = [
  { instrument: 'ors', millimetres: [42, 50, 33, 48] },
  { instrument: 'srs', millimetres: [91, 80, 100, 75] },
];

describe('a Fitline Questionnaire filled in LHC-Forms', () => {
  let lforms: LForms;
  let container: HTMLElement;
  before(async function () {
    // Two 2 MB scripts, parsed once for the file.
    this.timeout(30_000);
    lforms = await loadLhcForms();
  });
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  for (const { instrument, millimetres } of cases) {
    it(`${instrument}: shows unit, entry format and anchors, calculates the total, and reads back to the same score`, async function () {
      // axe over LHC-Forms' whole form, and sixteen key presses: seconds on a busy two-core machine.
      this.timeout(30_000);
      await lforms.Util.addFormToPage(toQuestionnaire(instrument), container);
      const pack = placeholderPack(instrument);
      // axe on what LHC-Forms 38 draws, leaving out its own three defects, there whatever the
      // Questionnaire: its unit field points aria-labelledby at a table header this layout lacks, its
      // copyright button's aria-controls is an id made from the title with its spaces, and its title bar
      // is white on #458ac5 (3.7:1). The entry format on the named field says the unit to a screen reader.
      await expect(container).to.be.accessible({ ignoredRules: ['label', 'aria-valid-attr-value', 'color-contrast'] });
      const fields = pack.items.map((item) => fieldNamed(container, item.label));

      // What to type is said beside each field: the entry format as its placeholder, the unit after it.
      for (const field of fields) {
        expect(field.placeholder).to.equal('0–100 mm');
        const unit = field.closest('.lhc-de')!.querySelector<HTMLInputElement>('.lhc-de-unit input');
        expect(unit?.value, 'the unit beside the field').to.equal('mm');
      }
      // Both anchors of every line are on screen, each with its end of the line.
      const text = container.innerText;
      for (const item of pack.items) {
        expect(text).to.include(item.low).and.to.include(item.high);
        expect(text.indexOf(`0 mm${item.low}`), `low anchor of ${item.id}`).to.be.at.least(0);
        expect(text.indexOf(`100 mm${item.high}`), `high anchor of ${item.id}`).to.be.at.least(0);
      }

      // A person types the millimetres into each field, a key at a time.
      for (const [i, field] of fields.entries()) {
        field.focus();
        for (const digit of String(millimetres[i])) await sendKeys({ press: digit });
      }
      // No Tab after the last field: past it (the total is disabled) focus would leave the page, into
      // Firefox's and WebKit's own interface, where the next test file loses focus.

      const expected = scoreRating({ instrument, items: millimetres.map((mm) => mm / 10), date: '2026-03-04' });
      // LHC-Forms evaluates the Questionnaire's calculated expression into the read-only total.
      const total = fieldNamed(container, 'Total (0 to 40)');
      await waitFor(() => total.value === String(expected.total), () => `the total field shows ${JSON.stringify(total.value)}`);

      if (isChromium) {
        const nodes = flat((await a11ySnapshot({})) as unknown as AxNode);
        const textboxes = nodes.filter((n) => n.role === 'textbox').map((n) => n.name);
        expect(textboxes).to.include.members(pack.items.map((item) => item.label));
      }

      const response = lforms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', container);
      const rating = fromQuestionnaireResponse(response);
      expect(rating.instrument).to.equal(instrument);
      expect(rating.items).to.deep.equal(millimetres.map((mm) => mm / 10));
      expect(scoreRating(rating)).to.deep.equal(expected);
      const answeredTotal = (response.item as { linkId: string; answer?: { valueDecimal?: number }[] }[]).find((i) => i.linkId === 'total');
      expect(answeredTotal?.answer?.[0]?.valueDecimal, 'the total LHC-Forms calculated').to.equal(expected.total);
    });
  }
});

/** Waits (a few seconds at most) for a renderer that updates after its own change detection. */
async function waitFor(condition: () => boolean, describe: () => string): Promise<void> {
  for (let tries = 0; tries < 100 && !condition(); tries++) await new Promise((resolve) => setTimeout(resolve, 30));
  expect(condition(), describe()).to.equal(true);
}
