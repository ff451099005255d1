/** Interface text in Spanish. Register it with `registerLocale(es)`: the scales speak it at once, and a chart that speaks it loads its own text and alert texts (./chart/es.js) when it first renders. */
import type { LocaleStrings } from './strings.js';

export const es: LocaleStrings = {
  lang: 'es',
  notMarked: 'sin marcar',
  valueOf10: '{v} de {max}',
  total: 'Total',
  markLine: 'Marque esta línea para continuar.',
  sent: 'Enviado.',
  placeholder: 'Texto provisional: registre su contenido con licencia.',
  entryItem: 'valor medido, de 0 a 10',
  entryTotal: 'Total, de 0 a 40',
  badNumber: 'Escriba un número de 0 a {max} con un decimal como máximo.',
  givenOn: 'Respondido el {d}',
  readItem: 'Leer en voz alta el elemento {n}',
  readInstructions: 'Leer en voz alta las instrucciones',
  chart: () => import('./chart/es.js').then((m) => m.chartEs),
};
