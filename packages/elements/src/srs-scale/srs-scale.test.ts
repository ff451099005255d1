import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import './define.js';
import '../define.js';
import { SrsScale } from './srs-scale.js';
import { registerContent } from '../content/registry.js';
import { registerLocale } from '../locale/strings.js';
import { sv } from '../locale/sv.js';
import { catchError, clickLine, dragLine, record, shownText, slider, sliders, testPack } from '../rating-scale/test-helpers.js';

const render = (template = html`<srs-scale></srs-scale>`) => fixture<SrsScale>(template);
const marks = (el: SrsScale) => el.shadowRoot!.querySelectorAll('[part="mark"]').length;
const VARIANTS = { adult: 'srs', child: 'csrs', 'young-child': 'ycsrs', group: 'gsrs' } as const;

afterEach(async () => {
  await resetMouse();
  scrollTo(0, 0);
});

describe('<srs-scale>', () => {
  describe('accessible', () => {
    for (const variant of Object.keys(VARIANTS)) {
      it(`passes axe: ${variant} in client, clinician (items, total) and review modes`, async () => {
        const el = await render(html`<srs-scale variant=${variant} required submit-label="Send"></srs-scale>`);
        await expect(el).to.be.accessible();
        el.values = [9, 9.5, 10, 8.8];
        el.showValues = true;
        await el.updateComplete;
        await expect(el).to.be.accessible();
        el.mode = 'clinician';
        await el.updateComplete;
        await expect(el).to.be.accessible();
        el.entry = 'total';
        await el.updateComplete;
        await expect(el).to.be.accessible();
        el.mode = 'review';
        el.load({ instrument: VARIANTS[variant as keyof typeof VARIANTS], items: [9, 9, 9, 9], date: '2026-03-04' });
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('defaults', () => {
    it('starts unmarked, records the SRS and shows the placeholder notice', async () => {
      const el = await render();
      expect([el.values, el.total, el.complete, el.rating]).to.deep.equal([[null, null, null, null], null, false, null]);
      expect(el.instrument).to.equal('srs');
      expect(sliders(el)).to.have.length(4);
      expect(shownText(el)).to.contain('Placeholder wording: register your licensed content.');
    });
  });

  describe('attributes', () => {
    it('variant picks the instrument: child, young-child (faces) and group', async () => {
      const el = await render(html`<srs-scale variant="group"></srs-scale>`);
      expect(el.instrument).to.equal('gsrs');
      expect(el.shadowRoot!.querySelectorAll('[part="face"]')).to.have.length(0);
      el.variant = 'young-child';
      await el.updateComplete;
      expect(el.instrument).to.equal('ycsrs');
      expect(el.shadowRoot!.querySelectorAll('[part="face"]')).to.have.length(8);
      expect(catchError(() => ((el as { variant: string }).variant = 'teen')).code).to.equal('bad-option');
    });
    it('speaks the registered language, with numbers formatted for it', async () => {
      registerLocale(sv);
      const el = await render(html`<srs-scale lang="sv-SE"></srs-scale>`);
      el.values = [9.5, null, null, null];
      await el.updateComplete;
      expect(slider(el, 0).getAttribute('aria-valuetext')).to.equal('9,5 av 10');
      expect(slider(el, 1).getAttribute('aria-valuetext')).to.equal('inte markerad');
    });
  });

  describe('keyboard', () => {
    it('marks a line with keys alone', async () => {
      const el = await render();
      slider(el, 3).focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'PageDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(el.values).to.deep.equal([null, null, null, 8.9]);
    });
  });

  describe('pointer', () => {
    for (const width of [300, 640, 1000]) {
      it(`is exact at 0 %, 42 % and 100 % of a line ${width} px wide`, async () => {
        // A line wider than the window is reached by scrolling to each point (clickLine), as a person would.
        const el = await render(html`<srs-scale style="width:${width}px; --fit-max-width:none"></srs-scale>`);
        await clickLine(el, 3, 1);
        await clickLine(el, 2, 0.42);
        await clickLine(el, 1, 0);
        expect(el.values).to.deep.equal([null, 0, 4.2, 10]);
      });
    }
    it('mirrors on a right-to-left page', async () => {
      const el = await render(html`<srs-scale dir="rtl" style="width:400px"></srs-scale>`);
      await clickLine(el, 0, 0.42, true);
      await clickLine(el, 1, 0.9, true);
      expect(el.values.slice(0, 2)).to.deep.equal([4.2, 9]);
    });
  });

  describe('events', () => {
    it('fires input and change on user action, never on a programmatic set', async () => {
      const el = await render(html`<srs-scale style="width:600px"></srs-scale>`);
      const seen = record(el, 'input', 'change');
      el.values = [1, 1, 1, 1];
      el.reset();
      expect([seen.input!.length, seen.change!.length]).to.deep.equal([0, 0]);
      await dragLine(el, 2, 0.1, 0.9, 3);
      expect(seen.input!.length).to.be.at.least(2);
      expect(seen.change).to.have.length(1);
      expect(el.values[2]).to.equal(9);
    });
  });

  describe('form data', () => {
    it('submits the alliance item names and the total', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><srs-scale name="srs"></srs-scale></form>`);
      const el = form.querySelector('srs-scale')!;
      el.values = [9.1, 9.2, 9.3, 0.1];
      expect([...new FormData(form)]).to.deep.equal([
        ['srs.relationship', '9.1'],
        ['srs.goals', '9.2'],
        ['srs.approach', '9.3'],
        ['srs.overall', '0.1'],
        ['srs.total', '27.7'],
      ]);
    });
    it('a disabled fieldset disables the lines and submits nothing', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><srs-scale name="srs"></srs-scale></fieldset></form>`);
      const el = form.querySelector('srs-scale')!;
      el.values = [1, 2, 3, 4];
      await el.updateComplete;
      expect([...new FormData(form)]).to.deep.equal([]);
      expect(slider(el, 0).getAttribute('aria-disabled')).to.equal('true');
    });
  });

  describe('reset and restore', () => {
    it('form reset clears the marks and restore brings them back', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><srs-scale name="srs" required></srs-scale></form>`);
      const el = form.querySelector('srs-scale')!;
      el.values = [9, 9, 9, 9];
      expect(form.checkValidity()).to.equal(true);
      form.reset();
      expect(el.values).to.deep.equal([null, null, null, null]);
      expect(form.checkValidity()).to.equal(false);
      el.formStateRestoreCallback('90,91,,100,', 'restore');
      expect(el.values).to.deep.equal([9, 9.1, null, 10]);
    });
  });

  describe('content packs', () => {
    it('uses a registered pack and refuses one with a missing anchor', async () => {
      registerContent(testPack('gsrs'));
      const el = await render(html`<srs-scale variant="group"></srs-scale>`);
      expect(shownText(el)).to.contain('Label relationship').and.not.contain('Placeholder wording');
      const pack = testPack('gsrs');
      delete (pack.items[1] as Partial<(typeof pack.items)[number]>).high;
      const error = catchError(() => (el.content = pack));
      expect([error.name, error.code, error.field]).to.deep.equal(['FitlineError', 'bad-content', 'items[1].high']);
    });
  });

  describe('lifecycle', () => {
    it('keeps values set before definition and across a DOM move', async () => {
      const early = document.createElement('srs-scale-early') as SrsScale;
      early.values = [9, 8, null, 7];
      document.body.append(early);
      customElements.define('srs-scale-early', class extends SrsScale {});
      await early.updateComplete;
      expect(early.values).to.deep.equal([9, 8, null, 7]);
      const box = document.createElement('div');
      document.body.append(box);
      box.append(early);
      await early.updateComplete;
      expect([early.values, marks(early)]).to.deep.equal([[9, 8, null, 7], 3]);
      box.remove();
      early.remove();
    });
    it('registering twice is a no-op', async () => {
      await import('./define.js');
      expect(customElements.get('srs-scale')).to.equal(SrsScale);
    });
  });

  describe('submit', () => {
    it('a telehealth client sends once: repeated clicks and Enter send nothing more', async () => {
      const el = await render(html`<srs-scale submit-label="Send" administration="telehealth"></srs-scale>`);
      const seen = record(el, 'fit-submit');
      for (const i of [0, 1, 2, 3]) {
        slider(el, i).focus();
        await sendKeys({ press: 'End' });
      }
      const button = el.shadowRoot!.querySelector('button')!;
      // Below the fold of a small window: a person scrolls to the button first.
      button.scrollIntoView({ block: 'center' });
      const box = button.getBoundingClientRect();
      const at: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
      await sendMouse({ type: 'click', position: at });
      await sendMouse({ type: 'click', position: at });
      await sendKeys({ press: 'Enter' });
      expect(seen['fit-submit']).to.have.length(1);
      const { rating } = (seen['fit-submit']![0] as CustomEvent).detail;
      expect(rating.instrument).to.equal('srs');
      expect(rating.items).to.deep.equal([10, 10, 10, 10]);
      expect([rating.mode, rating.rater]).to.deep.equal(['telehealth', 'client']);
      expect(Number.isNaN(Date.parse(rating.date))).to.equal(false);
      el.rearm();
      await sendKeys({ press: 'Enter' });
      expect(seen['fit-submit']).to.have.length(2);
    });
  });
});
