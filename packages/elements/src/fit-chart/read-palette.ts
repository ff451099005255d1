/**
 * The canvas cannot read CSS custom properties, and `light-dark()` values only resolve on a real
 * property: the chart's template holds one hidden probe whose colour properties are set to the colour
 * roles (see `.probe` in fit-chart.styles.ts), so the host's `--fit-*` theme, dark mode and forced
 * colours reach the drawing with one style computation per chart.
 */
import type { ColorRole } from './series-look.js';

export type Palette = Record<ColorRole, string>;

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
  return Object.fromEntries(PROBE.map(([role, property]) => [role, style.getPropertyValue(property)])) as Palette;
}

/** `rgb(r, g, b)` or `rgba(...)` at another opacity, for fills drawn under the lines. */
export const withAlpha = (color: string, alpha: number): string => color.replace(/rgba?\(([^,]+,[^,]+,[^,)]+).*/, `rgba($1, ${alpha})`);
