/** Alert texts in Portuguese (European): `wordAlert(alert, alertTextsPt)`. The prompts await review by a Portuguese-speaking clinician (docs/languages.md). */
import type { AlertTexts, AlertWords } from './alert-words.js';
import { isGroup } from './alert-words.js';
import type { Rater } from '../rating.js';

const RATER: Record<Rater, string> = { client: '', caretaker: ' segundo o cuidador', teacher: ' segundo o professor', partner: ' segundo o parceiro ou parceira', other: ' segundo outra pessoa' };

/** "total ORS", "total CORS segundo o cuidador", "total GSRS do cliente c-2". */
const subject = (f: AlertWords, kind: string, noun = 'total') =>
  `${noun} ${f.instrument ? f.instrument.toUpperCase() : kind}${f.clientId !== undefined ? ` do cliente ${f.clientId}` : ''}${RATER[f.rater ?? 'client']}`;
const Subject = (f: AlertWords, kind: string) => `O ${subject(f, kind)}`;
const fell = (f: AlertWords, kind: string) =>
  `${Subject(f, kind)} desceu de ${f.previous} na sessão ${f.previousSession} para ${f.total} na sessão ${f.session}, uma descida de ${f.drop}`;

export const alertTextsPt: AlertTexts = {
  lang: 'pt',
  separator: '; ',
  texts: {
    deteriorated: {
      message: (f) =>
        `${Subject(f, 'de resultado')} desceu de ${f.intake} no início para ${f.total} na sessão ${f.session}, uma deterioração fiável (${f.threshold} pontos ou mais). Avalie o risco.`,
      prompt: (f) =>
        f.rater && f.rater !== 'client'
          ? 'As suas avaliações mostram que as coisas ficaram mais difíceis desde que começámos. Gostaria de perceber o que notou e de confirmar que todos têm estado em segurança.'
          : 'Parece que as coisas ficaram mais difíceis para si desde que começámos. Gostaria de perceber o que se tem passado e de saber até que ponto se tem sentido em segurança. O que é que mais lhe salta à vista?',
    },
    'last-chance': {
      message: (f) =>
        `${Subject(f, 'de resultado')} não mostra melhoria fiável após ${f.sessionsSoFar} sessões (início ${f.intake}, agora ${f.total}): é altura de uma conversa decisiva sobre mudar o plano ou encaminhar.`,
      prompt: () =>
        'Já nos encontrámos várias vezes e as suas avaliações não mudaram tanto quanto esperávamos. Quero garantir que recebe aquilo que ajuda: devemos mudar a forma como trabalhamos, acrescentar alguma coisa, ou pensar noutra pessoa que possa ser mais adequada para si?',
    },
    'reliable-drop': {
      message: (f) => `${fell(f, 'de resultado')}: fiável (${f.threshold} pontos ou mais).`,
      prompt: () => 'A sua avaliação está bastante mais baixa do que da última vez. O que aconteceu desde o nosso último encontro?',
    },
    'not-on-track': {
      message: (f) => `${Subject(f, 'de resultado')} de ${f.total} na sessão ${f.session} está abaixo do intervalo esperado (limite inferior ${f.threshold}) para um valor inicial de ${f.intake}.`,
      prompt: () => 'Olhando para as suas avaliações até agora, as coisas não mudaram tanto quanto esperávamos. O que pensa sobre isso, e há alguma coisa que possamos tentar de outra forma?',
    },
    checkpoint: {
      message: (f) =>
        `${Subject(f, 'de resultado')} não mostra mudança fiável após ${f.sessionsSoFar} sessões (início ${f.intake}, agora ${f.total}): é altura de fazer um ponto de situação em conjunto.`,
      prompt: () => 'As suas avaliações mudaram pouco desde que começámos. O que pensa sobre isso? Há alguma coisa na forma como trabalhamos que devamos ver em conjunto?',
    },
    'alliance-low': {
      message: (f) => `${Subject(f, 'de aliança')} de ${f.total} na sessão ${f.session} está abaixo de ${f.threshold}.`,
      prompt: (f) =>
        isGroup(f)
          ? 'Obrigado pela sua franqueza sobre a sessão de hoje. O que poderíamos fazer de forma diferente para que o grupo lhe seja mais útil?'
          : 'Obrigado pela sua franqueza sobre a sessão de hoje. O que poderia eu fazer de forma diferente para que o nosso tempo juntos lhe seja mais útil?',
    },
    'alliance-drop': {
      message: (f) => `${fell(f, 'de aliança')} (alerta a partir de ${f.threshold}).`,
      prompt: (f) =>
        isGroup(f)
          ? 'Avaliou o grupo de hoje um pouco mais abaixo do que da última vez. Houve alguma coisa no grupo que não lhe pareceu bem, ou algo que nos escapou?'
          : 'Avaliou a sessão de hoje um pouco mais abaixo do que da última vez. Houve alguma coisa na nossa conversa que não lhe pareceu bem, ou algo que nos escapou?',
    },
    'alliance-item-low': {
      message: (f) =>
        `Na sessão ${f.session}, ${f.lowItems === 1 ? 'um' : 'vários'} ${subject(f, 'de aliança', f.lowItems === 1 ? 'item' : 'itens').replace(/^(ite[mn]s?) /, '$1 do ')} ${f.lowItems === 1 ? 'está' : 'estão'} abaixo de ${f.threshold}: ${f.items}.`,
      prompt: (f) => {
        const what = isGroup(f) ? 'do grupo de hoje' : 'da sessão de hoje';
        return f.lowItems === 1
          ? `Reparei que um aspeto ${what} teve uma avaliação mais baixa. Pode contar-me um pouco mais, para que eu possa ajustar a forma como trabalhamos?`
          : `Reparei que alguns aspetos ${what} tiveram avaliações mais baixas. Pode contar-me mais sobre eles, para que eu possa ajustar a forma como trabalhamos?`;
      },
    },
    'no-outcome-yet': {
      message: () => 'Ainda não há avaliação de resultado.',
      prompt: (f) =>
        f.youngChild
          ? 'Antes de começarmos, pode marcar como têm corrido as coisas para o seu filho ou filha na última semana? Ajuda-nos aos dois a ver se o que fazemos está a ajudar.'
          : 'Antes de começarmos, pode marcar como têm corrido as coisas para si na última semana? Ajuda-nos aos dois a ver se o que fazemos está a ajudar.',
    },
  },
};
