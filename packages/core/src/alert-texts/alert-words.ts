/**
 * The wording of alerts, apart from the rules that raise them: a table per language, keyed by alert
 * code, writes the message and the prompt from an alert's facts. English is built in (makeAlert words
 * every alert in it); every other language is its own module, `@fitline/core/alert-texts/<lang>`, so a
 * host pays only for the languages it loads, and can word an alert again in any of them (wordAlert),
 * inside a chart or anywhere else.
 */
import type { Alert, AlertCode, AlertFacts } from '../alerts.js';
import type { InstrumentId, Rater } from '../rating.js';

/** An alert's facts as a table writes them: every number already formatted in the table's language. */
export interface AlertWords {
  session: string;
  total: string;
  intake: string;
  previous: string;
  previousSession: string;
  threshold: string;
  drop: string;
  sessionsSoFar: string;
  /** The low items with their values, as a list in the table's language ("C 3.5, D 4"). */
  items: string;
  /** How many items are low, for the plural of alliance-item-low. */
  lowItems: number;
  instrument?: InstrumentId;
  rater?: Rater;
  clientId?: string;
  youngChild?: boolean;
}

/** How one alert code is worded: the fact with its numbers, and what the clinician can say. */
export interface AlertText {
  message: (w: AlertWords) => string;
  prompt: (w: AlertWords) => string;
}

/** Every alert code's wording in one language. */
export interface AlertTexts {
  /** BCP 47 tag of the language, which also formats the numbers (`de`: 4,2). */
  lang: string;
  /** Between the items of a list ("C 3.5, D 4"). */
  separator: string;
  texts: Record<AlertCode, AlertText>;
}

const NUMBER_FIELDS = ['session', 'total', 'intake', 'previous', 'previousSession', 'threshold', 'drop', 'sessionsSoFar'] as const;

/** A number as a table shows it: up to two decimals in the language's digits and separator; `String` for English, as makeAlert always wrote it. */
export type FormatNumber = (n: number | undefined) => string;

/** The facts in words, with `format` for every number. */
export function alertWords(facts: AlertFacts, format: FormatNumber, separator: string): AlertWords {
  const words = { lowItems: facts.lowItems ?? 0 } as AlertWords;
  for (const field of NUMBER_FIELDS) words[field] = format(facts[field]);
  words.items = facts.lowItemValues ? facts.lowItemValues.map(([id, value]) => `${id} ${format(value)}`).join(separator) : (facts.items ?? '');
  if (facts.instrument !== undefined) words.instrument = facts.instrument;
  if (facts.rater !== undefined) words.rater = facts.rater;
  if (facts.clientId !== undefined) words.clientId = facts.clientId;
  if (facts.youngChild !== undefined) words.youngChild = facts.youngChild;
  return words;
}

/** Number formats by language: making one costs far more than using it, and a caseload words many alerts. */
const formats = new Map<string, Intl.NumberFormat>();

/** Numbers through Intl in `lang` (a malformed tag falls back to English rather than throwing). */
export function numberFormatFor(lang: string): FormatNumber {
  let format = formats.get(lang);
  if (!format) {
    try {
      format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    } catch {
      format = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    }
    formats.set(lang, format);
  }
  const f = format;
  return (n) => (n === undefined ? '' : f.format(n));
}

/**
 * An alert's message and prompt in the language of `texts`, with its numbers formatted in that
 * language through Intl. The alert keeps the facts it was made from; an alert without them (made by
 * another version, or read back from storage) keeps its own wording.
 */
export function wordAlert(alert: Pick<Alert, 'code' | 'message' | 'prompt'> & { facts?: AlertFacts }, texts: AlertTexts): { message: string; prompt: string } {
  const text = texts.texts[alert.code];
  if (!alert.facts || !text) return { message: alert.message, prompt: alert.prompt };
  const words = alertWords(alert.facts, numberFormatFor(texts.lang), texts.separator);
  return { message: text.message(words), prompt: text.prompt(words) };
}

/** An alliance rating of a group (GSRS): its prompts speak of the group, in every language. */
export const isGroup = (w: AlertWords): boolean => w.instrument === 'gsrs';
