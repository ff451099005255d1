// The chart's colours stay apart for people who see colour differently (Chartability 27): the three
// series colours, the alerts' colour and the text's (the cutoff lines) are told apart under full
// protanopia, deuteranopia and tritanopia as simulated by Machado, Oliveira and Fernandes (2009),
// in the light and the dark theme, and each keeps 3:1 against the surface (WCAG 1.4.11). The
// colours are read as the canvas reads them, from the chart's own probe.
import { expect, fixture, html } from '@open-wc/testing';
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, wcagContrast } from 'culori';
import type { Color } from 'culori';
import './define.js';
import type { FitChart } from './fit-chart.js';
import { readPalette } from './read-palette.js';
import type { Palette } from './read-palette.js';
import { EPISODE, painted } from './chart-test-helpers.js';

/**
 * The smallest CIEDE2000 difference two roles may have in any of the four views. Around 10 two
 * colours read as different at a glance (Sharma et al. 2005 put "just noticeable" near 1 to 2); the
 * markers are small, so this asks for more.
 */
const APART = 12;

const VIEWS: [string, (c: Color) => Color][] = [
  ['typical colour vision', (c) => c],
  ['protanopia', filterDeficiencyProt(1)],
  ['deuteranopia', filterDeficiencyDeuter(1)],
  ['tritanopia', filterDeficiencyTrit(1)],
];
const ROLES = ['mark', 'alliance', 'collateral', 'alert', 'text'] as const;
const difference = differenceCiede2000();

async function paletteIn(scheme: 'light' | 'dark'): Promise<Palette> {
  const el = await fixture<FitChart>(html`<fit-chart style="width: 480px; color-scheme: ${scheme}" .ratings=${EPISODE}></fit-chart>`);
  await painted(el);
  return readPalette(el.shadowRoot!.querySelector('.probe')!);
}

describe('<fit-chart> colours for every kind of colour vision', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps series, alerts and text apart in every view, ${scheme}`, async () => {
      const palette = await paletteIn(scheme);
      const close: string[] = [];
      for (const [view, see] of VIEWS) {
        ROLES.forEach((a, i) => {
          for (const b of ROLES.slice(i + 1)) {
            const d = difference(see(parse(palette[a])!), see(parse(palette[b])!));
            if (d < APART) close.push(`${a} and ${b} under ${view}: ${d.toFixed(1)}`);
          }
        });
      }
      expect(close, 'pairs closer than a CIEDE2000 difference of 12').to.deep.equal([]);
    });

    it(`gives every series and the alerts 3:1 against the surface, ${scheme}`, async () => {
      const palette = await paletteIn(scheme);
      for (const role of ROLES) expect(wcagContrast(palette[role], palette.surface), role).to.be.at.least(3);
    });
  }

  it('reads a dark surface in the dark theme, so the two themes are really both checked', async () => {
    const light = await paletteIn('light');
    const dark = await paletteIn('dark');
    expect(wcagContrast(light.surface, '#000')).to.be.above(10);
    expect(wcagContrast(dark.surface, '#fff')).to.be.above(10);
  });
});
