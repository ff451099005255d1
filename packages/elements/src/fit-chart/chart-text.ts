/**
 * A chart's strings with the formats of their language: totals to one decimal ("4,2" in German),
 * plain numbers, signed changes and dates, all through Intl, and plurals through Intl.PluralRules.
 * The model is built with one, so summary, readout, legend, axes and table speak one language.
 */
import { numberFormatFor } from '@fitline/core';
import { fill, formatTenths } from '../locale/strings.js';
import type { ChartStrings, PluralForms } from './chart-strings.js';

export interface ChartText {
  s: ChartStrings;
  lang: string;
  /** A total or item value, always one decimal. */
  total: (n: number) => string;
  /** A cutoff or threshold, as many decimals as it has. */
  plain: (n: number) => string;
  /** A change, with its sign (a true minus sign), one decimal. */
  signed: (n: number) => string;
  /** An ISO date (a bare day, or a moment) as a date in the language. */
  date: (iso: string) => string;
  fill: (template: string, values: Record<string, string | number>) => string;
  /** The form of `forms` for `n`, filled with `n` and `values`. */
  plural: (forms: PluralForms, n: number, values?: Record<string, string>) => string;
}

/** One per language for the page: making Intl formats costs far more than using them, and a caseload has a hundred charts. */
const made = new WeakMap<ChartStrings, ChartText>();

export function chartText(s: ChartStrings): ChartText {
  let text = made.get(s);
  if (!text) made.set(s, (text = makeChartText(s)));
  return text;
}

function makeChartText(s: ChartStrings): ChartText {
  const { lang } = s;
  const total = (n: number) => formatTenths(Math.round(n * 10), lang);
  const plain = numberFormatFor(lang);
  // Made on first use: a chart with no dates or counts to show (an empty one, a compact one) never pays for them.
  let dates: Intl.DateTimeFormat | undefined;
  let rules: Intl.PluralRules | undefined;
  const text: ChartText = {
    s,
    lang,
    total,
    plain: (n) => plain(n),
    signed: (n) => (n > 0 ? '+' : n < 0 ? '\u2212' : '') + total(Math.abs(n)),
    // A bare day (2026-03-04) is that calendar day in any zone; a moment is shown on its own UTC day, as the table groups it.
    date: (iso) => {
      const day = new Date(iso.slice(0, 10));
      dates ??= inLang(lang, (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeZone: 'UTC' }));
      return Number.isNaN(day.getTime()) ? iso : dates.format(day);
    },
    fill: (template, values) => fill(template, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? plain(v) : v]))),
    plural: (forms, n, values = {}) => {
      rules ??= inLang(lang, (l) => new Intl.PluralRules(l));
      return text.fill(forms[rules.select(n)] ?? forms.other, { ...values, n });
    },
  };
  return text;
}

/** An Intl object for the language, or for English when the language tag is malformed. */
function inLang<T>(lang: string, make: (lang: string) => T): T {
  try {
    return make(lang);
  } catch {
    return make('en');
  }
}
