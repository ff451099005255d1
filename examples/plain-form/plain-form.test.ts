// The plain-form example, as a person uses it: the scale is a form field like any other. Save with a
// line unmarked is stopped; saved, its values travel in the form data; Back brings the marks back
// (a real navigation, restoring the form state); Clear empties them.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clickIn, frameLoad, openExample, removeFrames } from '../example-frame-test-helpers.js';

type Scale = HTMLElement & { values: (number | null)[]; updateComplete: Promise<unknown> };

async function scaleIn(frame: HTMLIFrameElement): Promise<Scale> {
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('ors-scale');
  const scale = win.document.querySelector('ors-scale') as Scale;
  await scale.updateComplete;
  return scale;
}

describe('the plain-form example', () => {
  let frame: HTMLIFrameElement;
  beforeEach(async () => {
    ({ frame } = await openExample('/examples/plain-form/index.html', ['ors-scale']));
  });
  afterEach(removeFrames);

  it('saves the marks as form data, restores them on Back, and clears them on Clear', async () => {
    let scale = await scaleIn(frame);
    const sliders = [...scale.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]')];
    // An unmarked line stops the save, with the browser's message on that line.
    sliders[0]!.focus();
    await sendKeys({ press: 'End' });
    await clickIn(frame, frame.contentDocument!.querySelector('button[type="submit"]')!);
    expect(frame.contentWindow!.location.pathname).to.equal('/examples/plain-form/index.html');
    expect(scale.matches(':invalid')).to.equal(true);

    // The first key on an unmarked line places the mark (End at 10); the next moves it.
    for (const [i, keys] of [['End'], ['Home'], ['End', 'PageDown'], ['End', 'PageDown']].entries()) {
      sliders[i]!.focus();
      for (const key of keys) await sendKeys({ press: key });
    }
    expect(scale.values).to.deep.equal([10, 0, 9, 9]);
    const saved = frameLoad(frame);
    await clickIn(frame, frame.contentDocument!.querySelector('button[type="submit"]')!);
    await saved;
    const sent = new URLSearchParams(frame.contentWindow!.location.search);
    expect([...sent.entries()]).to.deep.equal([
      ['ors.individually', '10'],
      ['ors.interpersonally', '0'],
      ['ors.socially', '9'],
      ['ors.overall', '9'],
      ['ors.total', '28'],
    ]);

    const back = frameLoad(frame);
    frame.contentWindow!.history.back();
    await back;
    scale = await scaleIn(frame);
    expect(scale.values).to.deep.equal([10, 0, 9, 9]);

    await clickIn(frame, frame.contentDocument!.querySelector('button[type="reset"]')!);
    expect(scale.values).to.deep.equal([null, null, null, null]);
  });
});
