/** Interface text in Norwegian (Bokmål). Register it with `registerLocale(nb)`. */
import type { LocaleStrings } from './strings.js';

export const nb: LocaleStrings = {
  lang: 'nb',
  notMarked: 'ikke markert',
  valueOf10: '{v} av {max}',
  total: 'Sum',
  markLine: 'Marker denne linjen for å fortsette.',
  sent: 'Sendt.',
  placeholder: 'Plassholdertekst: registrer ditt lisensierte innhold.',
  entryItem: 'målt verdi, 0 til 10',
  entryTotal: 'Sum, 0 til 40',
  badNumber: 'Skriv et tall fra 0 til {max} med høyst én desimal.',
  givenOn: 'Besvart {d}',
  readItem: 'Les punkt {n} høyt',
  readInstructions: 'Les instruksjonene høyt',
};
