/**
 * Alerts: the cues for a conversation that an episode's ratings raise. Each has a stable code, a
 * severity, a factual message with the numbers, and a prompt a clinician can say to the client. All
 * texts live in the one table below, keyed by code, so a host can show them outside the chart too;
 * the thresholds they quote come from the norms profile in force.
 */
import type { InstrumentId, Rater } from './rating.js';

/** The stable code of an alert, naming what it is about; ALERT_CODES lists them riskiest first. */
export type AlertCode =
  | 'deteriorated'
  | 'last-chance'
  | 'reliable-drop'
  | 'not-on-track'
  | 'checkpoint'
  | 'alliance-low'
  | 'alliance-drop'
  | 'alliance-item-low'
  | 'no-outcome-yet';

/**
 * How urgent an alert is, for ranking a caseload and colouring a flag: `critical` for a reliable
 * worsening and for the last-chance conversation, `warning` for the rest.
 */
export type AlertSeverity = 'critical' | 'warning';

/**
 * A cue for a conversation that an episode's ratings raise: its code, severity, a factual message and
 * a prompt the clinician can say.
 */
export interface Alert {
  code: AlertCode;
  severity: AlertSeverity;
  /** The session the alert is about, when it is about one. */
  session?: number;
  /** The instrument of the series it is about, when it is about one. */
  instrument?: InstrumentId;
  /** Who gave the ratings it is about: the client, or a collateral rater the message names. */
  rater?: Rater;
  /** The client the ratings are about, when they name one. */
  clientId?: string;
  /** The fact, with its numbers. */
  message: string;
  /** Something the clinician can say to open the conversation. */
  prompt: string;
}

/** Alert codes, riskiest first (every critical code before every warning): the order of an episode's alerts and a caseload's attention list. */
export const ALERT_CODES: readonly AlertCode[] = [
  'deteriorated',
  'last-chance',
  'reliable-drop',
  'not-on-track',
  'checkpoint',
  'alliance-low',
  'alliance-drop',
  'alliance-item-low',
  'no-outcome-yet',
];

const CRITICAL: readonly AlertCode[] = ['deteriorated', 'last-chance'];

/** The severity of an alert code. */
export const severityOfCode = (code: AlertCode): AlertSeverity => (CRITICAL.includes(code) ? 'critical' : 'warning');

/** The facts an alert's message is written from; each code reads the ones it needs. */
export interface AlertFacts {
  session?: number;
  total?: number;
  intake?: number;
  previous?: number;
  previousSession?: number;
  threshold?: number;
  /** The size of a drop, exact to a tenth. */
  drop?: number;
  /** Sessions counted from the intake as 1. */
  sessionsSoFar?: number;
  /** Item ids with their values, for alliance-item-low. */
  items?: string;
  /** How many items are low, for alliance-item-low. */
  lowItems?: number;
  instrument?: InstrumentId;
  rater?: Rater;
  clientId?: string;
  /** The client is a young child: prompts speak to the caretaker. */
  youngChild?: boolean;
}

/** "ORS total", "Caretaker's CORS total", "GSRS total of client c-2". */
function subject(f: AlertFacts, kind: string): string {
  const name = f.instrument ? f.instrument.toUpperCase() : kind;
  const who = f.rater && f.rater !== 'client' ? `${f.rater[0]!.toUpperCase()}${f.rater.slice(1)}'s ` : '';
  return `${who}${name} total${f.clientId !== undefined ? ` for client ${f.clientId}` : ''}`;
}

const isGroup = (f: AlertFacts) => f.instrument === 'gsrs';
const byRater = (f: AlertFacts) => (f.rater && f.rater !== 'client' ? ` (rated by the ${f.rater})` : '');

const TEXTS: Record<AlertCode, { message: (f: AlertFacts) => string; prompt: (f: AlertFacts) => string }> = {
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
        ? 'You rated today\'s group a little lower than last time. Was there something in the group that did not feel right, or something we missed?'
        : 'You rated today a little lower than last time. Was there something in our conversation that did not feel right, or something we missed?',
  },
  'alliance-item-low': {
    message: (f) => `At session ${f.session}, ${subject(f, 'alliance').replace(/ total/, '')} ${f.lowItems === 1 ? 'item' : 'items'} below ${f.threshold}: ${f.items}.`,
    prompt: (f) => {
      const where = isGroup(f) ? 'of today\'s group' : 'of today';
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
};

/** Builds an alert from its code and facts, with its severity, message and prompt from the table. */
export function makeAlert(code: AlertCode, facts: AlertFacts = {}): Alert {
  const text = TEXTS[code];
  const alert: Alert = { code, severity: severityOfCode(code), message: text.message(facts), prompt: text.prompt(facts) };
  if (facts.session !== undefined) alert.session = facts.session;
  if (facts.instrument !== undefined) alert.instrument = facts.instrument;
  if (facts.rater !== undefined) alert.rater = facts.rater;
  if (facts.clientId !== undefined) alert.clientId = facts.clientId;
  return alert;
}

/** Sorts alerts riskiest first, in place; equal codes keep their order. */
export function sortAlerts<T extends { code: string }>(alerts: T[]): T[] {
  return alerts.sort((a, b) => severityOf(b.code) - severityOf(a.code));
}

/** The rank of a code, higher for riskier, 0 for a code this version does not know. */
export function severityOf(code: string): number {
  const i = ALERT_CODES.indexOf(code as AlertCode);
  return i < 0 ? 0 : ALERT_CODES.length - i;
}
