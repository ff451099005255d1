/**
 * The writing direction of a language, for text that may run the other way from the page: a
 * content pack in Arabic on an English page, or an English placeholder on an Arabic one. Such text
 * gets its own `dir`, so it is aligned and its punctuation is placed as its own language wants,
 * while the line itself keeps the scale's direction.
 */

/** Primary language subtags written right to left (scripts such as Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam). */
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'nqo', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** 'rtl' or 'ltr' for a BCP 47 tag; a script subtag decides first (`az-Arab` is right to left, `ku-Latn` left to right). */
export function dirOf(lang: string): 'rtl' | 'ltr' {
  const [primary = '', ...rest] = lang.toLowerCase().split('-');
  const script = rest.find((part) => part.length === 4);
  if (script) return ['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg'].includes(script) ? 'rtl' : 'ltr';
  return RTL.has(primary) ? 'rtl' : 'ltr';
}
