// The scales as a whole have a name (issue 13.4): each scale is a group named by its title and
// described by its instructions and the placeholder notice; each line's name says which scale it
// is on; an unmarked line exposes no value a screen reader could read as 5. Attributes are checked
// in every engine, the computed accessibility tree where the test runner can read it (Chromium).
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../ors-scale/define.js';
import '../srs-scale/define.js';
import type { RatingScale } from './rating-scale.js';
import { registerContent } from '../content/registry.js';
import { registerLocale } from '../locale/strings.js';
import { de } from '../locale/de.js';
import { nb } from '../locale/nb.js';
import { ar } from '../locale/ar.js';
import { slider, testPack } from './test-helpers.js';

/** The texts of the elements an ARIA id list on `el` points at, in the scale's shadow root. */
const textsOf = (scale: RatingScale, el: Element, attr: string) =>
  (el.getAttribute(attr) ?? '').split(' ').filter(Boolean).map((id) => scale.shadowRoot!.getElementById(id)?.textContent ?? `(no #${id})`);
const group = (scale: RatingScale) => scale.shadowRoot!.querySelector('[role="group"]')!;

interface AxNode {
  role: string;
  name?: string;
  value?: number | string;
  children?: AxNode[];
}
const flat = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flat)];
const isChromium = navigator.userAgent.includes('Chrome/');
/** The page's computed accessibility tree (Chromium's, through the test runner), as a flat list. */
const axNodes = async () => flat((await a11ySnapshot({})) as unknown as AxNode);

describe('the scales as a whole', () => {
  it('is a group named by its title and described by its instructions and the placeholder notice', async () => {
    const el = await fixture<RatingScale>(html`<ors-scale></ors-scale>`);
    const g = group(el);
    expect(textsOf(el, g, 'aria-labelledby')).to.deep.equal(['ORS (placeholder)']);
    expect(textsOf(el, g, 'aria-describedby')).to.deep.equal([el.shadowRoot!.querySelector('[part="instructions"]')!.textContent, 'Placeholder wording: register your licensed content.']);
    // A licensed pack: no notice. Clinician entry: no instructions either.
    registerContent(testPack('srs'));
    const srs = await fixture<RatingScale>(html`<srs-scale></srs-scale>`);
    expect(textsOf(srs, group(srs), 'aria-describedby')).to.deep.equal(['Test instructions <img src=x onerror="window.__injected = true">']);
    srs.mode = 'clinician';
    await srs.updateComplete;
    expect(group(srs).hasAttribute('aria-describedby')).to.equal(false);
    expect(textsOf(srs, group(srs), 'aria-labelledby')).to.deep.equal(['Test srs <b>title</b>']);
    await expect(srs).to.be.accessible();
  });

  it('names each line with its label and its scale, so two "item 4" lines on one page differ', async () => {
    const page = await fixture<HTMLElement>(html`<div><ors-scale></ors-scale><srs-scale variant="group"></srs-scale></div>`);
    const [ors, gsrs] = [...page.children] as RatingScale[];
    const name = (scale: RatingScale) => textsOf(scale, slider(scale, 3), 'aria-labelledby').join(' ');
    expect(name(ors!)).to.equal('Sample item 4 (overall) ORS (placeholder)');
    expect(name(gsrs!)).to.equal(`${textsOf(gsrs!, slider(gsrs!, 3), 'aria-labelledby')[0]} GSRS (placeholder)`);
    expect(name(ors!)).to.not.equal(name(gsrs!));
    if (isChromium) {
      const sliders = (await axNodes()).filter((n) => n.role === 'slider');
      expect(sliders.map((s) => s.name)).to.include.members(['Sample item 4 (overall) ORS (placeholder)', name(gsrs!)]);
    }
  });

  it('exposes an unmarked line at no value a screen reader could read as 5, and a marked one at its value', async () => {
    const el = await fixture<RatingScale>(html`<ors-scale></ors-scale>`);
    const line = slider(el, 0);
    // Without aria-valuenow, browsers expose a slider at its midpoint, 5 here.
    expect([line.getAttribute('aria-valuenow'), line.getAttribute('aria-valuemin'), line.getAttribute('aria-valuetext')]).to.deep.equal(['0', '0', 'not marked']);
    if (isChromium) {
      const values = (await axNodes()).filter((n) => n.role === 'slider').map((n) => n.value);
      expect(values).to.deep.equal([0, 0, 0, 0]);
    }
    el.values = [5, null, null, null];
    await el.updateComplete;
    expect([line.getAttribute('aria-valuenow'), line.getAttribute('aria-valuetext')]).to.deep.equal(['5', '5.0 of 10']);
  });

  for (const [code, strings] of [['de', de], ['nb', nb], ['ar', ar]] as const) {
    it(`names the group and its lines in ${code} with a ${code} pack`, async () => {
      registerLocale(strings);
      registerContent({ ...testPack('cors', code), title: `${code} CORS` });
      const page = await fixture<HTMLElement>(html`<div lang=${code} dir=${code === 'ar' ? 'rtl' : 'ltr'}><ors-scale variant="child"></ors-scale></div>`);
      const el = page.firstElementChild as RatingScale;
      expect(textsOf(el, group(el), 'aria-labelledby')).to.deep.equal([`${code} CORS`]);
      expect(textsOf(el, slider(el, 1), 'aria-labelledby')).to.deep.equal(['Label interpersonally', `${code} CORS`]);
      expect(slider(el, 1).getAttribute('aria-valuetext')).to.equal(strings.notMarked);
      await expect(el).to.be.accessible();
    });
  }
});
