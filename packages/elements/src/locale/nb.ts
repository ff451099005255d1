/** Interface text in Norwegian (Bokmål). Register it with `registerLocale(nb)`: the scales speak it at once, and a chart that speaks it loads its own text and alert texts (./chart/nb.js) when it first renders. */
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
  chart: () => import('./chart/nb.js').then((m) => m.chartNb),
};
