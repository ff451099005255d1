/** Alert texts in French: `wordAlert(alert, alertTextsFr)`. The prompts await review by a French-speaking clinician (docs/languages.md). */
import type { AlertTexts, AlertWords } from './alert-words.js';
import { isGroup } from './alert-words.js';
import type { Rater } from '../rating.js';

const RATER: Record<Rater, string> = { client: '', caretaker: ' selon le parent ou tuteur', teacher: ' selon l’enseignant', partner: ' selon le ou la partenaire', other: ' selon une autre personne' };

/** « total ORS », « total CORS selon le parent ou tuteur », « total GSRS du client c-2 ». */
const subject = (f: AlertWords, kind: string, noun = 'total') =>
  `${noun} ${f.instrument ? f.instrument.toUpperCase() : kind}${f.clientId !== undefined ? ` du client ${f.clientId}` : ''}${RATER[f.rater ?? 'client']}`;
const Subject = (f: AlertWords, kind: string) => `Le ${subject(f, kind)}`;
const fell = (f: AlertWords, kind: string) =>
  `${Subject(f, kind)} est passé de ${f.previous} à la séance ${f.previousSession} à ${f.total} à la séance ${f.session}, une baisse de ${f.drop}`;

export const alertTextsFr: AlertTexts = {
  lang: 'fr',
  separator: ' ; ',
  texts: {
    deteriorated: {
      message: (f) =>
        `${Subject(f, 'résultat')} est passé de ${f.intake} à l’accueil à ${f.total} à la séance ${f.session}, une détérioration fiable (${f.threshold} points ou plus). Évaluez le risque.`,
      prompt: (f) =>
        f.rater && f.rater !== 'client'
          ? 'Vos évaluations indiquent que les choses sont devenues plus difficiles depuis le début. J’aimerais comprendre ce que vous avez remarqué, et m’assurer que tout le monde a été en sécurité.'
          : 'On dirait que les choses sont devenues plus difficiles pour vous depuis que nous avons commencé. J’aimerais comprendre ce qui se passe, et savoir à quel point vous vous êtes senti en sécurité. Qu’est-ce qui vous frappe le plus ?',
    },
    'last-chance': {
      message: (f) =>
        `${Subject(f, 'résultat')} ne montre aucune amélioration fiable après ${f.sessionsSoFar} séances (accueil ${f.intake}, maintenant ${f.total}) : il est temps d’avoir une conversation décisive sur un changement de plan ou une orientation.`,
      prompt: () =>
        'Nous nous sommes vus plusieurs fois maintenant, et vos évaluations n’ont pas évolué autant que nous l’espérions. Je tiens à ce que vous receviez ce qui vous aide : devrions-nous changer notre façon de travailler, ajouter quelque chose, ou envisager une autre personne qui vous conviendrait mieux ?',
    },
    'reliable-drop': {
      message: (f) => `${fell(f, 'résultat')} : fiable (${f.threshold} points ou plus).`,
      prompt: () => 'Votre évaluation est nettement plus basse que la dernière fois. Que s’est-il passé depuis notre dernière rencontre ?',
    },
    'not-on-track': {
      message: (f) => `${Subject(f, 'résultat')} de ${f.total} à la séance ${f.session} est en dessous de la zone attendue (limite basse ${f.threshold}) pour une valeur d’accueil de ${f.intake}.`,
      prompt: () => 'En regardant vos évaluations jusqu’ici, les choses n’ont pas changé autant que nous l’espérions. Qu’en pensez-vous, et y a-t-il quelque chose que nous pourrions essayer autrement ?',
    },
    checkpoint: {
      message: (f) =>
        `${Subject(f, 'résultat')} ne montre aucun changement fiable après ${f.sessionsSoFar} séances (accueil ${f.intake}, maintenant ${f.total}) : il est temps de faire le point ensemble.`,
      prompt: () => 'Vos évaluations ont peu changé depuis le début. Qu’en pensez-vous ? Y a-t-il quelque chose dans notre façon de travailler que nous devrions regarder ensemble ?',
    },
    'alliance-low': {
      message: (f) => `${Subject(f, 'alliance')} de ${f.total} à la séance ${f.session} est inférieur à ${f.threshold}.`,
      prompt: (f) =>
        isGroup(f)
          ? 'Merci de votre franchise sur la séance d’aujourd’hui. Que pourrions-nous faire autrement pour que le groupe vous soit plus utile ?'
          : 'Merci de votre franchise sur la séance d’aujourd’hui. Que pourrais-je faire autrement pour que notre temps ensemble vous soit plus utile ?',
    },
    'alliance-drop': {
      message: (f) => `${fell(f, 'alliance')} (alerte à partir de ${f.threshold}).`,
      prompt: (f) =>
        isGroup(f)
          ? 'Vous avez évalué le groupe d’aujourd’hui un peu plus bas que la dernière fois. Y a-t-il eu quelque chose dans le groupe qui ne vous a pas convenu, ou quelque chose qui nous a échappé ?'
          : 'Vous avez évalué la séance d’aujourd’hui un peu plus bas que la dernière fois. Y a-t-il eu quelque chose dans notre échange qui ne vous a pas convenu, ou quelque chose qui nous a échappé ?',
    },
    'alliance-item-low': {
      message: (f) =>
        `À la séance ${f.session}, ${f.lowItems === 1 ? 'un' : 'des'} ${subject(f, 'alliance', f.lowItems === 1 ? 'item' : 'items')} ${f.lowItems === 1 ? 'est' : 'sont'} en dessous de ${f.threshold} : ${f.items}.`,
      prompt: (f) => {
        const what = isGroup(f) ? 'du groupe d’aujourd’hui' : 'de la séance d’aujourd’hui';
        return f.lowItems === 1
          ? `J’ai remarqué qu’un aspect ${what} a reçu une note plus basse. Pourriez-vous m’en dire un peu plus, pour que je puisse ajuster notre façon de travailler ?`
          : `J’ai remarqué que certains aspects ${what} ont reçu des notes plus basses. Pourriez-vous m’en dire plus, pour que je puisse ajuster notre façon de travailler ?`;
      },
    },
    'no-outcome-yet': {
      message: () => 'Pas encore d’évaluation du résultat.',
      prompt: (f) =>
        f.youngChild
          ? 'Avant de commencer, pourriez-vous indiquer comment les choses se sont passées pour votre enfant cette semaine ? Cela nous aide tous les deux à voir si ce que nous faisons est utile.'
          : 'Avant de commencer, pourriez-vous indiquer comment les choses se sont passées pour vous cette semaine ? Cela nous aide tous les deux à voir si ce que nous faisons est utile.',
    },
  },
};
