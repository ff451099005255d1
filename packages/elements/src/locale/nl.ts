/** Interface text in Dutch. Register it with `registerLocale(nl)`: the scales speak it at once, and a chart that speaks it loads its own text and alert texts (./chart/nl.js) when it first renders. */
import type { LocaleStrings } from './strings.js';

export const nl: LocaleStrings = {
  lang: 'nl',
  notMarked: 'niet gemarkeerd',
  valueOf10: '{v} van {max}',
  total: 'Totaal',
  markLine: 'Markeer deze lijn om verder te gaan.',
  sent: 'Verzonden.',
  placeholder: 'Tijdelijke tekst: registreer uw gelicentieerde inhoud.',
  entryItem: 'gemeten waarde, 0 tot 10',
  entryTotal: 'Totaal, 0 tot 40',
  badNumber: 'Voer een getal van 0 tot {max} in met hoogstens één decimaal.',
  givenOn: 'Ingevuld op {d}',
  readItem: 'Item {n} voorlezen',
  readInstructions: 'Instructies voorlezen',
  chart: () => import('./chart/nl.js').then((m) => m.chartNl),
};
