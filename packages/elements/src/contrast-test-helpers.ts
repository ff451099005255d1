/**
 * WCAG contrast for the tests that measure it (scales on pages of either colour scheme, the chart in
 * forced colours): colours as getComputedStyle gives them, `rgb(r, g, b)`.
 */

/** The red, green and blue channels of a computed colour, 0 to 255. */
export const channels = (color: string) => color.match(/[\d.]+/g)!.slice(0, 3).map(Number);

/** WCAG relative luminance of an opaque computed colour. */
export function luminance(color: string): number {
  const [r, g, b] = channels(color).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG contrast ratio of two opaque colours, to two decimals. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return Math.round(((hi! + 0.05) / (lo! + 0.05)) * 100) / 100;
}
