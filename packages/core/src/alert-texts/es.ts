/** Alert texts in Spanish: `wordAlert(alert, alertTextsEs)`. The prompts await review by a Spanish-speaking clinician (docs/languages.md). */
import type { AlertTexts, AlertWords } from './alert-words.js';
import { isGroup } from './alert-words.js';
import type { Rater } from '../rating.js';

const RATER: Record<Rater, string> = { client: '', caretaker: ' según la persona cuidadora', teacher: ' según el docente', partner: ' según la pareja', other: ' según otra persona' };

/** "total ORS", "total CORS según la persona cuidadora", "total GSRS del cliente c-2". */
const subject = (f: AlertWords, kind: string, noun = 'total') =>
  `${noun} ${f.instrument ? f.instrument.toUpperCase() : kind}${f.clientId !== undefined ? ` del cliente ${f.clientId}` : ''}${RATER[f.rater ?? 'client']}`;
const Subject = (f: AlertWords, kind: string) => `El ${subject(f, kind)}`;
const fell = (f: AlertWords, kind: string) =>
  `${Subject(f, kind)} bajó de ${f.previous} en la sesión ${f.previousSession} a ${f.total} en la sesión ${f.session}, un descenso de ${f.drop}`;

export const alertTextsEs: AlertTexts = {
  lang: 'es',
  separator: '; ',
  texts: {
    deteriorated: {
      message: (f) =>
        `${Subject(f, 'de resultado')} bajó de ${f.intake} al inicio a ${f.total} en la sesión ${f.session}, un empeoramiento fiable (${f.threshold} puntos o más). Revise el riesgo.`,
      prompt: (f) =>
        f.rater && f.rater !== 'client'
          ? 'Sus valoraciones indican que las cosas se han vuelto más difíciles desde que empezamos. Me gustaría entender lo que ha notado y asegurarme de que todos han estado a salvo.'
          : 'Parece que las cosas se han vuelto más difíciles para usted desde que empezamos. Me gustaría entender qué ha estado pasando y saber cuán seguro se ha sentido. ¿Qué es lo que más le llama la atención?',
    },
    'last-chance': {
      message: (f) =>
        `${Subject(f, 'de resultado')} no muestra una mejora fiable después de ${f.sessionsSoFar} sesiones (inicio ${f.intake}, ahora ${f.total}): es momento de una conversación decisiva sobre cambiar el plan o derivar.`,
      prompt: () =>
        'Ya nos hemos visto varias veces y sus valoraciones no han cambiado tanto como esperábamos. Quiero asegurarme de que reciba lo que le ayuda: ¿deberíamos cambiar nuestra forma de trabajar, añadir algo o pensar en otra persona que pueda encajar mejor con usted?',
    },
    'reliable-drop': {
      message: (f) => `${fell(f, 'de resultado')}: fiable (${f.threshold} puntos o más).`,
      prompt: () => 'Su valoración es bastante más baja que la última vez. ¿Qué ha pasado desde nuestro último encuentro?',
    },
    'not-on-track': {
      message: (f) => `${Subject(f, 'de resultado')} de ${f.total} en la sesión ${f.session} está por debajo del rango esperado (límite inferior ${f.threshold}) para un valor inicial de ${f.intake}.`,
      prompt: () => 'Al mirar sus valoraciones hasta ahora, las cosas no han cambiado tanto como esperábamos. ¿Qué opina de eso? ¿Hay algo que podríamos intentar de otra manera?',
    },
    checkpoint: {
      message: (f) =>
        `${Subject(f, 'de resultado')} no muestra un cambio fiable después de ${f.sessionsSoFar} sesiones (inicio ${f.intake}, ahora ${f.total}): es momento de hacer balance juntos.`,
      prompt: () => 'Sus valoraciones han cambiado poco desde que empezamos. ¿Qué opina de eso? ¿Hay algo en nuestra forma de trabajar que deberíamos revisar juntos?',
    },
    'alliance-low': {
      message: (f) => `${Subject(f, 'de alianza')} de ${f.total} en la sesión ${f.session} está por debajo de ${f.threshold}.`,
      prompt: (f) =>
        isGroup(f)
          ? 'Gracias por su sinceridad sobre la sesión de hoy. ¿Qué podríamos hacer de otra manera para que el grupo le resulte más útil?'
          : 'Gracias por su sinceridad sobre la sesión de hoy. ¿Qué podría hacer yo de otra manera para que nuestro tiempo juntos le resulte más útil?',
    },
    'alliance-drop': {
      message: (f) => `${fell(f, 'de alianza')} (alerta a partir de ${f.threshold}).`,
      prompt: (f) =>
        isGroup(f)
          ? 'Ha valorado el grupo de hoy un poco más bajo que la última vez. ¿Hubo algo en el grupo que no le encajó, o algo que se nos escapó?'
          : 'Ha valorado la sesión de hoy un poco más bajo que la última vez. ¿Hubo algo en nuestra conversación que no le encajó, o algo que se nos escapó?',
    },
    'alliance-item-low': {
      message: (f) =>
        `En la sesión ${f.session}, ${f.lowItems === 1 ? 'un' : 'varios'} ${subject(f, 'de alianza', f.lowItems === 1 ? 'ítem' : 'ítems').replace(/^(ítems?) /, '$1 de ')} ${f.lowItems === 1 ? 'está' : 'están'} por debajo de ${f.threshold}: ${f.items}.`,
      prompt: (f) => {
        const what = isGroup(f) ? 'del grupo de hoy' : 'de la sesión de hoy';
        return f.lowItems === 1
          ? `He notado que un aspecto ${what} recibió una puntuación más baja. ¿Podría contarme un poco más, para que pueda ajustar nuestra forma de trabajar?`
          : `He notado que algunos aspectos ${what} recibieron puntuaciones más bajas. ¿Podría contarme más sobre ellos, para que pueda ajustar nuestra forma de trabajar?`;
      },
    },
    'no-outcome-yet': {
      message: () => 'Aún no hay valoración de resultado.',
      prompt: (f) =>
        f.youngChild
          ? 'Antes de empezar, ¿podría marcar cómo le han ido las cosas a su hijo o hija esta última semana? Nos ayuda a ambos a ver si lo que hacemos está sirviendo.'
          : 'Antes de empezar, ¿podría marcar cómo le han ido las cosas esta última semana? Nos ayuda a ambos a ver si lo que hacemos está sirviendo.',
    },
  },
};
