// The plain-HTML example, as a person uses it: the page loads the bundle beside it, the person marks
// the four lines, presses Send (twice, impatiently), and the chart shows the rating once.
// embed.node-test.ts checks that the page is the README's embed example.
import { expect } from '@open-wc/testing';
import { clickIn, openExample, removeFrames } from '../example-frame-test-helpers.js';

describe('the plain-HTML example', () => {
  afterEach(removeFrames);

  it('sends a rating from the scale to the chart, once', async () => {
    const { frame, doc } = await openExample('/examples/plain-html/index.html', ['srs-scale', 'fit-chart']);
    const scale = doc.querySelector('srs-scale')!;
    const chart = doc.querySelector('fit-chart') as HTMLElement & { ratings: { instrument: string; items: number[] }[] };
    const lines = [...scale.shadowRoot!.querySelectorAll('[part="line"]')];
    expect(lines).to.have.length(4);
    for (const [i, line] of lines.entries()) await clickIn(frame, line, [0.9, 0.8, 0.95, 0.7][i]);
    const send = scale.shadowRoot!.querySelector('button')!;
    expect(send.textContent!.trim()).to.equal('Send');
    await clickIn(frame, send);
    await clickIn(frame, send);
    expect(chart.ratings).to.have.length(1);
    expect(chart.ratings[0]!.instrument).to.equal('srs');
    expect(chart.ratings[0]!.items).to.deep.equal([9, 8, 9.5, 7]);
  });
});
