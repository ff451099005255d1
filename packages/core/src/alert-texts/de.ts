/** Alert texts in German: `wordAlert(alert, alertTextsDe)`. The prompts await review by a German-speaking clinician (docs/languages.md). */
import type { AlertTexts, AlertWords } from './alert-words.js';
import { isGroup } from './alert-words.js';
import type { Rater } from '../rating.js';

const RATER: Record<Rater, string> = { client: '', caretaker: ' der Bezugsperson', teacher: ' der Lehrkraft', partner: ' der Partnerin/des Partners', other: ' einer anderen Person' };

/** "ORS-Summe", "CORS-Summe der Bezugsperson", "GSRS-Summe für Klient:in c-2". */
const subject = (f: AlertWords, kind: string, noun = 'Summe') =>
  `${f.instrument ? f.instrument.toUpperCase() : kind}-${noun}${RATER[f.rater ?? 'client']}${f.clientId !== undefined ? ` für Klient:in ${f.clientId}` : ''}`;
const fell = (f: AlertWords, kind: string) => `${subject(f, kind)} ist von ${f.previous} in Sitzung ${f.previousSession} auf ${f.total} in Sitzung ${f.session} gesunken, ein Rückgang um ${f.drop}`;

export const alertTextsDe: AlertTexts = {
  lang: 'de',
  separator: '; ',
  texts: {
    deteriorated: {
      message: (f) =>
        `${subject(f, 'Ergebnis')} ist von ${f.intake} bei Aufnahme auf ${f.total} in Sitzung ${f.session} gesunken, eine reliable Verschlechterung (${f.threshold} Punkte oder mehr). Risiko prüfen.`,
      prompt: (f) =>
        f.rater && f.rater !== 'client'
          ? 'Ihre Einschätzungen zeigen, dass es seit Beginn schwieriger geworden ist. Ich möchte verstehen, was Ihnen aufgefallen ist, und mich vergewissern, dass alle in Sicherheit waren.'
          : 'Es sieht so aus, als sei es für Sie seit Beginn unserer Arbeit schwieriger geworden. Ich möchte verstehen, was los war, und fragen, wie sicher Sie sich in dieser Zeit gefühlt haben. Was fällt Ihnen dabei besonders auf?',
    },
    'last-chance': {
      message: (f) =>
        `${subject(f, 'Ergebnis')} zeigt nach ${f.sessionsSoFar} Sitzungen keine reliable Verbesserung (Aufnahme ${f.intake}, jetzt ${f.total}): Zeit für ein entscheidendes Gespräch über eine Änderung des Vorgehens oder eine Überweisung.`,
      prompt: () =>
        'Wir haben uns inzwischen einige Male getroffen, und Ihre Einschätzungen haben sich nicht so verändert, wie wir gehofft hatten. Mir ist wichtig, dass Sie bekommen, was Ihnen hilft: Sollen wir unsere Arbeitsweise ändern, etwas ergänzen oder überlegen, ob jemand anderes besser zu Ihnen passen könnte?',
    },
    'reliable-drop': {
      message: (f) => `${fell(f, 'Ergebnis')}: reliabel (${f.threshold} Punkte oder mehr).`,
      prompt: () => 'Ihre Einschätzung ist deutlich niedriger als beim letzten Mal. Was ist seit unserem letzten Treffen passiert?',
    },
    'not-on-track': {
      message: (f) => `${subject(f, 'Ergebnis')} ${f.total} in Sitzung ${f.session} liegt unter dem erwarteten Bereich (Untergrenze ${f.threshold}) bei einem Aufnahmewert von ${f.intake}.`,
      prompt: () => 'Wenn ich mir Ihre bisherigen Einschätzungen ansehe, hat sich weniger verändert, als wir gehofft hatten. Wie sehen Sie das, und gibt es etwas, das wir anders versuchen könnten?',
    },
    checkpoint: {
      message: (f) =>
        `${subject(f, 'Ergebnis')} zeigt nach ${f.sessionsSoFar} Sitzungen keine reliable Veränderung (Aufnahme ${f.intake}, jetzt ${f.total}): Zeit für ein Gespräch zur Zwischenbilanz.`,
      prompt: () => 'Ihre Einschätzungen haben sich seit Beginn kaum verändert. Wie sehen Sie das? Gibt es etwas an unserer Art zu arbeiten, das wir uns gemeinsam anschauen sollten?',
    },
    'alliance-low': {
      message: (f) => `${subject(f, 'Beziehung')} ${f.total} in Sitzung ${f.session} liegt unter ${f.threshold}.`,
      prompt: (f) =>
        isGroup(f)
          ? 'Danke, dass Sie so offen sagen, wie es heute für Sie war. Was könnten wir anders machen, damit die Gruppe Ihnen mehr bringt?'
          : 'Danke, dass Sie so offen sagen, wie es heute für Sie war. Was könnte ich anders machen, damit unsere gemeinsame Zeit Ihnen mehr bringt?',
    },
    'alliance-drop': {
      message: (f) => `${fell(f, 'Beziehung')} (Hinweis ab ${f.threshold}).`,
      prompt: (f) =>
        isGroup(f)
          ? 'Sie haben die heutige Gruppe etwas niedriger bewertet als beim letzten Mal. Gab es etwas in der Gruppe, das sich nicht stimmig angefühlt hat, oder etwas, das wir übersehen haben?'
          : 'Sie haben die heutige Sitzung etwas niedriger bewertet als beim letzten Mal. Gab es etwas in unserem Gespräch, das sich nicht stimmig angefühlt hat, oder etwas, das wir übersehen haben?',
    },
    'alliance-item-low': {
      message: (f) => `In Sitzung ${f.session} ${f.lowItems === 1 ? 'liegt ein' : 'liegen'} ${subject(f, 'Beziehung', f.lowItems === 1 ? 'Item' : 'Items')} unter ${f.threshold}: ${f.items}.`,
      prompt: (f) => {
        const what = isGroup(f) ? 'der heutigen Gruppe' : 'der heutigen Sitzung';
        return f.lowItems === 1
          ? `Mir ist aufgefallen, dass ein Bereich ${what} niedriger bewertet wurde. Können Sie mir etwas mehr dazu sagen, damit ich meine Arbeitsweise anpassen kann?`
          : `Mir ist aufgefallen, dass einige Bereiche ${what} niedriger bewertet wurden. Können Sie mir mehr dazu sagen, damit ich meine Arbeitsweise anpassen kann?`;
      },
    },
    'no-outcome-yet': {
      message: () => 'Noch keine Ergebniseinschätzung.',
      prompt: (f) =>
        f.youngChild
          ? 'Bevor wir anfangen: Würden Sie markieren, wie es Ihrem Kind in der vergangenen Woche ging? Das hilft uns beiden zu sehen, ob unsere Arbeit hilft.'
          : 'Bevor wir anfangen: Würden Sie markieren, wie es Ihnen in der vergangenen Woche ging? Das hilft uns beiden zu sehen, ob unsere Arbeit hilft.',
    },
  },
};
