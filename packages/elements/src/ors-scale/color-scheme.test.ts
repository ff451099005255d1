// WCAG 1.4.3 Contrast (Minimum) and 1.4.11 Non-text Contrast when the host page has one colour scheme
// and the person's system prefers the other. The scales paint no background of their own, so their
// colours must follow the page they sit on (shared/theme.styles.ts), not the system: a client whose
// phone is in dark mode, filling in the ORS in a light portal, must not get light grey on white.
// (What is measured holds for both scales: they share the theme and the line.)
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { restoreDesktop, setColorScheme } from '../fit-chart/chart-frame-test-helpers.js';
import type { ChartFrame } from '../fit-chart/chart-frame-test-helpers.js';
import { channels, contrast, luminance } from '../contrast-test-helpers.js';

type FrameWindow = Window & typeof globalThis;

/** A host page of its own (styles `pageCss`) in a frame, with one `<ors-scale>`. */
async function hostPage(pageCss: string): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; scale: HTMLElement & { updateComplete: Promise<boolean> } }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 640px; height: 700px; border: 0; color-scheme: light';
  const define = new URL('../ors-scale/define.ts', import.meta.url).href;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${pageCss}</style></head><body><ors-scale></ors-scale><script type="module" src="${define}"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await win.customElements.whenDefined('ors-scale');
  const scale = win.document.querySelector('ors-scale') as HTMLElement & { updateComplete: Promise<boolean> };
  await scale.updateComplete;
  return { frame, win, scale };
}

/** What the person sees behind the scale: the host page's own background (the scale paints none). */
function pageBackground(win: FrameWindow): string {
  const body = win.getComputedStyle(win.document.body).backgroundColor;
  if (channels(body).length === 3 && !body.startsWith('rgba')) return body;
  const html = win.getComputedStyle(win.document.documentElement).backgroundColor;
  if (!html.startsWith('rgba')) return html;
  // Neither paints: the canvas colour of the root's own scheme shows.
  const probe = win.document.createElement('span');
  probe.style.color = 'Canvas';
  win.document.body.append(probe);
  const canvas = win.getComputedStyle(probe).color;
  probe.remove();
  return canvas;
}

/** Contrast of the label, the anchors, the line and the keyboard focus ring against the page. */
async function measure(win: FrameWindow, scale: HTMLElement): Promise<Record<string, number>> {
  const root = scale.shadowRoot!;
  const style = (selector: string) => win.getComputedStyle(root.querySelector(selector)!);
  const background = pageBackground(win);
  // The line is painted as a gradient of one colour.
  const line = style('.line').backgroundImage.match(/rgba?\([^)]*\)/)![0];
  // Into the framed page, then Tab to the first line, as a keyboard user does.
  win.focus();
  await sendKeys({ press: 'Tab' });
  expect(root.activeElement?.getAttribute('role'), 'the first line has keyboard focus').to.equal('slider');
  return {
    label: contrast(style('.label').color, background),
    anchors: contrast(style('.anchors').color, background),
    line: contrast(line, background),
    focusRing: contrast(style('.track').outlineColor, background),
  };
}

describe('a scale whose page and system prefer different colour schemes', () => {
  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    await restoreDesktop();
  });

  it('keeps 4.5:1 text and 3:1 line and focus ring on a light host page when the system prefers dark', async () => {
    // A host page that never opted into dark: no color-scheme, white background.
    const framed = await hostPage('body { background: #fff; color: #000 }');
    await setColorScheme(framed as unknown as ChartFrame, 'dark');
    expect(framed.win.matchMedia('(prefers-color-scheme: dark)').matches, 'the system prefers dark').to.equal(true);
    const ratios = await measure(framed.win, framed.scale);
    // Colours taken from the system instead measured label 1.23, anchors 2.19, line 2.52, focus ring 2.22.
    expect(ratios).to.deep.equal({ ...ratios, label: Math.max(ratios.label!, 4.5), anchors: Math.max(ratios.anchors!, 4.5), line: Math.max(ratios.line!, 3), focusRing: Math.max(ratios.focusRing!, 3) });
  });

  it('keeps 4.5:1 text and 3:1 line on a dark host page when the system prefers light', async () => {
    // A host page that is always dark (a telehealth app's video room, say).
    const framed = await hostPage(':root { color-scheme: dark } body { background: #121212; color: #eee }');
    expect(framed.win.matchMedia('(prefers-color-scheme: light)').matches, 'the system prefers light').to.equal(true);
    const ratios = await measure(framed.win, framed.scale);
    // Colours taken from the system instead measured label 1.19, anchors 2.93, line 2.48, focus ring 2.81.
    expect(ratios).to.deep.equal({ ...ratios, label: Math.max(ratios.label!, 4.5), anchors: Math.max(ratios.anchors!, 4.5), line: Math.max(ratios.line!, 3), focusRing: Math.max(ratios.focusRing!, 3) });
  });

  it('turns dark with a page that supports both schemes, keeping its contrast', async () => {
    const framed = await hostPage(':root { color-scheme: light dark }');
    await setColorScheme(framed as unknown as ChartFrame, 'dark');
    const label = framed.win.getComputedStyle(framed.scale.shadowRoot!.querySelector('.label')!).color;
    expect(luminance(label), `the label's colour ${label} is the dark scheme's light text`).to.be.greaterThan(0.5);
    const ratios = await measure(framed.win, framed.scale);
    expect(ratios).to.deep.equal({ ...ratios, label: Math.max(ratios.label!, 4.5), anchors: Math.max(ratios.anchors!, 4.5), line: Math.max(ratios.line!, 3), focusRing: Math.max(ratios.focusRing!, 3) });
  });
});
