// The cutoff labels keep clear of the data (Chartability 26): a label goes on its line where no
// series line or marker crosses it, so a client whose totals run along the cutoff never hides the
// words, and the words never hide a rating. The geometry first, then what the canvas shows.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import type { Rating } from '@fitline/core';
import './define.js';
import type { FitChart } from './fit-chart.js';
import { placeLabel, segmentTouchesBox } from './label-placement.js';
import type { Box, LabelRequest, Polyline } from './label-placement.js';
import { readPalette } from './read-palette.js';
import { channels } from '../contrast-test-helpers.js';
import { ors, painted, plotCanvas, srs } from './chart-test-helpers.js';

const REQUEST: LabelRequest = { width: 60, height: 12, y: 100, left: 0, right: 400, prefer: 'start', gap: 3 };

/** Whether any segment of the lines, grown by `reach`, meets the box. */
function crossed(box: Box, lines: Polyline[], reach: number): boolean {
  const grown = { left: box.left - reach, top: box.top - reach, right: box.right + reach, bottom: box.bottom + reach };
  return lines.some((line) => line.some((a, i) => segmentTouchesBox(a[0], a[1], (line[i + 1] ?? a)[0], (line[i + 1] ?? a)[1], grown)));
}

describe('where a cutoff label goes', () => {
  it('tells a segment that passes through a box from one that passes by', () => {
    const box = { left: 10, top: 10, right: 20, bottom: 20 };
    expect(segmentTouchesBox(0, 15, 30, 15, box), 'straight across').to.equal(true);
    expect(segmentTouchesBox(0, 0, 30, 30, box), 'corner to corner').to.equal(true);
    expect(segmentTouchesBox(12, 12, 13, 13, box), 'inside').to.equal(true);
    expect(segmentTouchesBox(0, 25, 30, 25, box), 'below').to.equal(false);
    expect(segmentTouchesBox(0, 0, 30, 5, box), 'above').to.equal(false);
    expect(segmentTouchesBox(25, 0, 25, 30, box), 'beside').to.equal(false);
    expect(segmentTouchesBox(0, 15, 15, 0, box), "a diagonal that passes the corner").to.equal(false);
  });

  it('keeps the usual place, above the line at its preferred end, when nothing crosses it', () => {
    expect(placeLabel(REQUEST, [[[0, 20], [400, 20]]], 6, [])).to.deep.equal({ box: { left: 3, top: 85, right: 63, bottom: 97 }, clear: true });
    expect(placeLabel({ ...REQUEST, prefer: 'end' }, [], 6, []).box).to.deep.include({ right: 397, bottom: 97 });
  });

  it('moves along the line, then below it, away from a series that runs along the cutoff at the start', () => {
    // Just above the line for the first half, then far above: the first clear spot above is past the middle.
    const along: Polyline = [[0, 92], [100, 93], [200, 92], [210, 20], [400, 20]];
    const { box, clear } = placeLabel(REQUEST, [along], 6, []);
    expect(clear).to.equal(true);
    expect(box.bottom).to.equal(97);
    expect(box.left).to.be.above(200);
    // Above the line everywhere: it goes below.
    const everywhere: Polyline = [[0, 92], [400, 92]];
    expect(placeLabel(REQUEST, [everywhere], 6, []).box.top).to.equal(103);
  });

  it('says when no spot is clear, and then takes the one crossed least', () => {
    const zigzag: Polyline = Array.from({ length: 41 }, (_, i) => [i * 10, i % 2 ? 80 : 120]);
    const { clear } = placeLabel(REQUEST, [zigzag], 6, []);
    expect(clear).to.equal(false);
  });

  it('never puts a label on one placed before it', () => {
    const first = placeLabel(REQUEST, [], 6, []).box;
    const second = placeLabel(REQUEST, [], 6, [first]).box;
    expect(second.left >= first.right || second.top >= first.bottom).to.equal(true);
  });

  it('finds a clear spot whenever one exists, and says so (any lines)', () => {
    const point = fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 200 }));
    const line = fc.array(point, { minLength: 1, maxLength: 8 }).map((ps) => ps.sort((a, b) => a[0] - b[0]) as Polyline);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 3 }), fc.constantFrom<'start' | 'end'>('start', 'end'), (lines, prefer) => {
        const { box, clear } = placeLabel({ ...REQUEST, prefer }, lines, 6, []);
        // By its line: just above or below it, or a marker's reach further off, inside the plot.
        expect(box.bottom === 97 || box.bottom === 91 || box.top === 103 || box.top === 109, JSON.stringify(box)).to.equal(true);
        expect(box.left).to.be.at.least(3);
        expect(box.right).to.be.at.most(397);
        // "Clear" is true exactly when nothing crosses the box it chose.
        expect(crossed(box, lines, 6)).to.equal(!clear);
      }),
    );
  });
});

/** ORS totals just above the cutoff of 25 at every session: the usual label spot is on the data. */
const ALONG_THE_CUTOFF: Rating[] = [
  [6.4, 6.3, 6.3, 6.4],
  [6.4, 6.4, 6.4, 6.4],
  [6.3, 6.3, 6.3, 6.3],
  [6.4, 6.4, 6.4, 6.4],
  [6.4, 6.3, 6.3, 6.4],
  [6.4, 6.4, 6.4, 6.4],
  [6.3, 6.3, 6.3, 6.3],
  [6.4, 6.3, 6.3, 6.4],
].flatMap((items, i) => [ors(i + 1, items), srs(i + 1, [9.5, 9.5, 9.5, 9.5])]);

describe('<fit-chart> cutoff labels on the canvas', () => {
  it('paints no rating inside the outcome cutoff label, for a client whose totals run along the cutoff', async () => {
    const painted_: { text: string; x: number; y: number; width: number; size: number }[] = [];
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number) {
      painted_.push({ text, x, y, width: this.measureText(text).width, size: parseFloat(/([\d.]+)px/.exec(this.font)?.[1] ?? 'NaN') });
      return fillText.call(this, text, x, y);
    };
    let el: FitChart;
    try {
      el = await fixture<FitChart>(html`<fit-chart style="width: 640px" .ratings=${ALONG_THE_CUTOFF}></fit-chart>`);
      await painted(el);
    } finally {
      CanvasRenderingContext2D.prototype.fillText = fillText;
    }
    const label = painted_.filter((p) => p.text === 'Cutoff 25').at(-1)!;
    expect(label, `the label is painted among ${painted_.map((p) => p.text).join(' ')}`).to.not.equal(undefined);
    const canvas = plotCanvas(el)!;
    const mark = channels(readPalette(el.shadowRoot!.querySelector('.probe')!).mark);
    // The label's box as painted (left-aligned on its bottom edge).
    const data = canvas.getContext('2d')!.getImageData(Math.floor(label.x), Math.floor(label.y - label.size), Math.ceil(label.width), Math.ceil(label.size)).data;
    let markPixels = 0;
    for (let i = 0; i < data.length; i += 4) {
      const near = Math.abs(data[i]! - mark[0]!) + Math.abs(data[i + 1]! - mark[1]!) + Math.abs(data[i + 2]! - mark[2]!) < 60;
      if (near && data[i + 3]! > 200) markPixels++;
    }
    expect(markPixels, 'pixels of the outcome series inside the label').to.equal(0);
  });
});
