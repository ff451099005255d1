/** Interface text in Dutch. Register it with `registerLocale(nl)`. */
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
};
