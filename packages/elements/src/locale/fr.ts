/** Interface text in French. Register it with `registerLocale(fr)`: the scales speak it at once, and a chart that speaks it loads its own text and alert texts (./chart/fr.js) when it first renders. */
import type { LocaleStrings } from './strings.js';

export const fr: LocaleStrings = {
  lang: 'fr',
  notMarked: 'non marqué',
  valueOf10: '{v} sur {max}',
  total: 'Total',
  markLine: 'Marquez cette ligne pour continuer.',
  sent: 'Envoyé.',
  placeholder: 'Texte provisoire : enregistrez votre contenu sous licence.',
  entryItem: 'valeur mesurée, de 0 à 10',
  entryTotal: 'Total, de 0 à 40',
  badNumber: 'Saisissez un nombre de 0 à {max} avec au plus une décimale.',
  givenOn: 'Rempli le {d}',
  readItem: 'Lire l’élément {n} à voix haute',
  readInstructions: 'Lire les consignes à voix haute',
  chart: () => import('./chart/fr.js').then((m) => m.chartFr),
};
