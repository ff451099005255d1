/** Alert texts in Dutch: `wordAlert(alert, alertTextsNl)`. The prompts await review by a Dutch-speaking clinician (docs/languages.md). */
import type { AlertTexts, AlertWords } from './alert-words.js';
import { isGroup } from './alert-words.js';
import type { Rater } from '../rating.js';

const RATER: Record<Rater, string> = { client: '', caretaker: ' volgens de verzorger', teacher: ' volgens de leerkracht', partner: ' volgens de partner', other: ' volgens een andere persoon' };

/** "ORS-totaal", "CORS-totaal volgens de verzorger", "GSRS-totaal van cliënt c-2". */
const subject = (f: AlertWords, kind: string, noun = 'totaal') =>
  `${f.instrument ? f.instrument.toUpperCase() : kind}-${noun}${f.clientId !== undefined ? ` van cliënt ${f.clientId}` : ''}${RATER[f.rater ?? 'client']}`;
const Subject = (f: AlertWords, kind: string) => `Het ${subject(f, kind)}`;
const fell = (f: AlertWords, kind: string) =>
  `${Subject(f, kind)} daalde van ${f.previous} in sessie ${f.previousSession} naar ${f.total} in sessie ${f.session}, een daling van ${f.drop}`;

export const alertTextsNl: AlertTexts = {
  lang: 'nl',
  separator: '; ',
  texts: {
    deteriorated: {
      message: (f) =>
        `${Subject(f, 'uitkomst')} daalde van ${f.intake} bij de intake naar ${f.total} in sessie ${f.session}, een betrouwbare verslechtering (${f.threshold} punten of meer). Beoordeel het risico.`,
      prompt: (f) =>
        f.rater && f.rater !== 'client'
          ? 'Uw scores laten zien dat het moeilijker is geworden sinds we begonnen. Ik wil graag begrijpen wat u hebt gemerkt, en nagaan of iedereen veilig is geweest.'
          : 'Het lijkt erop dat het moeilijker voor u is geworden sinds we begonnen. Ik wil graag begrijpen wat er speelt, en vragen hoe veilig u zich hebt gevoeld. Wat valt u zelf het meest op?',
    },
    'last-chance': {
      message: (f) =>
        `${Subject(f, 'uitkomst')} toont na ${f.sessionsSoFar} sessies geen betrouwbare verbetering (intake ${f.intake}, nu ${f.total}): tijd voor een beslissend gesprek over het aanpassen van het plan of een verwijzing.`,
      prompt: () =>
        'We hebben elkaar nu een aantal keer gezien, en uw scores zijn minder veranderd dan we hoopten. Ik wil zeker weten dat u krijgt wat helpt: zullen we onze manier van werken veranderen, iets toevoegen, of nadenken over iemand anders die beter bij u past?',
    },
    'reliable-drop': {
      message: (f) => `${fell(f, 'uitkomst')}: betrouwbaar (${f.threshold} punten of meer).`,
      prompt: () => 'Uw score is een flink stuk lager dan de vorige keer. Wat is er gebeurd sinds we elkaar voor het laatst zagen?',
    },
    'not-on-track': {
      message: (f) => `${Subject(f, 'uitkomst')} van ${f.total} in sessie ${f.session} ligt onder het verwachte bereik (ondergrens ${f.threshold}) bij een intakescore van ${f.intake}.`,
      prompt: () => 'Als ik naar uw scores tot nu toe kijk, is er minder veranderd dan we hoopten. Wat vindt u daarvan, en is er iets wat we anders zouden kunnen proberen?',
    },
    checkpoint: {
      message: (f) =>
        `${Subject(f, 'uitkomst')} toont na ${f.sessionsSoFar} sessies geen betrouwbare verandering (intake ${f.intake}, nu ${f.total}): tijd voor een tussentijds evaluatiegesprek.`,
      prompt: () => 'Uw scores zijn sinds het begin weinig veranderd. Wat vindt u daarvan? Is er iets in onze manier van werken waar we samen naar zouden moeten kijken?',
    },
    'alliance-low': {
      message: (f) => `${Subject(f, 'alliantie')} van ${f.total} in sessie ${f.session} ligt onder ${f.threshold}.`,
      prompt: (f) =>
        isGroup(f)
          ? 'Dank u voor uw eerlijkheid over vandaag. Wat zouden we anders kunnen doen, zodat de groep meer voor u betekent?'
          : 'Dank u voor uw eerlijkheid over vandaag. Wat zou ik anders kunnen doen, zodat onze tijd samen meer voor u betekent?',
    },
    'alliance-drop': {
      message: (f) => `${fell(f, 'alliantie')} (signaal vanaf ${f.threshold}).`,
      prompt: (f) =>
        isGroup(f)
          ? 'U gaf de groep van vandaag een iets lagere score dan de vorige keer. Was er iets in de groep dat niet goed voelde, of iets wat we gemist hebben?'
          : 'U gaf de sessie van vandaag een iets lagere score dan de vorige keer. Was er iets in ons gesprek dat niet goed voelde, of iets wat we gemist hebben?',
    },
    'alliance-item-low': {
      message: (f) =>
        `In sessie ${f.session} ${f.lowItems === 1 ? 'ligt één' : 'liggen'} ${subject(f, 'alliantie', f.lowItems === 1 ? 'item' : 'items')} onder ${f.threshold}: ${f.items}.`,
      prompt: (f) => {
        const what = isGroup(f) ? 'van de groep van vandaag' : 'van de sessie van vandaag';
        return f.lowItems === 1
          ? `Het viel me op dat één onderdeel ${what} een lagere score kreeg. Kunt u daar iets meer over vertellen, zodat ik mijn manier van werken kan aanpassen?`
          : `Het viel me op dat sommige onderdelen ${what} lagere scores kregen. Kunt u daar meer over vertellen, zodat ik mijn manier van werken kan aanpassen?`;
      },
    },
    'no-outcome-yet': {
      message: () => 'Nog geen uitkomstscore.',
      prompt: (f) =>
        f.youngChild
          ? 'Voordat we beginnen: wilt u aangeven hoe het de afgelopen week met uw kind ging? Zo zien we samen of wat we doen helpt.'
          : 'Voordat we beginnen: wilt u aangeven hoe het de afgelopen week met u ging? Zo zien we samen of wat we doen helpt.',
    },
  },
};
