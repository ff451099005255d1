/** Alert texts in Swedish: `wordAlert(alert, alertTextsSv)`. The prompts await review by a Swedish-speaking clinician (docs/languages.md). */
import type { AlertTexts, AlertWords } from './alert-words.js';
import { isGroup } from './alert-words.js';
import type { Rater } from '../rating.js';

const RATER: Record<Rater, string> = { client: '', caretaker: ' (skattad av vårdnadshavare)', teacher: ' (skattad av lärare)', partner: ' (skattad av partner)', other: ' (skattad av en annan person)' };

/** "ORS-summa", "CORS-summa (skattad av vårdnadshavare)", "GSRS-summa för klient c-2". */
const subject = (f: AlertWords, kind: string, noun = 'summa') =>
  `${f.instrument ? f.instrument.toUpperCase() : kind}-${noun}${f.clientId !== undefined ? ` för klient ${f.clientId}` : ''}${RATER[f.rater ?? 'client']}`;
const fell = (f: AlertWords, kind: string) => `${subject(f, kind)} sjönk från ${f.previous} vid session ${f.previousSession} till ${f.total} vid session ${f.session}, en minskning med ${f.drop}`;

export const alertTextsSv: AlertTexts = {
  lang: 'sv',
  separator: '; ',
  texts: {
    deteriorated: {
      message: (f) =>
        `${subject(f, 'Utfall')} sjönk från ${f.intake} vid start till ${f.total} vid session ${f.session}, en tillförlitlig försämring (${f.threshold} poäng eller mer). Bedöm risken.`,
      prompt: (f) =>
        f.rater && f.rater !== 'client'
          ? 'Dina skattningar visar att det har blivit svårare sedan vi började. Jag vill gärna förstå vad du har märkt, och försäkra mig om att alla har varit trygga.'
          : 'Det ser ut som att det har blivit svårare för dig sedan vi började. Jag vill gärna förstå vad som har hänt, och höra hur trygg du har känt dig. Vad är det som sticker ut för dig?',
    },
    'last-chance': {
      message: (f) =>
        `${subject(f, 'Utfall')} visar ingen tillförlitlig förbättring efter ${f.sessionsSoFar} sessioner (start ${f.intake}, nu ${f.total}): dags för ett avgörande samtal om att ändra planen eller remittera vidare.`,
      prompt: () =>
        'Vi har träffats flera gånger nu, och dina skattningar har inte förändrats så mycket som vi hoppades. Jag vill vara säker på att du får det som hjälper: ska vi ändra hur vi arbetar, lägga till något, eller fundera på om någon annan skulle passa dig bättre?',
    },
    'reliable-drop': {
      message: (f) => `${fell(f, 'Utfall')}: tillförlitlig (${f.threshold} poäng eller mer).`,
      prompt: () => 'Din skattning är en hel del lägre än förra gången. Vad har hänt sedan vi sågs senast?',
    },
    'not-on-track': {
      message: (f) => `${subject(f, 'Utfall')} ${f.total} vid session ${f.session} ligger under det förväntade intervallet (nedre gräns ${f.threshold}) för ett startvärde på ${f.intake}.`,
      prompt: () => 'När jag ser på dina skattningar hittills har det inte förändrats så mycket som vi hoppades. Vad tänker du om det, och finns det något vi skulle kunna pröva på ett annat sätt?',
    },
    checkpoint: {
      message: (f) =>
        `${subject(f, 'Utfall')} visar ingen tillförlitlig förändring efter ${f.sessionsSoFar} sessioner (start ${f.intake}, nu ${f.total}): dags för ett samtal om hur det går.`,
      prompt: () => 'Dina skattningar har inte förändrats mycket sedan vi började. Vad tänker du om det? Finns det något i hur vi arbetar som vi borde titta på tillsammans?',
    },
    'alliance-low': {
      message: (f) => `${subject(f, 'Allians')} ${f.total} vid session ${f.session} är under ${f.threshold}.`,
      prompt: (f) =>
        isGroup(f)
          ? 'Tack för att du är ärlig om hur det var i dag. Vad skulle vi kunna göra annorlunda så att gruppen blir mer till hjälp för dig?'
          : 'Tack för att du är ärlig om hur det var i dag. Vad skulle jag kunna göra annorlunda så att vår tid tillsammans blir mer till hjälp för dig?',
    },
    'alliance-drop': {
      message: (f) => `${fell(f, 'Allians')} (varning vid ${f.threshold} eller mer).`,
      prompt: (f) =>
        isGroup(f)
          ? 'Du skattade dagens grupp lite lägre än förra gången. Var det något i gruppen som inte kändes rätt, eller något vi missade?'
          : 'Du skattade dagens session lite lägre än förra gången. Var det något i vårt samtal som inte kändes rätt, eller något vi missade?',
    },
    'alliance-item-low': {
      message: (f) => `Vid session ${f.session} ${f.lowItems === 1 ? 'ligger en' : 'ligger'} ${subject(f, 'Allians', f.lowItems === 1 ? 'fråga' : 'frågor')} under ${f.threshold}: ${f.items}.`,
      prompt: (f) => {
        const what = isGroup(f) ? 'av dagens grupp' : 'av dagens session';
        return f.lowItems === 1
          ? `Jag märkte att en del ${what} fick en lägre skattning. Kan du berätta lite mer om det, så att jag kan anpassa hur vi arbetar?`
          : `Jag märkte att några delar ${what} fick lägre skattningar. Kan du berätta mer om dem, så att jag kan anpassa hur vi arbetar?`;
      },
    },
    'no-outcome-yet': {
      message: () => 'Ingen utfallsskattning ännu.',
      prompt: (f) =>
        f.youngChild
          ? 'Innan vi börjar: vill du markera hur ditt barn har haft det den senaste veckan? Det hjälper oss båda att se om det vi gör hjälper.'
          : 'Innan vi börjar: vill du markera hur du har haft det den senaste veckan? Det hjälper oss båda att se om det vi gör hjälper.',
    },
  },
};
