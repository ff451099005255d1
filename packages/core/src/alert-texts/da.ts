/** Alert texts in Danish: `wordAlert(alert, alertTextsDa)`. The prompts await review by a Danish-speaking clinician (docs/languages.md). */
import type { AlertTexts, AlertWords } from './alert-words.js';
import { isGroup } from './alert-words.js';
import type { Rater } from '../rating.js';

const RATER: Record<Rater, string> = { client: '', caretaker: ' (vurderet af omsorgsperson)', teacher: ' (vurderet af lærer)', partner: ' (vurderet af partner)', other: ' (vurderet af en anden person)' };

/** "ORS-sum", "CORS-sum (vurderet af omsorgsperson)", "GSRS-sum for klient c-2". */
const subject = (f: AlertWords, kind: string, noun = 'sum') =>
  `${f.instrument ? f.instrument.toUpperCase() : kind}-${noun}${f.clientId !== undefined ? ` for klient ${f.clientId}` : ''}${RATER[f.rater ?? 'client']}`;
const fell = (f: AlertWords, kind: string) => `${subject(f, kind)} faldt fra ${f.previous} ved session ${f.previousSession} til ${f.total} ved session ${f.session}, et fald på ${f.drop}`;

export const alertTextsDa: AlertTexts = {
  lang: 'da',
  separator: '; ',
  texts: {
    deteriorated: {
      message: (f) =>
        `${subject(f, 'Resultat')} faldt fra ${f.intake} ved start til ${f.total} ved session ${f.session}, en pålidelig forværring (${f.threshold} point eller mere). Vurder risikoen.`,
      prompt: (f) =>
        f.rater && f.rater !== 'client'
          ? 'Dine vurderinger viser, at tingene er blevet sværere, siden vi begyndte. Jeg vil gerne forstå, hvad du har lagt mærke til, og sikre mig, at alle har været trygge.'
          : 'Det ser ud til, at tingene er blevet sværere for dig, siden vi begyndte. Jeg vil gerne forstå, hvad der er sket, og høre, hvor tryg du har følt dig. Hvad er det, der springer mest i øjnene for dig?',
    },
    'last-chance': {
      message: (f) =>
        `${subject(f, 'Resultat')} viser ingen pålidelig bedring efter ${f.sessionsSoFar} sessioner (start ${f.intake}, nu ${f.total}): tid til en afgørende samtale om at ændre planen eller henvise videre.`,
      prompt: () =>
        'Vi har mødtes flere gange nu, og dine vurderinger har ikke ændret sig så meget, som vi håbede. Jeg vil være sikker på, at du får det, der hjælper: Skal vi ændre den måde, vi arbejder på, tilføje noget, eller overveje, om en anden kunne passe bedre til dig?',
    },
    'reliable-drop': {
      message: (f) => `${fell(f, 'Resultat')}: pålideligt (${f.threshold} point eller mere).`,
      prompt: () => 'Din vurdering er en del lavere end sidste gang. Hvad er der sket, siden vi sidst mødtes?',
    },
    'not-on-track': {
      message: (f) => `${subject(f, 'Resultat')} ${f.total} ved session ${f.session} ligger under det forventede interval (nedre grænse ${f.threshold}) for en startværdi på ${f.intake}.`,
      prompt: () => 'Når jeg ser på dine vurderinger indtil nu, har tingene ikke ændret sig så meget, som vi håbede. Hvad tænker du om det, og er der noget, vi kunne prøve på en anden måde?',
    },
    checkpoint: {
      message: (f) =>
        `${subject(f, 'Resultat')} viser ingen pålidelig ændring efter ${f.sessionsSoFar} sessioner (start ${f.intake}, nu ${f.total}): tid til en samtale om, hvordan det går.`,
      prompt: () => 'Dine vurderinger har ikke ændret sig meget, siden vi begyndte. Hvad tænker du om det? Er der noget ved den måde, vi arbejder på, som vi bør se på sammen?',
    },
    'alliance-low': {
      message: (f) => `${subject(f, 'Alliance')} ${f.total} ved session ${f.session} er under ${f.threshold}.`,
      prompt: (f) =>
        isGroup(f)
          ? 'Tak, fordi du er ærlig om, hvordan det var i dag. Hvad kunne vi gøre anderledes, så gruppen bliver mere nyttig for dig?'
          : 'Tak, fordi du er ærlig om, hvordan det var i dag. Hvad kunne jeg gøre anderledes, så vores tid sammen bliver mere nyttig for dig?',
    },
    'alliance-drop': {
      message: (f) => `${fell(f, 'Alliance')} (advarsel ved ${f.threshold} eller mere).`,
      prompt: (f) =>
        isGroup(f)
          ? 'Du vurderede dagens gruppe lidt lavere end sidste gang. Var der noget i gruppen, der ikke føltes rigtigt, eller noget, vi overså?'
          : 'Du vurderede dagens session lidt lavere end sidste gang. Var der noget i vores samtale, der ikke føltes rigtigt, eller noget, vi overså?',
    },
    'alliance-item-low': {
      message: (f) => `Ved session ${f.session} ${f.lowItems === 1 ? 'ligger ét' : 'ligger'} ${subject(f, 'Alliance', f.lowItems === 1 ? 'punkt' : 'punkter')} under ${f.threshold}: ${f.items}.`,
      prompt: (f) => {
        const what = isGroup(f) ? 'af dagens gruppe' : 'af dagens session';
        return f.lowItems === 1
          ? `Jeg lagde mærke til, at én del ${what} fik en lavere vurdering. Vil du fortælle lidt mere om det, så jeg kan tilpasse den måde, vi arbejder på?`
          : `Jeg lagde mærke til, at nogle dele ${what} fik lavere vurderinger. Vil du fortælle mere om dem, så jeg kan tilpasse den måde, vi arbejder på?`;
      },
    },
    'no-outcome-yet': {
      message: () => 'Ingen resultatvurdering endnu.',
      prompt: (f) =>
        f.youngChild
          ? 'Inden vi går i gang: Vil du markere, hvordan dit barn har haft det den seneste uge? Det hjælper os begge til at se, om det, vi gør, hjælper.'
          : 'Inden vi går i gang: Vil du markere, hvordan du har haft det den seneste uge? Det hjælper os begge til at se, om det, vi gør, hjælper.',
    },
  },
};
