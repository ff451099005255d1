/** Interface text in Danish. Register it with `registerLocale(da)`: the scales speak it at once, and a chart that speaks it loads its own text and alert texts (./chart/da.js) when it first renders. */
import type { LocaleStrings } from './strings.js';

export const da: LocaleStrings = {
  lang: 'da',
  notMarked: 'ikke markeret',
  valueOf10: '{v} af {max}',
  total: 'I alt',
  markLine: 'Markér denne linje for at fortsætte.',
  sent: 'Sendt.',
  placeholder: 'Pladsholdertekst: registrer dit licenserede indhold.',
  entryItem: 'målt værdi, 0 til 10',
  entryTotal: 'I alt, 0 til 40',
  badNumber: 'Skriv et tal fra 0 til {max} med højst én decimal.',
  givenOn: 'Besvaret {d}',
  readItem: 'Læs punkt {n} højt',
  readInstructions: 'Læs vejledningen højt',
  chart: () => import('./chart/da.js').then((m) => m.chartDa),
};
