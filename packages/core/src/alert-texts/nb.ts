/** Alert texts in Norwegian (Bokmål): `wordAlert(alert, alertTextsNb)`. The prompts await review by a Norwegian-speaking clinician (docs/languages.md). */
import type { AlertTexts, AlertWords } from './alert-words.js';
import { isGroup } from './alert-words.js';
import type { Rater } from '../rating.js';

const RATER: Record<Rater, string> = { client: '', caretaker: ' (vurdert av omsorgsperson)', teacher: ' (vurdert av lærer)', partner: ' (vurdert av partner)', other: ' (vurdert av en annen person)' };

/** "ORS-sum", "CORS-sum (vurdert av omsorgsperson)", "GSRS-sum for klient c-2". */
const subject = (f: AlertWords, kind: string, noun = 'sum') =>
  `${f.instrument ? f.instrument.toUpperCase() : kind}-${noun}${f.clientId !== undefined ? ` for klient ${f.clientId}` : ''}${RATER[f.rater ?? 'client']}`;
const fell = (f: AlertWords, kind: string) => `${subject(f, kind)} falt fra ${f.previous} i time ${f.previousSession} til ${f.total} i time ${f.session}, et fall på ${f.drop}`;

export const alertTextsNb: AlertTexts = {
  lang: 'nb',
  separator: '; ',
  texts: {
    deteriorated: {
      message: (f) =>
        `${subject(f, 'Resultat')} falt fra ${f.intake} ved oppstart til ${f.total} i time ${f.session}, en reliabel forverring (${f.threshold} poeng eller mer). Vurder risiko.`,
      prompt: (f) =>
        f.rater && f.rater !== 'client'
          ? 'Vurderingene dine viser at ting har blitt vanskeligere siden vi begynte. Jeg vil gjerne forstå hva du har lagt merke til, og forsikre meg om at alle har vært trygge.'
          : 'Det ser ut til at ting har blitt vanskeligere for deg siden vi begynte. Jeg vil gjerne forstå hva som har skjedd, og høre hvor trygg du har følt deg. Hva er det som peker seg ut for deg?',
    },
    'last-chance': {
      message: (f) =>
        `${subject(f, 'Resultat')} viser ingen reliabel bedring etter ${f.sessionsSoFar} timer (oppstart ${f.intake}, nå ${f.total}): tid for en avgjørende samtale om å endre planen eller henvise videre.`,
      prompt: () =>
        'Vi har møttes flere ganger nå, og vurderingene dine har ikke endret seg så mye som vi håpet. Jeg vil være sikker på at du får det som hjelper: Skal vi endre måten vi jobber på, legge til noe, eller tenke på om noen andre kan passe bedre for deg?',
    },
    'reliable-drop': {
      message: (f) => `${fell(f, 'Resultat')}: reliabelt (${f.threshold} poeng eller mer).`,
      prompt: () => 'Vurderingen din er en god del lavere enn sist. Hva har skjedd siden vi møttes sist?',
    },
    'not-on-track': {
      message: (f) => `${subject(f, 'Resultat')} ${f.total} i time ${f.session} ligger under forventet område (nedre grense ${f.threshold}) for en oppstartsverdi på ${f.intake}.`,
      prompt: () => 'Når jeg ser på vurderingene dine så langt, har ting ikke endret seg så mye som vi håpet. Hva tenker du om det, og er det noe vi kunne prøvd på en annen måte?',
    },
    checkpoint: {
      message: (f) =>
        `${subject(f, 'Resultat')} viser ingen reliabel endring etter ${f.sessionsSoFar} timer (oppstart ${f.intake}, nå ${f.total}): tid for en samtale om hvordan det går.`,
      prompt: () => 'Vurderingene dine har ikke endret seg mye siden vi begynte. Hva tenker du om det? Er det noe ved måten vi jobber på som vi bør se på sammen?',
    },
    'alliance-low': {
      message: (f) => `${subject(f, 'Allianse')} ${f.total} i time ${f.session} er under ${f.threshold}.`,
      prompt: (f) =>
        isGroup(f)
          ? 'Takk for at du er ærlig om hvordan det var i dag. Hva kunne vi gjort annerledes, slik at gruppen blir mer nyttig for deg?'
          : 'Takk for at du er ærlig om hvordan det var i dag. Hva kunne jeg gjort annerledes, slik at tiden vår sammen blir mer nyttig for deg?',
    },
    'alliance-drop': {
      message: (f) => `${fell(f, 'Allianse')} (varsel ved ${f.threshold} eller mer).`,
      prompt: (f) =>
        isGroup(f)
          ? 'Du vurderte dagens gruppe litt lavere enn sist. Var det noe i gruppen som ikke føltes riktig, eller noe vi gikk glipp av?'
          : 'Du vurderte timen i dag litt lavere enn sist. Var det noe i samtalen vår som ikke føltes riktig, eller noe vi gikk glipp av?',
    },
    'alliance-item-low': {
      message: (f) => `I time ${f.session} ${f.lowItems === 1 ? 'er ett' : 'er'} ${subject(f, 'Allianse', f.lowItems === 1 ? 'punkt' : 'punkter')} under ${f.threshold}: ${f.items}.`,
      prompt: (f) => {
        const what = isGroup(f) ? 'av gruppen i dag' : 'av timen i dag';
        return f.lowItems === 1
          ? `Jeg la merke til at én del ${what} fikk en lavere vurdering. Kan du fortelle meg litt mer om det, så jeg kan justere hvordan vi jobber?`
          : `Jeg la merke til at noen deler ${what} fikk lavere vurderinger. Kan du fortelle meg mer om dem, så jeg kan justere hvordan vi jobber?`;
      },
    },
    'no-outcome-yet': {
      message: () => 'Ingen resultatvurdering ennå.',
      prompt: (f) =>
        f.youngChild
          ? 'Før vi begynner: Vil du markere hvordan barnet ditt har hatt det den siste uken? Det hjelper oss begge å se om det vi gjør, hjelper.'
          : 'Før vi begynner: Vil du markere hvordan du har hatt det den siste uken? Det hjelper oss begge å se om det vi gjør, hjelper.',
    },
  },
};
