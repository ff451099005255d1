// <fit-chart> in the modes a host page can be in (dark, forced colours, another pixel ratio, print),
// and the picture itself: PNG legend, compact scale, alert flags clear of the cutoff labels. Every
// check reads pixels or layout, not private fields. Dark and zoom are switched on and off while the chart
// runs, in every engine, by the desktop or by a frame's embedder (chart-frame-test-helpers.ts); forced
// colours and print by the element's own rules for them, since no engine lets a page switch those on.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { ILLUSTRATIVE_TRAJECTORY } from '@fitline/core';
import type { Rating } from '@fitline/core';
import './define.js';
import type { FitChart } from './fit-chart.js';
import { EPISODE, ORS_ITEMS, ors, srs, painted, plotCanvas, plotArea } from './chart-test-helpers.js';
import { applyMediaRules } from '../media-rules-test-helpers.js';
import { chartInFrame, restoreDesktop, setColorScheme, zoomBy } from './chart-frame-test-helpers.js';

async function chart(ratings: Rating[], compact = false): Promise<FitChart> {
  const el = await fixture<FitChart>(html`<fit-chart style=${compact ? '' : 'width: 640px'} .ratings=${ratings} ?compact=${compact}></fit-chart>`);
  await painted(el);
  return el;
}

type Rgb = [number, number, number];
/** Opaque pixels of exactly one colour, as [x, y] in canvas pixels. */
function pixelsOf(canvas: HTMLCanvasElement | ImageBitmap, [r, g, b]: Rgb): [number, number][] {
  const c = document.createElement('canvas');
  c.width = canvas.width;
  c.height = canvas.height;
  const ctx = c.getContext('2d')!;
  ctx.drawImage(canvas, 0, 0);
  const data = ctx.getImageData(0, 0, c.width, c.height).data;
  const found: [number, number][] = [];
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) found.push([(i / 4) % c.width, Math.floor(i / 4 / c.width)]);
  }
  return found;
}
/** A CSS colour as the browser resolves it, in this document's scheme. */
function rgb(color: string): Rgb {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const m = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
  probe.remove();
  return [m[0]!, m[1]!, m[2]!];
}
const LIGHT_MARK: Rgb = [11, 92, 173];
const DARK_MARK: Rgb = [108, 178, 255];

describe('<fit-chart> display modes', () => {
  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    await restoreDesktop();
  });

  it('paints in the dark palette when the page turns dark, and back', async () => {
    const framed = await chartInFrame(EPISODE);
    const { win, el } = framed;
    const dark = win.matchMedia('(prefers-color-scheme: dark)');
    expect(dark.matches).to.equal(false);
    expect(pixelsOf(plotCanvas(el)!, LIGHT_MARK).length).to.be.greaterThan(50);
    await setColorScheme(framed, 'dark');
    await painted(el);
    expect(dark.matches, 'the framed page prefers the dark scheme').to.equal(true);
    expect(pixelsOf(plotCanvas(el)!, DARK_MARK).length).to.be.greaterThan(50);
    expect(pixelsOf(plotCanvas(el)!, LIGHT_MARK).length).to.equal(0);
    // The PNG is on the dark surface.
    const png = await createImageBitmap(await el.toPNG());
    expect(pixelsOf(png, [21, 25, 30]).length).to.be.greaterThan((png.width * png.height) / 2);
    await setColorScheme(framed, 'light');
    await painted(el);
    expect(dark.matches).to.equal(false);
    expect(pixelsOf(plotCanvas(el)!, LIGHT_MARK).length).to.be.greaterThan(50);
  });

  it('paints with system colours under the forced-colors rules', async () => {
    // No test browser can switch forced colours on, so the element's own forced-colors rules are
    // applied as they stand, without their media condition, and the chart redrawn.
    const el = await chart(EPISODE);
    applyMediaRules(el, (text) => text.includes('forced-colors'));
    el.ratings = [...EPISODE];
    await painted(el);
    const canvasText = rgb('CanvasText');
    expect(pixelsOf(plotCanvas(el)!, LIGHT_MARK).length).to.equal(0);
    expect(pixelsOf(plotCanvas(el)!, canvasText).length).to.be.greaterThan(200);
    // Outcome and alliance share a colour now: their legend entries still differ by dash and shape.
    const swatches = [...el.shadowRoot!.querySelectorAll('.legend li')].slice(0, 2).map((li) => li.querySelector('svg')!.innerHTML);
    expect(swatches[0]).to.not.equal(swatches[1]);
  });

  it('draws at the new density when the device pixel ratio changes, and back', async () => {
    const framed = await chartInFrame(EPISODE);
    const { win, el } = framed;
    const cssWidth = plotCanvas(el)!.getBoundingClientRect().width;
    expect(plotCanvas(el)!.width).to.equal(Math.round(cssWidth * win.devicePixelRatio));
    const before = win.devicePixelRatio;
    await zoomBy(framed, 2);
    await painted(el);
    expect(win.devicePixelRatio, 'the framed page is at twice its pixel ratio').to.equal(before * 2);
    expect(plotCanvas(el)!.width).to.equal(Math.round(cssWidth * before * 2));
    expect(plotCanvas(el)!.getBoundingClientRect().width).to.equal(cssWidth);
    expect(pixelsOf(plotCanvas(el)!, LIGHT_MARK).length).to.be.greaterThan(200);
    await zoomBy(framed, 0.5);
    await painted(el);
    expect(win.devicePixelRatio).to.equal(before);
    expect(plotCanvas(el)!.width).to.equal(Math.round(cssWidth * before));
    expect(pixelsOf(plotCanvas(el)!, LIGHT_MARK).length).to.be.greaterThan(50);
  });

  it('prints the chart with its table, without the buttons', async () => {
    const el = await chart(EPISODE);
    // Printing cannot start from a test page without a dialog: the browser's beforeprint and
    // afterprint events are sent, and the element's print rules applied without their condition.
    dispatchEvent(new Event('beforeprint'));
    const endPrint = applyMediaRules(el, (text) => text === 'print');
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
    expect(table.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(EPISODE.length);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.actions')!.getBoundingClientRect().height).to.equal(0);
    expect(plotCanvas(el)!.getBoundingClientRect().height).to.be.greaterThan(100);
    dispatchEvent(new Event('afterprint'));
    endPrint();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
  });
});

