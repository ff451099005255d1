/**
 * The canvas cannot read CSS custom properties, and `light-dark()` values only resolve on a real
 * property: each colour role is read as the computed `color` of a probe inside the shadow root, so
 * the host's `--fit-*` theme, dark mode and forced colours reach the drawing.
 */
import type { ColorRole } from './series-look.js';

export type Palette = Record<ColorRole | 'grid', string>;

const ROLES: (ColorRole | 'grid')[] = ['mark', 'alliance', 'collateral', 'alert', 'muted', 'text', 'surface', 'band', 'grid'];

export function readPalette(root: ShadowRoot): Palette {
  // All probes are added before any is read, so the browser computes styles once, not once per role.
  const probes = ROLES.map((role) => {
    const probe = document.createElement('span');
    probe.hidden = true;
    // Forced colours would turn every probe into CanvasText; the forced-colors block of the styles
    // chooses system colours per role instead.
    probe.style.cssText = `forced-color-adjust: none; color: var(--_chart-${role})`;
    return probe;
  });
  root.append(...probes);
  const palette = {} as Palette;
  ROLES.forEach((role, i) => (palette[role] = getComputedStyle(probes[i] as Element).color));
  for (const probe of probes) probe.remove();
  return palette;
}

/** `rgb(r, g, b)` or `rgba(...)` at another opacity, for fills drawn under the lines. */
export function withAlpha(color: string, alpha: number): string {
  const m = /rgba?\(([^,]+),\s*([^,]+),\s*([^,)]+)/.exec(color);
  return m ? `rgba(${m[1]}, ${m[2]}, ${m[3]}, ${alpha})` : color;
}
