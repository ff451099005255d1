// WCAG 1.4.11 Non-text Contrast in forced-colors mode: the alert flags and the "below the expected
// band" rings are painted in CanvasText, which every high-contrast theme sets against Canvas. (The
// system colour Mark, used before, is yellow on a white Canvas in light themes: 1.07:1.)
// No engine lets a test page switch forced colours on, so, as fit-chart.modes.test.ts does, the
// element's own forced-colors rules are applied without their media condition.
import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { FitChart } from './fit-chart.js';
import { EPISODE, ORS_ITEMS, ors, srs, painted, plotCanvas } from './chart-test-helpers.js';
import { channels, contrast } from '../contrast-test-helpers.js';
import { applyMediaRules } from '../media-rules-test-helpers.js';

/** Opaque pixels of the plot canvas in exactly `color`. */
function pixelsOf(canvas: HTMLCanvasElement, color: string): number {
  const [r, g, b] = channels(color);
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let count = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) count++;
  return count;
}

describe('the chart in forced colours', () => {
  it('paints alert markers at 3:1 or more against the forced background', async () => {
    // Session 6's alliance drop raises an alert, flagged above the plot.
    const ratings = [...EPISODE.slice(0, 10), ors(6, ORS_ITEMS[5]!), srs(6, [7, 7, 8, 8])];
    const el = await fixture<FitChart>(html`<fit-chart style="width: 640px" .ratings=${ratings}></fit-chart>`);
    await painted(el);
    applyMediaRules(el, (text) => text.includes('forced-colors'));
    el.ratings = [...ratings];
    await painted(el);
    // The probe carries the colours the canvas is painted in (read-palette.ts).
    const probe = getComputedStyle(el.shadowRoot!.querySelector('.probe')!);
    const alert = probe.borderRightColor;
    const surface = probe.outlineColor;
    expect(pixelsOf(plotCanvas(el)!, alert), 'the alert flag is painted in the alert colour').to.be.greaterThan(20);
    expect(contrast(alert, surface), `alert ${alert} on ${surface}`).to.be.at.least(3);
  });
});
