/**
 * Which strings a chart speaks: those of the nearest `lang` (scale-lang.ts reads it the same way for
 * the scales) when a locale module for it is registered and has chart text, else English. A
 * language's chart text is loaded once, on the first chart that needs it; a chart waits for it
 * before it renders, so it never shows English first and then switches.
 */
import { resolveStrings } from '../locale/strings.js';
import type { LocaleStrings } from '../locale/strings.js';
import { chartEn } from './chart-strings.js';
import type { ChartStrings } from './chart-strings.js';

const loaded = new WeakMap<LocaleStrings, ChartStrings | Promise<ChartStrings>>();

/** The chart strings for `lang`, or a promise of them while they load; English when the language has none or they fail to load. */
export function chartStringsFor(lang: string): ChartStrings | Promise<ChartStrings> {
  const locale = resolveStrings(lang);
  if (!locale.chart) return chartEn;
  let strings = loaded.get(locale);
  if (!strings) {
    strings = locale.chart().then(
      (s) => (loaded.set(locale, s), s),
      // A chunk that cannot load (offline, a strict CSP) leaves the chart in English rather than blank.
      () => (loaded.set(locale, chartEn), chartEn),
    );
    loaded.set(locale, strings);
  }
  return strings;
}
