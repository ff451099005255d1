/**
 * Interface text of the scales (messages, screen-reader strings), apart from the instruments' own
 * wording, which comes from content packs, and the way to the chart's text in the same language.
 * English is built in; other languages are separate modules a host imports and registers, so a page
 * pays only for the languages it uses.
 */
import { refreshScales } from '../rating-scale/scale-lang.js';
import type { ChartStrings } from '../fit-chart/chart-strings.js';

export interface LocaleStrings {
  /** BCP 47 language tag the strings are for, such as `de` or `pt-BR`. */
  lang: string;
  /** Screen-reader value of a line with no mark yet. */
  notMarked: string;
  /** Screen-reader value of a marked line; `{v}` is the formatted value, `{max}` the formatted 10. */
  valueOf10: string;
  total: string;
  /** Shown on the first unmarked line when a required scale is submitted incomplete. */
  markLine: string;
  /** Status after the built-in submit button has sent the rating. */
  sent: string;
  /** Shown whenever the built-in placeholder content is on screen. */
  placeholder: string;
  /** Label suffix of a clinician's per-item entry field. */
  entryItem: string;
  /** Label of a clinician's total-only entry field. */
  entryTotal: string;
  /** Refusal of a typed value; `{max}` is 10 for an item, 40 for the total. */
  badNumber: string;
  /** Review caption; `{d}` is the formatted date. */
  givenOn: string;
  /** Name of the button that reads an item aloud (read-aloud); `{n}` is the item's number, 1 to 4. */
  readItem: string;
  /** Name of the button that reads the instructions aloud (read-aloud). */
  readInstructions: string;
  /**
   * Loads what `<fit-chart>` says in this language, its alerts included. A function, so the chart's
   * text is fetched only when a chart speaks the language: a page with scales alone never loads it.
   * Without it, charts in this language speak English.
   */
  chart?: () => Promise<ChartStrings>;
}

export const en: LocaleStrings = {
  lang: 'en',
  notMarked: 'not marked',
  valueOf10: '{v} of {max}',
  total: 'Total',
  markLine: 'Mark this line to continue.',
  sent: 'Sent.',
  placeholder: 'Placeholder wording: register your licensed content.',
  entryItem: 'measured value, 0 to 10',
  entryTotal: 'Total, 0 to 40',
  badNumber: 'Enter a number from 0 to {max} with at most one decimal.',
  givenOn: 'Given on {d}',
  readItem: 'Read item {n} aloud',
  readInstructions: 'Read the instructions aloud',
};

const locales = new Map<string, LocaleStrings>([['en', en]]);

/** Makes `strings` available to every scale and chart whose language matches `strings.lang`, those on the page included. */
export function registerLocale(strings: LocaleStrings): void {
  locales.set(strings.lang.toLowerCase(), strings);
  refreshScales();
}

/** The strings for `lang`, else for its primary language (`pt-BR` -> `pt`), else English. */
export function resolveStrings(lang: string): LocaleStrings {
  const tag = lang.toLowerCase();
  const primary = tag.split('-')[0] ?? '';
  // `no` (Norwegian) is usually written as Bokmål.
  return locales.get(tag) ?? locales.get(primary) ?? (primary === 'no' ? locales.get('nb') : undefined) ?? en;
}

/** Fills `{name}` placeholders; values are plain text and stay text when rendered. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/** Number formats by language and digits: creating one costs far more than formatting, and a drag re-renders every move. */
const formats = new Map<string, Intl.NumberFormat>();

/** 42 tenths -> "4.2" in English, "4,2" in German: always one decimal, in the locale's digits. */
export function formatTenths(tenths: number, lang: string, digits = 1): string {
  const key = `${lang}|${digits}`;
  let format = formats.get(key);
  if (!format) {
    const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
    try {
      format = new Intl.NumberFormat(lang || 'en', options);
    } catch {
      // A malformed `lang` attribute must not break the scale.
      format = new Intl.NumberFormat('en', options);
    }
    formats.set(key, format);
  }
  return format.format(tenths / 10);
}

/** An ISO 8601 date as a long date in `lang`; a bare date (2026-03-04) is that calendar day in any zone. */
export function formatDate(iso: string, lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang || 'en', { dateStyle: 'long', timeZone: iso.length === 10 ? 'UTC' : undefined }).format(new Date(iso));
  } catch {
    return iso;
  }
}
