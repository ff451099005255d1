// A scale or a chart moved into another document (a same-origin iframe, as portals and print
// previews do, with adoptNode or a plain append there) keeps its styles, the marks or data it was
// given, its pointer and keyboard handling, and its part in the new document's form.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import './define.js';
import type { OrsScale } from './ors-scale/ors-scale.js';
import type { FitChart } from './fit-chart/fit-chart.js';
import { line, record, shownValues } from './rating-scale/test-helpers.js';
import { EPISODE, paintedPixels, plotCanvas } from './fit-chart/chart-test-helpers.js';

interface Frame {
  frame: HTMLIFrameElement;
  doc: Document;
  form: HTMLFormElement;
}

/** A same-origin iframe at the top of the page, with an empty form, loaded. */
async function frameWithForm(): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.title = 'Print preview';
  frame.style.cssText = 'display: block; width: 700px; height: 560px; border: 0; margin: 0';
  frame.srcdoc = '<!doctype html><html lang="en"><head><title>Preview</title></head><body style="margin: 8px"><form></form></body></html>';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.prepend(frame);
  await loaded;
  scrollTo(0, 0);
  const doc = frame.contentDocument!;
  return { frame, doc, form: doc.querySelector('form')! };
}

/** The top page's point at `fraction` across the middle of `el`, an element inside the frame. */
function pointInFrame({ frame }: Frame, el: Element, fraction = 0.5): [number, number] {
  const outer = frame.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  return [Math.round(outer.left + box.left + fraction * box.width), Math.round(outer.top + box.top + box.height / 2)];
}

/** What the form would submit, by name. */
const submitted = (form: HTMLFormElement) => Object.fromEntries(new FormData(form));

describe('moved into another document', () => {
  let frame: Frame | undefined;
  afterEach(async () => {
    frame?.frame.remove();
    frame = undefined;
    await resetMouse();
  });

  it('a scale keeps its styles, marks, keys, pointer and form in an iframe', async () => {
    const scale = await fixture<OrsScale>(html`<ors-scale name="ors" required style="width: 600px"></ors-scale>`);
    scale.values = [null, 5, 4.2, 7];
    await scale.updateComplete;
    const lineHeight = line(scale, 1).getBoundingClientRect().height;
    expect(lineHeight, 'the line, styled, before the move').to.equal(44);

    frame = await frameWithForm();
    frame.form.append(frame.doc.adoptNode(scale));
    await scale.updateComplete;
    await nextFrame();

    // Styled: the line keeps its box, the mark is drawn where it was.
    expect(line(scale, 1).getBoundingClientRect().height, 'the line in the iframe').to.equal(lineHeight);
    const mark = line(scale, 1).querySelector('[part="mark"]')!;
    const markStyle = getComputedStyle(mark);
    expect([markStyle.position, markStyle.width], 'the mark in the iframe').to.deep.equal(['absolute', '6px']);
    const [markBox, lineBox] = [mark.getBoundingClientRect(), line(scale, 1).getBoundingClientRect()];
    expect(markBox.left + markBox.width / 2 - lineBox.left, 'the mark at 5 of 10').to.be.closeTo(lineBox.width / 2, 1);
    // The marks the host set.
    expect(shownValues(scale)).to.deep.equal([null, '5', '4.2', '7']);
    // In the iframe's form, and incomplete, so invalid.
    expect(scale.closest('form')).to.equal(frame.form);
    expect(submitted(frame.form)).to.deep.equal({ 'ors.interpersonally': '5', 'ors.socially': '4.2', 'ors.overall': '7' });
    expect(frame.form.checkValidity(), 'required, one line unmarked').to.equal(false);

    const seen = record(scale, 'input', 'change');
    // A click at 60 % of the first line, at its place in the top page, marks it and focuses it ...
    await sendMouse({ type: 'click', position: pointInFrame(frame, line(scale, 0), 0.6) });
    const clicked = scale.values[0]!;
    expect(clicked).to.be.closeTo(6, 0.11);
    // ... and a key press moves that mark a step.
    await sendKeys({ press: 'ArrowRight' });
    expect(scale.values[0]).to.equal(Math.round(clicked * 10 + 1) / 10);
    expect(seen.change, 'a change for the click and one for the key').to.have.length(2);

    // Complete now: the form is valid and submits every item and the total.
    await scale.updateComplete;
    expect(frame.form.checkValidity()).to.equal(true);
    let sent: Record<string, FormDataEntryValue> | undefined;
    frame.form.addEventListener('submit', (e) => {
      e.preventDefault();
      sent = submitted(frame!.form);
    });
    frame.form.requestSubmit();
    expect(sent).to.deep.equal({
      'ors.individually': String(scale.values[0]),
      'ors.interpersonally': '5',
      'ors.socially': '4.2',
      'ors.overall': '7',
      'ors.total': String(scale.total),
    });
  });

  it('a chart keeps its styles, draws, and answers pointer, keys and printing in an iframe', async () => {
    const chart = await fixture<FitChart>(html`<fit-chart style="width: 600px; --fit-chart-height: 12rem" .ratings=${EPISODE}></fit-chart>`);
    const plotHeight = chart.shadowRoot!.querySelector('.plot')!.getBoundingClientRect().height;
    // Short enough that the whole chart fits in the iframe, which then shows no scroll bar.
    expect(plotHeight, 'the plot, styled, before the move').to.equal(192);

    frame = await frameWithForm();
    frame.doc.body.prepend(frame.doc.adoptNode(chart));
    await chart.updateComplete;
    for (let frames = 0; frames < 120 && !(plotCanvas(chart) && paintedPixels(plotCanvas(chart)!) > 0); frames++) await nextFrame();

    const root = chart.shadowRoot!;
    // Styled: the chart's own rules (plot height, legend in a row) and uPlot's (its overlay on the canvas).
    expect(root.querySelector('.plot')!.getBoundingClientRect().height, 'the plot in the iframe').to.equal(plotHeight);
    expect(getComputedStyle(root.querySelector('.legend')!).display).to.equal('flex');
    expect(getComputedStyle(root.querySelector('.u-over')!).position).to.equal('absolute');
    // Drawn again, with the same ratings.
    expect(paintedPixels(plotCanvas(chart)!), 'pixels painted in the iframe').to.be.above(0);

    // The arrow keys move between sessions.
    root.querySelector<HTMLElement>('.plot')!.focus();
    await sendKeys({ press: 'Home' });
    await chart.updateComplete;
    expect(root.querySelector('[part="readout"] p')!.textContent).to.match(/^Session 1,/);

    // A click on the table's button shows the table, styled as the chart styles it.
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('data table'))!;
    await sendMouse({ type: 'click', position: pointInFrame(frame, button) });
    await chart.updateComplete;
    const table = root.querySelector('table')!;
    expect(table, 'the table, shown').to.exist;
    expect(getComputedStyle(table).borderCollapse).to.equal('collapse');

    // Printing the iframe's window (its own beforeprint) puts the table in the page, as printing the top page does.
    button.click();
    await chart.updateComplete;
    expect(root.querySelector('table'), 'hidden again').to.equal(null);
    frame.frame.contentWindow!.dispatchEvent(new Event('beforeprint'));
    await chart.updateComplete;
    expect(root.querySelector('table'), 'the table, for printing').to.exist;
    frame.frame.contentWindow!.dispatchEvent(new Event('afterprint'));
  });
});
