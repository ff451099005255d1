/** Alert texts in English, the built-in language: makeAlert words every alert with this table. */
import type { AlertTexts, AlertWords } from './alert-words.js';
import { isGroup } from './alert-words.js';

/** "ORS total", "Caretaker's CORS total", "GSRS total for client c-2". */
function subject(f: AlertWords, kind: string): string {
  const name = f.instrument ? f.instrument.toUpperCase() : kind;
  const who = f.rater && f.rater !== 'client' ? `${f.rater[0]!.toUpperCase()}${f.rater.slice(1)}'s ` : '';
  return `${who}${name} total${f.clientId !== undefined ? ` for client ${f.clientId}` : ''}`;
}

const byRater = (f: AlertWords) => (f.rater && f.rater !== 'client' ? ` (rated by the ${f.rater})` : '');

/** The built-in English alert texts, as makeAlert and summarizeEpisode word every alert; the default of a chart. */
export const alertTextsEn: AlertTexts = {
  lang: 'en',
  separator: ', ',
  texts: {
    deteriorated: {
      message: (f) =>
        `${subject(f, 'Outcome')} fell from ${f.intake} at intake to ${f.total} at session ${f.session}, a reliable worsening (${f.threshold} points or more). Review risk.`,
      prompt: (f) =>
        f.rater && f.rater !== 'client'
          ? 'Your ratings say things have become harder since we started. I would like to understand what you have noticed, and to check that everyone has been safe.'
          : 'It looks like things have become harder for you since we started. I would like to understand what has been going on, and to check how safe you have been feeling. What stands out for you?',
    },
    'last-chance': {
      message: (f) =>
        `${subject(f, 'Outcome')} shows no reliable improvement after ${f.sessionsSoFar} sessions (intake ${f.intake}, now ${f.total})${byRater(f)}: time for a last-chance conversation about changing the plan or a referral.`,
      prompt: () =>
        'We have met several times now and your ratings have not moved as much as we hoped. I want to make sure you get what helps: should we change how we work, add something, or think about someone else who might be a better fit?',
    },
    'reliable-drop': {
      message: (f) =>
        `${subject(f, 'Outcome')} fell from ${f.previous} at session ${f.previousSession} to ${f.total} at session ${f.session}, a drop of ${f.drop}: reliable (${f.threshold} points or more).`,
      prompt: () => 'Your rating is quite a bit lower than last time. What has happened since we last met?',
    },
    'not-on-track': {
      message: (f) => `${subject(f, 'Outcome')} ${f.total} at session ${f.session} is below the expected range (lower bound ${f.threshold}) for an intake of ${f.intake}.`,
      prompt: () => 'Looking at your ratings so far, things have not changed as much as we hoped. What do you make of that, and is there something we could try differently?',
    },
    checkpoint: {
      message: (f) =>
        `${subject(f, 'Outcome')} shows no reliable change after ${f.sessionsSoFar} sessions (intake ${f.intake}, now ${f.total})${byRater(f)}: time for a checkpoint conversation.`,
      prompt: () => 'Your ratings have not changed much since we started. What do you make of that? Is there something about how we work that we should look at together?',
    },
    'alliance-low': {
      message: (f) => `${subject(f, 'Alliance')} ${f.total} at session ${f.session} is below ${f.threshold}.`,
      prompt: (f) =>
        isGroup(f)
          ? 'Thank you for being honest about today. What could we do differently so that the group is more useful to you?'
          : 'Thank you for being honest about today. What could I do differently so that our time together is more useful to you?',
    },
    'alliance-drop': {
      message: (f) =>
        `${subject(f, 'Alliance')} fell from ${f.previous} at session ${f.previousSession} to ${f.total} at session ${f.session}, a drop of ${f.drop} (alert at ${f.threshold} or more).`,
      prompt: (f) =>
        isGroup(f)
          ? "You rated today's group a little lower than last time. Was there something in the group that did not feel right, or something we missed?"
          : 'You rated today a little lower than last time. Was there something in our conversation that did not feel right, or something we missed?',
    },
    'alliance-item-low': {
      message: (f) => `At session ${f.session}, ${subject(f, 'alliance').replace(/ total/, '')} ${f.lowItems === 1 ? 'item' : 'items'} below ${f.threshold}: ${f.items}.`,
      prompt: (f) => {
        const where = isGroup(f) ? "of today's group" : 'of today';
        return f.lowItems === 1
          ? `I noticed one part ${where} got a lower mark. Could you tell me a bit more about it, so I can adjust how we work?`
          : `I noticed some parts ${where} got lower marks. Could you tell me more about them, so I can adjust how we work?`;
      },
    },
    'no-outcome-yet': {
      message: () => 'No outcome rating yet.',
      prompt: (f) =>
        f.youngChild
          ? 'Before we begin, would you mark how things have been for your child this past week? It helps us both see whether what we do is helping.'
          : 'Before we begin, would you mark how things have been for you this past week? It helps us both see whether what we do is helping.',
    },
  },
};
