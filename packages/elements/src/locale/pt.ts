/** Interface text in Portuguese. Register it with `registerLocale(pt)`: the scales speak it at once, and a chart that speaks it loads its own text and alert texts (./chart/pt.js) when it first renders. */
import type { LocaleStrings } from './strings.js';

export const pt: LocaleStrings = {
  lang: 'pt',
  notMarked: 'não marcado',
  valueOf10: '{v} de {max}',
  total: 'Total',
  markLine: 'Marque esta linha para continuar.',
  sent: 'Enviado.',
  placeholder: 'Texto provisório: registe o seu conteúdo licenciado.',
  entryItem: 'valor medido, de 0 a 10',
  entryTotal: 'Total, de 0 a 40',
  badNumber: 'Introduza um número de 0 a {max} com no máximo uma casa decimal.',
  givenOn: 'Respondido em {d}',
  readItem: 'Ler o item {n} em voz alta',
  readInstructions: 'Ler as instruções em voz alta',
  chart: () => import('./chart/pt.js').then((m) => m.chartPt),
};
