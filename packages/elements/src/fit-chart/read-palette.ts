/**
 * The canvas cannot read CSS custom properties, and `light-dark()` values only resolve on a real
 * property: the chart's template holds one hidden probe whose colour properties are set to the colour
 * roles (see `.probe` in fit-chart.styles.ts), so the host's `--fit-*` theme, dark mode and forced
 * colours reach the drawing with one style computation per chart. The probe also inherits the
 * chart's font, so the canvas writes at the size the user chose.
 */
import type { ColorRole } from './series-look.js';

/** The colour roles, and the text's size (CSS px) and family, so axis and label text follow the user's font size. */
export type Palette = Record<ColorRole, string> & { fontSize: number; fontFamily: string };

/** Which property of the probe carries which role, in the order of the `.probe` rule. */
const PROBE: [ColorRole, string][] = [
  ['mark', 'color'],
  ['alliance', 'background-color'],
  ['collateral', 'border-top-color'],
  ['alert', 'border-right-color'],
  ['muted', 'border-bottom-color'],
  ['text', 'border-left-color'],
  ['surface', 'outline-color'],
  ['band', 'text-decoration-color'],
  ['grid', 'column-rule-color'],
];

export function readPalette(probe: Element): Palette {
  const style = getComputedStyle(probe);
  const colors = Object.fromEntries(PROBE.map(([role, property]) => [role, style.getPropertyValue(property)]));
  return { ...colors, fontSize: parseFloat(style.fontSize) || 16, fontFamily: style.fontFamily } as Palette;
}

/** `rgb(r, g, b)` or `rgba(...)` at another opacity, for fills drawn under the lines. */
export const withAlpha = (color: string, alpha: number): string => color.replace(/rgba?\(([^,]+,[^,]+,[^,)]+).*/, `rgba($1, ${alpha})`);
