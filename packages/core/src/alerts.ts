/**
 * Alerts: the cues for a conversation that an episode's ratings raise. Each has a stable code, a
 * severity, a factual message with the numbers, and a prompt a clinician can say to the client. All
 * texts live in tables keyed by code (alert-texts/: English built in, every other language its own
 * module), so a host can show them outside the chart too, in the language it wants; the thresholds
 * they quote come from the norms profile in force.
 */
import type { InstrumentId, Rater } from './rating.js';
import { alertTextsEn } from './alert-texts/en.js';
import { alertWords } from './alert-texts/alert-words.js';

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
  /** What the message and prompt were written from, to word them again in another language (wordAlert). */
  facts?: AlertFacts;
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
  /** Item ids with their values, for alliance-item-low, as English writes them ("C 3.5, D 4"). */
  items?: string;
  /** The same items as [id, value] pairs, for a language that writes its numbers otherwise. */
  lowItemValues?: [string, number][];
  /** How many items are low, for alliance-item-low. */
  lowItems?: number;
  instrument?: InstrumentId;
  rater?: Rater;
  clientId?: string;
  /** The client is a young child: prompts speak to the caretaker. */
  youngChild?: boolean;
}

/** Builds an alert from its code and facts, with its severity, and its message and prompt in English; it keeps the facts, so wordAlert can word it again in another language. */
export function makeAlert(code: AlertCode, facts: AlertFacts = {}): Alert {
  const text = alertTextsEn.texts[code];
  // Numbers as a template literal writes them, as every alert has always read in English.
  const words = alertWords(facts, (n) => `${n}`, alertTextsEn.separator);
  const alert: Alert = { code, severity: severityOfCode(code), message: text.message(words), prompt: text.prompt(words), facts: { ...facts } };
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
