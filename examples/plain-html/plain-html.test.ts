// The plain-HTML example, as a person uses it: the page loads the bundle beside it, the person marks
// the four lines, presses Send (twice, impatiently), and the chart shows the rating once.
// embed.node-test.ts checks that the page is the README's embed example.
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';

async function openExample(): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  // The frame fits the test browser's window, so a person would scroll within it, as the test does.
  frame.style.cssText = `width: ${innerWidth}px; height: ${innerHeight}px; border: 0; position: fixed; top: 0; left: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/examples/plain-html/index.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await Promise.all([win.customElements.whenDefined('srs-scale'), win.customElements.whenDefined('fit-chart')]);
  return { frame, doc: frame.contentDocument! };
}

/** A page point (the test page's coordinates) at `fraction` of an element inside the frame, scrolled into view. */
function pointIn(frame: HTMLIFrameElement, element: Element, fraction = 0.5): [number, number] {
  element.scrollIntoView({ block: 'center' });
  const outer = frame.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  return [Math.round(outer.left + box.left + fraction * box.width), Math.round(outer.top + box.top + box.height / 2)];
}

describe('the plain-HTML example', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('sends a rating from the scale to the chart, once', async () => {
    const { frame, doc } = await openExample();
    const scale = doc.querySelector('srs-scale')!;
    const chart = doc.querySelector('fit-chart') as HTMLElement & { ratings: { instrument: string; items: number[] }[] };
    const lines = [...scale.shadowRoot!.querySelectorAll('[part="line"]')];
    expect(lines).to.have.length(4);
    for (const [i, line] of lines.entries()) await sendMouse({ type: 'click', position: pointIn(frame, line, [0.9, 0.8, 0.95, 0.7][i]) });
    const send = scale.shadowRoot!.querySelector('button')!;
    expect(send.textContent!.trim()).to.equal('Send');
    await sendMouse({ type: 'click', position: pointIn(frame, send) });
    await sendMouse({ type: 'click', position: pointIn(frame, send) });
    expect(chart.ratings).to.have.length(1);
    expect(chart.ratings[0]!.instrument).to.equal('srs');
    expect(chart.ratings[0]!.items).to.deep.equal([9, 8, 9.5, 7]);
  });
});
