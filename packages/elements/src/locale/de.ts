/** Interface text in German. Register it with `registerLocale(de)`: the scales speak it at once, and a chart that speaks it loads its own text and alert texts (./chart/de.js) when it first renders. */
import type { LocaleStrings } from './strings.js';

export const de: LocaleStrings = {
  lang: 'de',
  notMarked: 'nicht markiert',
  valueOf10: '{v} von {max}',
  total: 'Summe',
  markLine: 'Markieren Sie diese Linie, um fortzufahren.',
  sent: 'Gesendet.',
  placeholder: 'Platzhaltertext: Registrieren Sie Ihre lizenzierten Inhalte.',
  entryItem: 'gemessener Wert, 0 bis 10',
  entryTotal: 'Summe, 0 bis 40',
  badNumber: 'Geben Sie eine Zahl von 0 bis {max} mit höchstens einer Nachkommastelle ein.',
  givenOn: 'Ausgefüllt am {d}',
  readItem: 'Punkt {n} vorlesen',
  readInstructions: 'Anleitung vorlesen',
  chart: () => import('./chart/de.js').then((m) => m.chartDe),
};
