/**
 * Nothing the client entered is lost: the scales driven through what host pages do to them. Each
 * test ends with the client's marks intact, or the host told exactly what happened.
 *
 * Covered here: a framework unmounting and remounting the same element, and re-creating it with the
 * values the host kept; the element upgraded late, every property set before its definition; form
 * reset after a submit. Covered in ors-scale/ors-scale.test.ts and not repeated: the page hidden
 * mid-drag ("a cancelled pointer mid-drag ...", "a lost pointer capture mid-drag ..."), a rapid
 * double submit ("sends fit-submit once per completed rating ..."), the content pack swapped
 * mid-rating ("keeps the marks when the content pack is swapped mid-rating"), the language switched
 * mid-rating ("re-renders its interface text when an ancestor changes language mid-rating ..."),
 * a DOM move and a re-render with the same properties ("lifecycle").
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import { render } from 'lit';
import './define.js';
import { OrsScale } from './ors-scale/ors-scale.js';
import { SrsScale } from './srs-scale/srs-scale.js';
import type { RatingScale } from './rating-scale/rating-scale.js';
import { clickLine, record, shownText, slider, testPack } from './rating-scale/test-helpers.js';

const marks = (el: RatingScale) => el.shadowRoot!.querySelectorAll('[part="mark"]').length;
let unique = 0;

afterEach(async () => {
  await resetMouse();
  scrollTo(0, 0);
});

describe('lost input', () => {
  describe('a framework unmounting and remounting', () => {
    it('keeps the marks when the same element is detached and attached again, in its form', async () => {
      const form = await fixture<HTMLFormElement>(html`<form style="width:600px"><ors-scale name="ors"></ors-scale></form>`);
      const el = form.querySelector('ors-scale')!;
      await clickLine(el, 0, 0.42);
      await clickLine(el, 3, 1);
      el.remove();
      await el.updateComplete;
      form.append(el);
      await el.updateComplete;
      expect(el.values).to.deep.equal([4.2, null, null, 10]);
      expect(marks(el)).to.equal(2);
      expect([...new FormData(form)]).to.deep.equal([['ors.individually', '4.2'], ['ors.overall', '10']]);
    });

    it('shows the marks again on a new element given the values the host kept, telling nothing new', async () => {
      const host = await fixture<HTMLElement>(html`<div style="width:600px"></div>`);
      let kept: (number | null)[] = [null, null, null, null];
      const view = (shown: boolean) =>
        render(shown ? html`<srs-scale show-values .values=${kept} @change=${(e: Event) => (kept = (e.target as SrsScale).values)}></srs-scale>` : html``, host);
      view(true);
      const first = host.querySelector('srs-scale')!;
      await first.updateComplete;
      for (const [item, fraction] of [[0, 0.9], [1, 0.8], [2, 0.7], [3, 0.6]] as const) await clickLine(first, item, fraction);
      expect(kept).to.deep.equal([9, 8, 7, 6]);
      view(false);
      expect(host.querySelector('srs-scale')).to.equal(null);
      // A fresh element, as a framework re-creates it on the way back to the view.
      view(true);
      const second = host.querySelector('srs-scale')!;
      expect(second).to.not.equal(first);
      const seen = record(second, 'input', 'change', 'fit-submit');
      await second.updateComplete;
      expect([second.values, second.total, second.complete]).to.deep.equal([[9, 8, 7, 6], 30, true]);
      expect(marks(second)).to.equal(4);
      expect(shownText(second)).to.contain('30');
      // Setting values is the host's own act: no event claims the client moved a mark.
      expect([seen.input!.length, seen.change!.length, seen['fit-submit']!.length]).to.deep.equal([0, 0, 0]);
    });
  });

  describe('upgraded late', () => {
    for (const [base, variant, instrument] of [[OrsScale, 'child', 'cors'], [SrsScale, 'group', 'gsrs']] as const) {
      it(`keeps every property set before ${base.name} was defined`, async () => {
        const tag = `lost-input-late-${++unique}`;
        const form = await fixture<HTMLFormElement>(html`<form></form>`);
        const early = document.createElement(tag) as RatingScale;
        Object.assign(early, {
          values: [4.2, null, 10, 0],
          variant,
          content: testPack(instrument),
          disabled: true,
          showValues: true,
          submitLabel: 'Send',
          name: 'late',
          required: true,
          rater: 'caretaker',
          administration: 'telehealth',
          date: '2026-03-04T10:00Z',
        });
        form.append(early);
        customElements.define(tag, class extends (base as typeof OrsScale) {});
        await early.updateComplete;
        expect(early.values).to.deep.equal([4.2, null, 10, 0]);
        expect([early.variant, early.instrument, early.disabled, early.showValues, early.name, early.required]).to.deep.equal([variant, instrument, true, true, 'late', true]);
        expect([early.rater, early.administration, early.date]).to.deep.equal(['caretaker', 'telehealth', '2026-03-04T10:00Z']);
        expect(marks(early)).to.equal(3);
        expect(shownText(early)).to.contain(`Test ${instrument} <b>title</b>`).and.contain('4.2');
        expect(early.shadowRoot!.querySelector('button')!.textContent).to.equal('Send');
        expect(slider(early, 0).getAttribute('aria-disabled')).to.equal('true');
        // Disabled: the form gets nothing and does not block on the unmarked line.
        expect([...new FormData(form)]).to.deep.equal([]);
        early.disabled = false;
        early.values = [4.2, 1, 10, 0];
        await early.updateComplete;
        expect(early.rating).to.deep.equal({ instrument, items: [4.2, 1, 10, 0], date: '2026-03-04T10:00Z', rater: 'caretaker', mode: 'telehealth' });
      });
    }
  });

  describe('form reset after submit', () => {
    it('the form submitted the marks; reset clears them and re-arms the submit button', async () => {
      const form = await fixture<HTMLFormElement>(html`<form style="width:600px"><ors-scale name="ors" submit-label="Send"></ors-scale></form>`);
      const el = form.querySelector('ors-scale')!;
      const seen = record(el, 'fit-submit');
      const submitted: [string, FormDataEntryValue][][] = [];
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted.push([...new FormData(form)]);
      });
      for (const [item, fraction] of [[0, 0.1], [1, 0.2], [2, 0.3], [3, 0.4]] as const) await clickLine(el, item, fraction);
      el.shadowRoot!.querySelector('button')!.click();
      form.requestSubmit();
      expect(seen['fit-submit']).to.have.length(1);
      expect(submitted).to.deep.equal([[['ors.individually', '1'], ['ors.interpersonally', '2'], ['ors.socially', '3'], ['ors.overall', '4'], ['ors.total', '10']]]);
      form.reset();
      await el.updateComplete;
      expect([el.values, el.complete, marks(el)]).to.deep.equal([[null, null, null, null], false, 0]);
      expect([...new FormData(form)]).to.deep.equal([]);
      await clickLine(el, 0, 0.5);
      el.values = [5, 5, 5, 5];
      el.shadowRoot!.querySelector('button')!.click();
      expect(seen['fit-submit']).to.have.length(2);
      expect((seen['fit-submit']![1] as CustomEvent).detail.rating.items).to.deep.equal([5, 5, 5, 5]);
    });
  });
});
