/**
 * Alerts: the cues for a conversation that an episode's ratings raise. Each has a stable code, a
 * factual message with the numbers, and a prompt a clinician can say to the client. All texts live
 * in the one table below; the thresholds they quote come from the norms profile in force.
 */

/** The stable code of an alert, naming what it is about; ALERT_CODES lists them riskiest first. */
export type AlertCode = 'deteriorated' | 'not-on-track' | 'alliance-low' | 'alliance-drop' | 'alliance-item-low' | 'no-outcome-yet';

/**
 * A cue for a conversation that an episode's ratings raise: its code, a factual message and a prompt
 * the clinician can say.
 */
export interface Alert {
  code: AlertCode;
  /** The session the alert is about, when it is about one. */
  session?: number;
  /** The fact, with its numbers. */
  message: string;
  /** Something the clinician can say to open the conversation. */
  prompt: string;
}

/** Alert codes, riskiest first: the order of an episode's alerts, a caseload's attention list and the chart's markers. */
export const ALERT_CODES: readonly AlertCode[] = ['deteriorated', 'not-on-track', 'alliance-low', 'alliance-drop', 'alliance-item-low', 'no-outcome-yet'];

/** The facts an alert's message is written from; each code reads the ones it needs. */
export interface AlertFacts {
  session?: number;
  total?: number;
  intake?: number;
  previous?: number;
  previousSession?: number;
  threshold?: number;
  /** Item ids with their values, for alliance-item-low. */
  items?: string;
}

const TEXTS: Record<AlertCode, { message: (f: AlertFacts) => string; prompt: string }> = {
  deteriorated: {
    message: (f) => `Outcome total fell from ${f.intake} at intake to ${f.total} at session ${f.session}, a reliable worsening (${f.threshold} points or more).`,
    prompt: 'It looks like things have become harder for you since we started. I would like to understand what has been going on. What stands out for you?',
  },
  'not-on-track': {
    message: (f) => `Outcome total ${f.total} at session ${f.session} is below the expected range (lower bound ${f.threshold}) for an intake of ${f.intake}.`,
    prompt: 'Looking at your ratings so far, things have not changed as much as we hoped. What do you make of that, and is there something we could try differently?',
  },
  'alliance-low': {
    message: (f) => `Alliance total ${f.total} at session ${f.session} is below ${f.threshold}.`,
    prompt: 'Thank you for being honest about today. What could I do differently so that our time together is more useful to you?',
  },
  'alliance-drop': {
    message: (f) =>
      `Alliance total fell from ${f.previous} at session ${f.previousSession} to ${f.total} at session ${f.session}, a drop of ${f.threshold} or more.`,
    prompt: 'You rated today a little lower than last time. Was there something in our conversation that did not feel right, or something we missed?',
  },
  'alliance-item-low': {
    message: (f) => `At session ${f.session}, alliance items below ${f.threshold}: ${f.items}.`,
    prompt: 'I noticed one part of today got a lower mark. Could you tell me a bit more about it, so I can adjust how we work?',
  },
  'no-outcome-yet': {
    message: () => 'No outcome rating from the client yet.',
    prompt: 'Before we begin, would you mark how things have been for you this past week? It helps us both see whether what we do is helping.',
  },
};

/** Builds an alert from its code and facts, with the message and prompt from the table. */
export function makeAlert(code: AlertCode, facts: AlertFacts = {}): Alert {
  const text = TEXTS[code];
  const alert: Alert = { code, message: text.message(facts), prompt: text.prompt };
  if (facts.session !== undefined) alert.session = facts.session;
  return alert;
}

/** Sorts alerts riskiest first, in place; equal codes keep their order. */
export function sortAlerts<T extends { code: string }>(alerts: T[]): T[] {
  return alerts.sort((a, b) => severityOf(b.code) - severityOf(a.code));
}

/** The severity weight of a code, 0 for a code this version does not know. */
export function severityOf(code: string): number {
  const i = ALERT_CODES.indexOf(code as AlertCode);
  return i < 0 ? 0 : ALERT_CODES.length - i;
}
