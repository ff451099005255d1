import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { FitlineError, scoreRating } from '@fitline/core';
import './define.js';
import { OrsScale } from './ors-scale.js';
import { registerContent } from '../content/registry.js';
import { registerLocale } from '../locale/strings.js';
import { de } from '../locale/de.js';
import { ar } from '../locale/ar.js';
import { da } from '../locale/da.js';
import { catchError, clickLine, dragLine, line, pointOnLine, record, shownText, slider, sliders, testPack, touchGesture } from '../rating-scale/test-helpers.js';

const render = (template = html`<ors-scale></ors-scale>`) => fixture<OrsScale>(template);
const marks = (el: OrsScale) => el.shadowRoot!.querySelectorAll('[part="mark"]').length;

afterEach(async () => {
  await resetMouse();
  scrollTo(0, 0);
});

describe('<ors-scale>', () => {
  describe('accessible', () => {
    for (const variant of ['adult', 'child', 'young-child']) {
      it(`passes axe: ${variant}, client mode, unmarked and marked with values shown`, async () => {
        const el = await render(html`<ors-scale variant=${variant} required submit-label="Send"></ors-scale>`);
        await expect(el).to.be.accessible();
        el.values = [4.2, 0, 10, 7.7];
        el.showValues = true;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
      it(`passes axe: ${variant}, clinician entry (items and total) and review`, async () => {
        const el = await render(html`<ors-scale variant=${variant} mode="clinician"></ors-scale>`);
        await expect(el).to.be.accessible();
        el.entry = 'total';
        await el.updateComplete;
        await expect(el).to.be.accessible();
        el.mode = 'review';
        el.load({ instrument: el.instrument, items: [1, 2, 3, 4], date: '2026-03-04' });
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
    it('passes axe when disabled, and when the missing-mark message shows', async () => {
      const el = await render(html`<ors-scale disabled></ors-scale>`);
      await expect(el).to.be.accessible();
      const other = await render(html`<ors-scale submit-label="Send"></ors-scale>`);
      other.shadowRoot!.querySelector('button')!.click();
      await other.updateComplete;
      await expect(other).to.be.accessible();
    });
    it('announces each line with its label, anchors and value', async () => {
      const el = await render();
      const s = slider(el, 0);
      const ids = (attr: string) => s.getAttribute(attr)!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent);
      expect(ids('aria-labelledby')).to.deep.equal(['Sample item 1 (individually)', 'ORS (placeholder)']);
      expect(ids('aria-describedby')).to.deep.equal(['Low', 'High']);
      expect(s.getAttribute('aria-valuetext')).to.equal('not marked');
      expect(s.getAttribute('aria-valuenow')).to.equal('0');
      el.values = [4.2, null, null, null];
      await el.updateComplete;
      expect(s.getAttribute('aria-valuetext')).to.equal('4.2 of 10');
      expect(s.getAttribute('aria-valuenow')).to.equal('4.2');
      expect([s.getAttribute('aria-valuemin'), s.getAttribute('aria-valuemax')]).to.deep.equal(['0', '10']);
    });
  });

  describe('defaults', () => {
    it('starts with four unmarked lines: no value, no total, no rating', async () => {
      const el = await render();
      expect(el.values).to.deep.equal([null, null, null, null]);
      expect([el.total, el.complete, el.rating]).to.deep.equal([null, false, null]);
      expect([el.variant, el.instrument, el.mode, el.rater, el.administration]).to.deep.equal(['adult', 'ors', 'client', 'client', 'in-session']);
      expect(sliders(el)).to.have.length(4);
      expect(marks(el)).to.equal(0);
    });
    it('shows the placeholder notice with the built-in pack, and hides the numbers from the client', async () => {
      const el = await render();
      el.values = [4.2, 1, 2, 3];
      await el.updateComplete;
      expect(shownText(el)).to.contain('Placeholder wording: register your licensed content.');
      expect(shownText(el)).not.to.contain('4.2');
    });
    it('gives each line a touch target at least 44 px tall', async () => {
      const el = await render();
      expect(slider(el, 0).getBoundingClientRect().height).to.be.at.least(44);
    });
  });

  describe('attributes', () => {
    it('marks its interface text with the language it is in: English where the page language has no locale', async () => {
      const finnish = await fixture<HTMLDivElement>(html`<div lang="fi"><ors-scale></ors-scale></div>`);
      const scale = finnish.querySelector('ors-scale')!;
      await scale.updateComplete;
      const base = scale.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.getAttribute('lang')).to.equal('en');
      expect(scale.shadowRoot!.querySelector('[part="title"]')!.getAttribute('lang')).to.equal('en');
      finnish.setAttribute('lang', 'de');
      registerLocale(de);
      await new Promise((resolve) => setTimeout(resolve));
      await scale.updateComplete;
      expect(base.getAttribute('lang')).to.equal('de');
    });

    it('variant picks the instrument and draws faces for children', async () => {
      const el = await render(html`<ors-scale variant="child"></ors-scale>`);
      expect(el.instrument).to.equal('cors');
      expect(el.shadowRoot!.querySelectorAll('[part="face"]')).to.have.length(8);
      el.variant = 'young-child';
      expect(el.instrument).to.equal('ycors');
      const error = catchError(() => ((el as { variant: string }).variant = 'group'));
      expect([error.name, error.code, error.field]).to.deep.equal(['FitlineError', 'bad-option', 'variant']);
      expect(el.variant).to.equal('young-child');
    });
    it('show-values shows each number and the total in the page language', async () => {
      registerLocale(de);
      const el = await render(html`<div lang="de"><ors-scale show-values></ors-scale></div>`).then((d) => d.querySelector('ors-scale')!);
      el.values = [4.2, 1, 2, 3.3];
      await el.updateComplete;
      expect(shownText(el)).to.contain('4,2').and.contain('Summe: 10,5');
      expect(slider(el, 0).getAttribute('aria-valuetext')).to.equal('4,2 von 10');
    });
    it('readonly and disabled keep the marks from changing', async () => {
      const el = await render(html`<ors-scale readonly></ors-scale>`);
      slider(el, 0).focus();
      await sendKeys({ press: 'End' });
      await clickLine(el, 1, 0.5);
      el.readonly = false;
      el.disabled = true;
      await el.updateComplete;
      await clickLine(el, 2, 0.5);
      expect(el.values).to.deep.equal([null, null, null, null]);
      expect(slider(el, 0).getAttribute('aria-readonly')).to.equal(null);
      expect(slider(el, 0).getAttribute('aria-disabled')).to.equal('true');
    });
    it('renders markup in attributes and packs as text', async () => {
      const el = await render(html`<ors-scale submit-label="<b>Send</b>"></ors-scale>`);
      el.content = testPack('ors');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('b, img')).to.equal(null);
      expect(shownText(el)).to.contain('Test ors <b>title</b>').and.contain('<b>Send</b>');
      expect((window as { __injected?: boolean }).__injected).to.equal(undefined);
    });
  });

  describe('keyboard', () => {
    it('places the first mark with Home, End or an arrow from the end its motion starts at', async () => {
      const el = await render();
      slider(el, 0).focus();
      await sendKeys({ press: 'Home' });
      slider(el, 1).focus();
      await sendKeys({ press: 'End' });
      slider(el, 2).focus();
      await sendKeys({ press: 'ArrowRight' });
      slider(el, 3).focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.values).to.deep.equal([0, 10, 0, 10]);
    });
    it('moves by 0.1 with arrows, by 1 with Page Up/Down, and stops at the ends', async () => {
      const el = await render();
      slider(el, 0).focus();
      await sendKeys({ press: 'Home' });
      for (const key of ['ArrowRight', 'ArrowUp', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageUp']) await sendKeys({ press: key });
      expect(el.values[0]).to.equal(2.2);
      await sendKeys({ press: 'PageDown' });
      expect(el.values[0]).to.equal(1.2);
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'ArrowRight' });
      expect(el.values[0]).to.equal(10);
    });
    it('Tab moves from line to line', async () => {
      const el = await render();
      slider(el, 0).focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(slider(el, 1));
    });
    it('mirrors the arrows on a right-to-left page', async () => {
      const el = await render(html`<div dir="rtl"><ors-scale></ors-scale></div>`).then((d) => d.querySelector('ors-scale')!);
      slider(el, 0).focus();
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.values[0]).to.equal(0.1);
    });
  });

  describe('pointer', () => {
    for (const width of [320, 600, 1100]) {
      it(`sets 0, 4.2 and 10 at 0 %, 42 % and 100 % of a line ${width} px wide`, async () => {
        // A line wider than the window is reached by scrolling to each point (clickLine), as a person would.
        const el = await render(html`<ors-scale style="width:${width}px; --fit-max-width:none"></ors-scale>`);
        await clickLine(el, 0, 0);
        await clickLine(el, 1, 0.42);
        await clickLine(el, 2, 1);
        expect(el.values).to.deep.equal([0, 4.2, 10, null]);
        const box = line(el, 1).getBoundingClientRect();
        const mark = el.shadowRoot!.querySelectorAll<HTMLElement>('[part="mark"]')[1]!.getBoundingClientRect();
        expect(mark.left + mark.width / 2 - box.left).to.be.closeTo(0.42 * box.width, 1);
      });
    }
    it('mirrors on a right-to-left page (dir on an ancestor)', async () => {
      registerLocale(ar);
      const wrap = await render(html`<div dir="rtl" lang="ar"><ors-scale style="width:500px"></ors-scale></div>`);
      const el = wrap.querySelector('ors-scale')!;
      await clickLine(el, 0, 0, true);
      await clickLine(el, 1, 0.42, true);
      await clickLine(el, 2, 1, true);
      expect(el.values).to.deep.equal([0, 4.2, 10, null]);
      const n = (v: number, d: number) => new Intl.NumberFormat('ar', { minimumFractionDigits: d, maximumFractionDigits: d }).format(v);
      expect(slider(el, 1).getAttribute('aria-valuetext')).to.equal(`${n(4.2, 1)} من ${n(10, 0)}`);
    });
    it('drags the mark and clamps at the ends', async () => {
      const el = await render(html`<ors-scale style="width:600px"></ors-scale>`);
      await dragLine(el, 0, 0.2, 0.8);
      expect(el.values[0]).to.equal(8);
      await sendMouse({ type: 'move', position: [line(el, 1).getBoundingClientRect().left + 10, Math.round(line(el, 1).getBoundingClientRect().top + 20)] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [1, Math.round(line(el, 1).getBoundingClientRect().top + 20)] });
      await sendMouse({ type: 'up' });
      expect(el.values[1]).to.equal(0);
    });
    it('a tap with a finger puts the mark where it lands', async () => {
      const el = await render(html`<ors-scale style="width:600px"></ors-scale>`);
      const seen = record(el, 'input', 'change');
      const [x, y] = pointOnLine(el, 1, 0.42);
      touchGesture([['pointerdown', x, y], ['pointerup', x, y]]);
      expect(el.values).to.deep.equal([null, 4.2, null, null]);
      expect([seen.input!.length, seen.change!.length]).to.deep.equal([1, 1]);
      await el.updateComplete;
      expect(marks(el)).to.equal(1);
    });
    it('a finger dragged along a line moves the mark', async () => {
      const el = await render(html`<ors-scale style="width:600px"></ors-scale>`);
      const seen = record(el, 'change');
      const [x0, y] = pointOnLine(el, 0, 0.2);
      const [x1] = pointOnLine(el, 0, 0.25);
      const [x2] = pointOnLine(el, 0, 0.6);
      touchGesture([['pointerdown', x0, y], ['pointermove', x1, y + 2], ['pointermove', x2, y + 3], ['pointerup', x2, y + 3]]);
      expect(el.values[0]).to.equal(6);
      expect(seen.change).to.have.length(1);
    });
    it('a vertical swipe that starts on a line scrolls the page and marks nothing', async () => {
      const el = await render(html`<ors-scale style="width:600px"></ors-scale>`);
      const seen = record(el, 'input', 'change');
      // The browser may pan vertically from a line: that is what lets the page scroll under a finger.
      expect(getComputedStyle(slider(el, 0)).touchAction).to.equal('pan-y');
      const [x, y] = pointOnLine(el, 0, 0.5);
      // A finger moving down; the browser sends a few moves, then takes over the scroll and cancels the pointer.
      touchGesture([['pointerdown', x, y], ['pointermove', x + 1, y + 8], ['pointermove', x + 2, y + 30], ['pointercancel', x + 2, y + 30]]);
      expect(el.values).to.deep.equal([null, null, null, null]);
      expect([seen.input!.length, seen.change!.length]).to.deep.equal([0, 0]);
      await el.updateComplete;
      expect(marks(el)).to.equal(0);
    });
    it('a cancelled pointer mid-drag keeps the last value and moves the mark no further', async () => {
      const el = await render(html`<ors-scale style="width:600px"></ors-scale>`);
      const seen = record(el, 'change');
      let pointerId = 0;
      el.shadowRoot!.addEventListener('pointerdown', (e) => (pointerId = (e as PointerEvent).pointerId));
      await sendMouse({ type: 'move', position: pointOnLine(el, 0, 0.2) });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: pointOnLine(el, 0, 0.5) });
      const [x, y] = pointOnLine(el, 0, 0.5);
      slider(el, 0).dispatchEvent(new PointerEvent('pointercancel', { pointerId, pointerType: 'mouse', clientX: x, clientY: y, bubbles: true, composed: true }));
      await sendMouse({ type: 'move', position: pointOnLine(el, 0, 0.9) });
      await sendMouse({ type: 'up' });
      expect(el.values[0]).to.equal(5);
      expect(seen.change).to.have.length(1);
    });
    it('a lost pointer capture mid-drag keeps the last value and moves the mark no further', async () => {
      const el = await render(html`<ors-scale style="width:600px"></ors-scale>`);
      const seen = record(el, 'change');
      let pointerId = 0;
      el.shadowRoot!.addEventListener('pointerdown', (e) => (pointerId = (e as PointerEvent).pointerId));
      await sendMouse({ type: 'move', position: pointOnLine(el, 1, 0.3) });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: pointOnLine(el, 1, 0.7) });
      expect(slider(el, 1).hasPointerCapture(pointerId)).to.equal(true);
      // Something else (a host's own handler, a dialog) takes the pointer away.
      slider(el, 1).releasePointerCapture(pointerId);
      await sendMouse({ type: 'move', position: pointOnLine(el, 1, 0.1) });
      await sendMouse({ type: 'up' });
      expect(el.values[1]).to.equal(7);
      expect(seen.change).to.have.length(1);
    });
  });

  describe('events', () => {
    it('fires input and change on user action only', async () => {
      const el = await render(html`<ors-scale style="width:600px"></ors-scale>`);
      const seen = record(el, 'input', 'change');
      el.values = [1, 2, 3, 4];
      await el.updateComplete;
      expect([seen.input!.length, seen.change!.length]).to.deep.equal([0, 0]);
      await dragLine(el, 0, 0.5, 0.7, 2);
      expect(seen.input!.length).to.be.at.least(2);
      expect(seen.change!.length).to.equal(1);
      slider(el, 1).focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(seen.change!.length).to.equal(2);
      await sendKeys({ press: 'a' });
      expect(seen.change!.length).to.equal(2);
    });
    it('refuses invalid values with a named error and keeps the old ones', async () => {
      const el = await render();
      el.values = [1, 2, 3, 4];
      for (const [bad, code, field] of [
        [[1, 2, 3], 'item-count', 'values'],
        [[1, 2, 3, 4.25], 'item-too-fine', 'values[3]'],
        [[1, 10.1, 3, 4], 'item-out-of-range', 'values[1]'],
        [[1, 2, Number.NaN, 4], 'item-not-a-number', 'values[2]'],
      ] as const) {
        const error = catchError(() => (el.values = bad as unknown as number[]));
        expect(error).to.be.instanceOf(FitlineError);
        expect([error.code, error.field]).to.deep.equal([code, field]);
      }
      expect(el.values).to.deep.equal([1, 2, 3, 4]);
    });
  });

  describe('form data', () => {
    it('submits NAME.ITEMID for each marked item and NAME.total when complete', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><ors-scale name="ors"></ors-scale></form>`);
      const el = form.querySelector('ors-scale')!;
      el.values = [4.2, null, 10, 0];
      expect([...new FormData(form)]).to.deep.equal([['ors.individually', '4.2'], ['ors.socially', '10'], ['ors.overall', '0']]);
      el.values = [4.2, 0.1, 10, 0];
      expect([...new FormData(form)].at(-1)).to.deep.equal(['ors.total', '14.3']);
    });
    it('required blocks an incomplete submit with a message on the first unmarked line', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><ors-scale name="ors" required></ors-scale></form>`);
      const el = form.querySelector('ors-scale')!;
      el.values = [1, null, 3, null];
      let submitted = 0;
      form.addEventListener('submit', (e) => (e.preventDefault(), submitted++));
      form.requestSubmit();
      await el.updateComplete;
      expect(submitted).to.equal(0);
      expect(form.checkValidity()).to.equal(false);
      expect(slider(el, 1).getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.equal('Mark this line to continue.');
      expect(el.shadowRoot!.activeElement).to.equal(slider(el, 1));
      el.values = [1, 2, 3, 4];
      form.requestSubmit();
      expect(submitted).to.equal(1);
    });
  });

  describe('clinician entry', () => {
    // A typed value is taken when the field loses focus. Each fixture has a button after the scale, as
    // a clinician's form has, so the last Tab lands on the page: past its last control, Firefox and
    // WebKit hand focus to the browser's own interface, where what a Tab does is the browser's affair.
    it('takes typed values item by item and records the administration mode', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><ors-scale mode="clinician" date="2026-03-04"></ors-scale><button type="button">Save</button></div>`);
      const el = wrap.querySelector('ors-scale')!;
      const inputs = el.shadowRoot!.querySelectorAll('input');
      const seen = record(el, 'input', 'change');
      for (const [i, text] of ['4,2', '0', '10', '7.7'].entries()) {
        inputs[i]!.focus();
        await sendKeys({ type: text });
        await sendKeys({ press: 'Tab' });
      }
      expect(el.values).to.deep.equal([4.2, 0, 10, 7.7]);
      expect(seen.change).to.have.length(4);
      expect(el.rating).to.deep.equal({ instrument: 'ors', items: [4.2, 0, 10, 7.7], date: '2026-03-04', rater: 'client', mode: 'paper' });
      // Back in the first field with its text selected, as clicking into it and selecting all leaves it
      // (select() alone does not move focus in Firefox).
      inputs[0]!.focus();
      inputs[0]!.select();
      await sendKeys({ type: '4.25' });
      await sendKeys({ press: 'Tab' });
      expect(el.values[0]).to.equal(4.2);
      expect(shownText(el)).to.contain('Enter a number from 0 to 10 with at most one decimal.');
    });
    it('takes the total only as a total-only Rating, submitting NAME.total', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><ors-scale name="ors" mode="clinician" entry="total" administration="oral" date="2026-03-04"></ors-scale><button>Save</button></form>`);
      const el = form.querySelector('ors-scale')!;
      expect(el.rating).to.equal(null);
      el.shadowRoot!.querySelector('input')!.focus();
      await sendKeys({ type: '23,4' });
      await sendKeys({ press: 'Tab' });
      expect([el.total, el.complete, el.administration]).to.deep.equal([23.4, true, 'oral']);
      expect(el.rating).to.deep.equal({ instrument: 'ors', items: [], total: 23.4, date: '2026-03-04', rater: 'client', mode: 'oral' });
      expect(scoreRating(el.rating!)).to.deep.equal({ total: 23.4, items: [] });
      expect([...new FormData(form)]).to.deep.equal([['ors.total', '23.4']]);
    });
    it('sends the total-only Rating with fit-submit', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div><ors-scale mode="clinician" entry="total" administration="paper" rater="caretaker" date="2026-03-04" submit-label="Send"></ors-scale><button type="button">Save</button></div>`,
      );
      const el = wrap.querySelector('ors-scale')!;
      const seen = record(el, 'fit-submit');
      el.shadowRoot!.querySelector('input')!.focus();
      await sendKeys({ type: '31' });
      await sendKeys({ press: 'Tab' });
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="submit"]')!.click();
      expect(seen['fit-submit']).to.have.length(1);
      const { detail } = seen['fit-submit']![0] as CustomEvent;
      expect(detail.rating).to.deep.equal({ instrument: 'ors', items: [], total: 31, date: '2026-03-04', rater: 'caretaker', mode: 'paper' });
      expect(detail.total).to.equal(31);
    });
  });

  describe('review', () => {
    const SAVED = { instrument: 'ors', items: [4.2, 0, 10, 7.7], date: '2026-03-04', rater: 'client', mode: 'telehealth' } as const;

    it('shows a saved Rating with its values, total and date; keys, clicks and the button change nothing', async () => {
      const el = await render(html`<ors-scale mode="review" submit-label="Send"></ors-scale>`);
      el.load({ ...SAVED, items: [...SAVED.items] });
      await el.updateComplete;
      expect(sliders(el).map((s) => s.getAttribute('aria-valuetext'))).to.deep.equal(['4.2 of 10', '0.0 of 10', '10.0 of 10', '7.7 of 10']);
      expect(sliders(el).every((s) => s.getAttribute('aria-readonly') === 'true')).to.equal(true);
      expect(shownText(el)).to.contain('Total: 21.9');
      expect(shownText(el)).to.contain('Given on ');
      slider(el, 0).focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'End' });
      await clickLine(el, 1, 0.5);
      expect(el.values).to.deep.equal([4.2, 0, 10, 7.7]);
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
      expect(el.rating).to.deep.equal(SAVED);
    });

    it('shows a saved total-only Rating as its total alone, which cannot be edited', async () => {
      // A button after the scale, as in the clinician-entry tests: the Tab below stays in the page.
      const wrap = await fixture<HTMLDivElement>(html`<div><ors-scale mode="review"></ors-scale><button type="button">Close</button></div>`);
      const el = wrap.querySelector('ors-scale')!;
      const saved = { instrument: 'ors', items: [], total: 23.4, date: '2026-03-04', rater: 'caretaker', mode: 'oral' } as const;
      el.load({ ...saved, items: [] });
      await el.updateComplete;
      const field = el.shadowRoot!.querySelector('input')!;
      expect(sliders(el)).to.have.length(0);
      expect([field.value, field.readOnly, field.labels![0]!.textContent!.trim()]).to.deep.equal(['23.4', true, 'Total, 0 to 40']);
      field.focus();
      await sendKeys({ press: '1' });
      await sendKeys({ press: 'Tab' });
      expect([el.total, field.value]).to.deep.equal([23.4, '23.4']);
      expect(el.rating).to.deep.equal(saved);
      await expect(el).to.be.accessible();
      // Loading a rating with items brings the lines back.
      el.load({ ...SAVED, items: [...SAVED.items] });
      await el.updateComplete;
      expect([sliders(el).length, el.total]).to.deep.equal([4, 21.9]);
    });

    it('refuses a bad Rating with a named error, keeping what it showed', async () => {
      const el = await render(html`<ors-scale mode="review"></ors-scale>`);
      el.load({ ...SAVED, items: [...SAVED.items] });
      for (const [bad, code, field] of [
        [{ ...SAVED, items: [], total: 40.1 }, 'item-out-of-range', 'total'],
        [{ ...SAVED, items: [], total: 12.34 }, 'item-too-fine', 'total'],
        [{ ...SAVED, items: [], total: null }, 'item-not-a-number', 'total'],
        [{ ...SAVED, items: [] }, 'item-count', 'values'],
        [{ ...SAVED, items: [1, 2, 3] }, 'item-count', 'values'],
        [{ ...SAVED, date: '2026-02-30' }, 'bad-date', 'date'],
        [{ ...SAVED, instrument: 'srs' }, 'unknown-instrument', 'instrument'],
      ] as const) {
        const error = catchError(() => el.load(bad as never));
        expect(error, JSON.stringify(bad)).to.be.instanceOf(FitlineError);
        expect([error.code, error.field]).to.deep.equal([code, field]);
      }
      expect(el.rating).to.deep.equal(SAVED);
      // A client's scale has only lines: it cannot show a total alone.
      el.mode = 'client';
      const error = catchError(() => el.load({ ...SAVED, items: [], total: 20 }));
      expect([error.code, error.field]).to.deep.equal(['bad-option', 'mode']);
      expect(el.values).to.deep.equal([4.2, 0, 10, 7.7]);
    });
  });

  describe('reset and restore', () => {
    it('form reset clears the marks', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><ors-scale name="ors"></ors-scale></form>`);
      const el = form.querySelector('ors-scale')!;
      el.values = [1, 2, 3, 4];
      form.reset();
      expect(el.values).to.deep.equal([null, null, null, null]);
      expect([...new FormData(form)]).to.deep.equal([]);
    });
    it('restores the marks the browser saved, and ignores a state it does not recognise', async () => {
      const el = await render(html`<ors-scale name="ors"></ors-scale>`);
      el.formStateRestoreCallback('42,,100,0,', 'restore');
      expect(el.values).to.deep.equal([4.2, null, 10, 0]);
      el.formStateRestoreCallback('nonsense', 'restore');
      el.formStateRestoreCallback('999,1,1,1,', 'autocomplete');
      expect(el.values).to.deep.equal([4.2, null, 10, 0]);
    });
  });

  describe('content packs', () => {
    it('shows a registered pack for the page language, without the placeholder notice', async () => {
      registerContent(testPack('cors', 'fr'));
      const el = await render(html`<ors-scale variant="child" lang="fr"></ors-scale>`);
      expect(shownText(el)).to.contain('Label individually').and.contain('© Test rights holder');
      expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    });
    it('shows a pack and a language registered after it rendered, keeping the marks', async () => {
      // Hosts often load their licensed pack after the page has drawn its scales.
      const el = await render(html`<ors-scale lang="da"></ors-scale>`);
      el.values = [1, 2, 3, 4];
      await el.updateComplete;
      expect(shownText(el)).to.contain('Sample item 1');
      // Danish numbers already; English words until Danish strings are registered.
      expect(slider(el, 0).getAttribute('aria-valuetext')).to.equal('1,0 of 10');
      registerContent(testPack('ors', 'da'));
      await el.updateComplete;
      expect(shownText(el)).to.contain('Label individually').and.contain('© Test rights holder');
      expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
      registerLocale(da);
      await el.updateComplete;
      expect(slider(el, 0).getAttribute('aria-valuetext')).to.equal('1,0 af 10');
      expect(el.values).to.deep.equal([1, 2, 3, 4]);
    });
    it('refuses an incomplete pack with a named error, keeping the old one', async () => {
      const el = await render();
      el.content = testPack('ors');
      const pack = testPack('ors');
      pack.items[2]!.label = '';
      const error = catchError(() => (el.content = pack));
      expect([error.code, error.field]).to.deep.equal(['bad-content', 'items[2].label']);
      expect(el.content!.items[2]!.label).to.equal('Label socially');
      expect(catchError(() => registerContent({ ...testPack('ors'), rights: '' })).field).to.equal('rights');
      expect(catchError(() => (el.content = testPack('srs'))).field).to.equal('instrument');
    });
  });

  describe('lifecycle', () => {
    it('keeps values set as a property before the element was defined', async () => {
      const early = document.createElement('ors-scale-early') as OrsScale;
      early.values = [4.2, null, 10, 0];
      early.setAttribute('variant', 'child');
      document.body.append(early);
      customElements.define('ors-scale-early', class extends OrsScale {});
      await early.updateComplete;
      expect(early.values).to.deep.equal([4.2, null, 10, 0]);
      expect(early.instrument).to.equal('cors');
      expect(marks(early)).to.equal(3);
      early.remove();
    });
    it('keeps the marks when moved in the DOM', async () => {
      const el = await render(html`<ors-scale style="width:600px"></ors-scale>`);
      await clickLine(el, 0, 0.42);
      const other = document.createElement('section');
      document.body.append(other);
      other.append(el);
      await el.updateComplete;
      expect(el.values[0]).to.equal(4.2);
      expect(marks(el)).to.equal(1);
      other.remove();
    });
    it('keeps the marks when a re-render sets the same properties', async () => {
      const pack = testPack('ors');
      const values = [null, null, null, null];
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const { render: litRender } = await import('lit');
      const view = () => litRender(html`<ors-scale style="width:600px" .content=${pack} .values=${values} variant="adult" name="x"></ors-scale>`, host);
      view();
      const el = host.querySelector('ors-scale')!;
      await el.updateComplete;
      await clickLine(el, 0, 0.5);
      expect(el.values[0]).to.equal(5);
      el.content = pack;
      el.variant = 'adult';
      view();
      await el.updateComplete;
      expect(el.values[0]).to.equal(5);
    });
    it('re-renders its interface text when an ancestor changes language mid-rating, keeping the marks', async () => {
      registerLocale(de);
      const wrap = await render(html`<div lang="en"><section><ors-scale show-values style="width:600px"></ors-scale></section></div>`);
      const el = wrap.querySelector('ors-scale')!;
      await clickLine(el, 0, 0.42);
      await clickLine(el, 2, 1);
      wrap.setAttribute('lang', 'de');
      // The change is seen by a mutation observer (a microtask), which then schedules the update.
      await aTimeout(0);
      await el.updateComplete;
      expect(slider(el, 0).getAttribute('aria-valuetext')).to.equal('4,2 von 10');
      expect(slider(el, 1).getAttribute('aria-valuetext')).to.equal('nicht markiert');
      expect(shownText(el)).to.contain('Platzhaltertext');
      expect(el.values).to.deep.equal([4.2, null, 10, null]);
      expect(marks(el)).to.equal(2);
      // A nearer ancestor taking a language wins over the farther one.
      wrap.querySelector('section')!.setAttribute('lang', 'en');
      await aTimeout(0);
      await el.updateComplete;
      expect(slider(el, 0).getAttribute('aria-valuetext')).to.equal('4.2 of 10');
      expect(el.values).to.deep.equal([4.2, null, 10, null]);
    });
    it('follows a change of direction on an ancestor mid-rating', async () => {
      const wrap = await render(html`<div><ors-scale style="width:600px"></ors-scale></div>`);
      const el = wrap.querySelector('ors-scale')!;
      slider(el, 0).focus();
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowRight' });
      wrap.dir = 'rtl';
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.values[0]).to.equal(0.3);
      await clickLine(el, 1, 0.25, true);
      expect(el.values[1]).to.equal(2.5);
    });
    it('keeps the marks when the content pack is swapped mid-rating', async () => {
      const el = await render(html`<ors-scale style="width:600px"></ors-scale>`);
      await clickLine(el, 0, 0.42);
      slider(el, 3).focus();
      await sendKeys({ press: 'End' });
      el.content = testPack('ors');
      await el.updateComplete;
      expect(shownText(el)).to.contain('Label individually').and.not.contain('Sample item');
      expect(el.values).to.deep.equal([4.2, null, null, 10]);
      expect(marks(el)).to.equal(2);
      el.content = { ...testPack('ors'), title: 'Second pack' };
      await el.updateComplete;
      expect(shownText(el)).to.contain('Second pack');
      el.content = undefined;
      await el.updateComplete;
      expect(shownText(el)).to.contain('Sample item 1');
      expect(el.values).to.deep.equal([4.2, null, null, 10]);
    });
  });

  describe('submit', () => {
    it('sends fit-submit once per completed rating, however often the button is used', async () => {
      const el = await render(html`<ors-scale submit-label="Send" rater="caretaker" administration="telehealth" date="2026-03-04T10:00Z"></ors-scale>`);
      const seen = record(el, 'fit-submit');
      const button = el.shadowRoot!.querySelector('button')!;
      button.click();
      expect(seen['fit-submit']).to.have.length(0);
      el.values = [4.2, 5, 6, 7];
      await el.updateComplete;
      // Below the fold of a small window: a person scrolls to the button first.
      button.scrollIntoView({ block: 'center' });
      const box = button.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + 10), Math.round(box.top + 10)] });
      await sendMouse({ type: 'click', position: [Math.round(box.left + 10), Math.round(box.top + 10)] });
      button.focus();
      await sendKeys({ press: 'Enter' });
      expect(seen['fit-submit']).to.have.length(1);
      const { detail } = seen['fit-submit']![0] as CustomEvent;
      expect(detail.rating).to.deep.equal({ instrument: 'ors', items: [4.2, 5, 6, 7], date: '2026-03-04T10:00Z', rater: 'caretaker', mode: 'telehealth' });
      expect(detail.total).to.equal(22.2);
      await el.updateComplete;
      expect(shownText(el)).to.contain('Sent.');
      el.values = [4.2, 5, 6, 8];
      button.click();
      expect(seen['fit-submit']).to.have.length(2);
    });
  });
});
