/** Interface text in Swedish. Register it with `registerLocale(sv)`: the scales speak it at once, and a chart that speaks it loads its own text and alert texts (./chart/sv.js) when it first renders. */
import type { LocaleStrings } from './strings.js';

export const sv: LocaleStrings = {
  lang: 'sv',
  notMarked: 'inte markerad',
  valueOf10: '{v} av {max}',
  total: 'Summa',
  markLine: 'Markera den här linjen för att fortsätta.',
  sent: 'Skickat.',
  placeholder: 'Platshållartext: registrera ditt licensierade innehåll.',
  entryItem: 'uppmätt värde, 0 till 10',
  entryTotal: 'Summa, 0 till 40',
  badNumber: 'Ange ett tal från 0 till {max} med högst en decimal.',
  givenOn: 'Besvarad {d}',
  readItem: 'Läs upp punkt {n}',
  readInstructions: 'Läs upp instruktionerna',
  chart: () => import('./chart/sv.js').then((m) => m.chartSv),
};
