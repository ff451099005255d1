/** Interface text in Spanish. Register it with `registerLocale(es)`. */
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
};