describe('<fit-chart> picture', () => {
  it('puts the legend in the PNG, below the plot', async () => {
    const el = await chart(EPISODE);
    const plot = plotCanvas(el)!;
    const png = await createImageBitmap(await el.toPNG());
    const below = pixelsOf(png, LIGHT_MARK).filter(([, y]) => y > png.height - (png.height - plot.height) / 2);
    // The outcome swatch: its line and its filled circle.
    expect(below.length).to.be.greaterThan(20);
  });

  it('scales a compact chart to the movement, keeping the cutoff in view', async () => {
    const el = await chart(EPISODE, true);
    expect(el.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal(el.summary);
    const canvas = plotCanvas(el)!;
    // The line left of the latest point's marker. On the 0 to 40 scale all of 17.3 to 24.1 would
    // span under 5 of the canvas's 32 pixels (with the line's width); here, well over that.
    const rows = pixelsOf(canvas, LIGHT_MARK).filter(([x]) => x < canvas.width * 0.8).map(([, y]) => y);
    expect((Math.max(...rows) - Math.min(...rows)) / canvas.height).to.be.greaterThan(0.2);
    const text = rgb('light-dark(#1f2328, #e6e8eb)');
    expect(pixelsOf(canvas, text).length).to.be.greaterThan(10);
  });

  it('flags alerts above the plot, clear of the alliance cutoff label', async () => {
    const ratings = [...EPISODE.slice(0, 10), ors(6, ORS_ITEMS[5]!), srs(6, [7, 7, 8, 8])];
    const el = await chart(ratings);
    const canvas = plotCanvas(el)!;
    const dpr = canvas.width / canvas.getBoundingClientRect().width;
    const area = plotArea(el);
    const flags = pixelsOf(canvas, rgb('light-dark(#b3261e, #ff8a80)'));
    expect(flags.length).to.be.greaterThan(20);
    for (const [, y] of flags) expect(y / dpr).to.be.lessThan(area.top);
    // The label sits right-aligned just above the line of 36 (of 40), over the last session.
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = '12px system-ui, sans-serif';
    const labelRight = area.left + area.width - 4;
    const labelLeft = labelRight - ctx.measureText('Alliance cutoff 36').width;
    const lineY = area.top + area.height * (1 - 36 / 40);
    const inLabel = flags.filter(([x, y]) => x / dpr > labelLeft && x / dpr < labelRight && y / dpr > lineY - 18 && y / dpr < lineY);
    expect(inLabel.length).to.equal(0);
  });

  it('says an illustrative band is illustrative once', async () => {
    const el = await fixture<FitChart>(html`<fit-chart style="width: 640px" .trajectory=${ILLUSTRATIVE_TRAJECTORY} .ratings=${EPISODE}></fit-chart>`);
    await painted(el);
    const entry = [...el.shadowRoot!.querySelectorAll('.legend li')].map((li) => li.textContent!).find((t) => t.includes('Expected band'))!;
    expect(entry.match(/illustrative/gi)!.length).to.equal(1);
    await nextFrame();
  });
});
