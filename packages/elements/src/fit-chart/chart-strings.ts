/**
 * Everything `<fit-chart>` says, in one table per language: summary, readout, legend, axis titles,
 * table, buttons, and (through the core's alert texts) the alerts and conversation prompts. English is
 * built into the chart; every other language comes with that language's locale module and is loaded
 * only when a chart on the page speaks it (chart-lang.ts), so a page with scales alone never loads it.
 * `{name}` marks where a value goes; values are plain text.
 */
import type { AlertTexts, Rater } from '@fitline/core';
import { alertTextsEn } from '@fitline/core';

/** Forms of a phrase by plural category (Intl.PluralRules of the language); `other` is the fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface ChartStrings {
  /** BCP 47 tag: the language of the chart's text, its numbers and its dates. */
  lang: string;
  /** The core's alert texts in this language (`@fitline/core/alert-texts/<lang>`). */
  alerts: AlertTexts;

  noRatings: string;
  noClientOutcome: string;
  /** `{intake}`, `{session}`, `{where}` (one of below / atOrAbove, or empty). */
  intakeOnly: string;
  /** `{intake}`, `{latest}`, `{session}`, `{change}` (one of deterioration / noChange / improvement). */
  intakeLatest: string;
  /** `{name}` (theCutoff or theAllianceCutoff), `{cutoff}`. */
  below: string;
  atOrAbove: string;
  theCutoff: string;
  theAllianceCutoff: string;
  /** `{where}`: below / atOrAbove, or empty. */
  deterioration: string;
  noChange: string;
  /** `{where}`: nowAbove, startingAbove, notYetAbove, below / atOrAbove, or empty. */
  improvement: string;
  nowAbove: string;
  startingAbove: string;
  notYetAbove: string;
  onTrack: string;
  notOnTrack: string;
  /** `{total}`, `{where}`. */
  latestAlliance: string;
  /** `{list}`: the other series' labels. */
  alsoRated: string;
  /** `{n}` alerts, `{critical}` (criticalCount, or empty). */
  alertCount: PluralForms;
  criticalCount: string;
  /** `{n}` ratings, `{to}` the date the earlier episodes end. */
  reintake: PluralForms;
  /**
   * An instrument given outside its age groups: `{instrument}`, `{norm}` (noCutoffApplies or
   * cutoffApplies). English leaves it out: the core's own message is English already.
   */
  instrumentAge?: string;
  noCutoffApplies: string;
  cutoffApplies: string;

  /** A client's own series: `{instrument}`, `{kind}` (outcome or alliance). */
  seriesOwn: string;
  outcome: string;
  alliance: string;
  /** A collateral rater's series: `{instrument}`, `{rater}`. */
  seriesBy: string;
  raters: Record<Rater, string>;
  /** After a label where the chart shows several clients: `{id}`. */
  ofClient: string;
  /** A trajectory model marked illustrative: `{label}`. */
  illustrative: string;

  legend: string;
  /** `{cutoff}`. */
  cutoff: string;
  allianceCutoff: string;
  /** `{label}`: the trajectory model's. */
  expectedBand: string;
  belowBand: string;
  criticalAlert: string;
  alert: string;

  sessionAxis: string;
  sessionAxisByDate: string;
  /** The one total axis: outcome and alliance share the 0 to 40 scale, so one axis reads both. */
  totalAxis: string;

  /** The plot's accessible name, with its keys. */
  plotName: string;
  /** The plot's role description. */
  chart: string;

  noSessions: string;
  /** `{session}`, `{dates}` (empty when the session has none). */
  sessionLine: string;
  sessionDates: string;
  /** `{label}`, `{total}`, `{items}`, `{change}`. */
  ratingLine: string;
  notMeasured: string;
  /** `{message}`. */
  alertLine: string;
  criticalAlertLine: string;

  showTable: string;
  hideTable: string;
  showPrompts: string;
  hidePrompts: string;

  caption: string;
  /** The table's column heads: session, date, measure, rater, items 1 to 4, total, change since intake. */
  heads: readonly string[];

  /** The "how to read this chart" disclosure: its label, then a sentence each, said only where it applies. */
  howToRead: string;
  readHigher: string;
  /** `{cutoff}`. */
  readCutoff: string;
  readAllianceCutoff: string;
  readBand: string;
  readFlags: string;
  /** What a reliable change is, in plain words: `{instrument}`, `{threshold}` (points). */
  readReliable: string;
  /** What "on track" means, where the chart has an expected band. */
  readOnTrack: string;
  /** The visible cue that the plot takes keys, under it. */
  keysHint: string;
  /** The short form the plot announces as the cursor moves: `{session}`, `{values}` (label and total of each rating). */
  shortSession: string;
  /** Announced when the host gives new or changed ratings: `{n}` sessions, `{session}` the latest of them. */
  updatedSessions: PluralForms;
  /** Announced when the host's new ratings leave sessions out: `{n}` sessions, `{session}` the first of them. */
  removedSessions: PluralForms;
  /** The list of every alert of the episode: `{n}`. */
  allAlerts: string;
  /** `{prompt}`. */
  promptLine: string;
  /** The data table's columns for the expected band, where the chart has one. */
  headBand: string;
  headBelow: string;
  /** `{lower}`, `{upper}`. */
  bandRange: string;
  yes: string;
  no: string;
  downloadCsv: string;

  /** `{message}`: the core's own, in English. */
  cannotDraw: string;
  /** `{field}`. */
  cannotDrawField: string;
}

export const chartEn: ChartStrings = {
  lang: 'en',
  alerts: alertTextsEn,
  noRatings: 'No ratings yet.',
  noClientOutcome: 'No outcome ratings by the client yet.',
  intakeOnly: 'Intake {intake} at session {session}{where}; no change to show yet.',
  intakeLatest: 'Intake {intake}, latest {latest} at session {session}: {change}.',
  below: ', below {name} of {cutoff}',
  atOrAbove: ', at or above {name} of {cutoff}',
  theCutoff: 'the cutoff',
  theAllianceCutoff: 'the alliance cutoff',
  deterioration: 'reliable deterioration{where}',
  noChange: 'no reliable change{where}',
  improvement: 'reliable improvement{where}',
  nowAbove: ', now at or above the cutoff of {cutoff}',
  startingAbove: ', starting at or above the cutoff of {cutoff}',
  notYetAbove: ', not yet above the cutoff of {cutoff}',
  onTrack: 'On track with the expected course.',
  notOnTrack: 'Not on track with the expected course.',
  latestAlliance: 'Latest alliance {total}{where}.',
  alsoRated: 'Also rated: {list}.',
  alertCount: { one: '{n} alert{critical}.', other: '{n} alerts{critical}.' },
  criticalCount: ', {n} critical',
  reintake: {
    one: 'A re-intake started this episode: {n} rating of earlier episodes (to {to}) is not shown.',
    other: 'A re-intake started this episode: {n} ratings of earlier episodes (to {to}) are not shown.',
  },
  noCutoffApplies: 'no cutoff applies',
  cutoffApplies: 'the cutoff of {cutoff} applies',
  seriesOwn: '{instrument} ({kind})',
  outcome: 'outcome',
  alliance: 'alliance',
  seriesBy: '{instrument} by {rater}',
  raters: { client: 'client', caretaker: 'caretaker', teacher: 'teacher', partner: 'partner', other: 'other' },
  ofClient: ', client {id}',
  illustrative: '{label} (illustrative, not a validated trajectory)',
  legend: 'Legend',
  cutoff: 'Cutoff {cutoff}',
  allianceCutoff: 'Alliance cutoff {cutoff}',
  expectedBand: 'Expected band: {label}',
  belowBand: 'Below the expected band',
  criticalAlert: 'Critical alert',
  alert: 'Alert',
  sessionAxis: 'Session',
  sessionAxisByDate: 'Session (numbered in date order)',
  totalAxis: 'Total (0 to 40)',
  plotName: 'Outcome and alliance totals by session. Arrow keys, Home and End move between sessions.',
  chart: 'chart',
  noSessions: 'No sessions to show.',
  sessionLine: 'Session {session}',
  sessionDates: 'Session {session}, {dates}',
  ratingLine: '{label}: total {total} (items {items}), change since intake {change}',
  notMeasured: 'not measured',
  alertLine: 'Alert: {message}',
  criticalAlertLine: 'Critical alert: {message}',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  showPrompts: 'Show conversation prompts',
  hidePrompts: 'Hide conversation prompts',
  caption: 'Ratings shown in the chart',
  heads: ['Session', 'Date', 'Measure', 'Rater', 'Item 1', 'Item 2', 'Item 3', 'Item 4', 'Total', 'Change since intake'],
  howToRead: 'How to read this chart',
  readHigher: 'Each line is a total from 0 to 40 by session, left to right; higher is better, for outcome and for alliance.',
  readCutoff: 'The dashed line at {cutoff} is the clinical cutoff: outcome totals below it are typical of people who seek help.',
  readAllianceCutoff: 'The dotted line at {cutoff} is the alliance cutoff: an alliance total below it is worth talking about.',
  readBand: 'The shaded band is the range expected at each session for clients who started where this client did; a ring marks a session below it.',
  readFlags: 'A triangle above a session marks an alert there, filled when it is critical.',
  readReliable: 'A reliable change is bigger than the usual ups and downs of the {instrument}: {threshold} points or more.',
  readOnTrack: 'On track means the latest outcome total is in the shaded band or above it, with no reliable worsening.',
  keysHint: 'On the chart, the arrow keys, Home and End move between sessions.',
  shortSession: 'Session {session}: {values}.',
  updatedSessions: { one: 'Updated: new ratings at session {session}.', other: 'Updated: new ratings at {n} sessions, the latest at session {session}.' },
  removedSessions: { one: 'Updated: session {session} was removed.', other: 'Updated: {n} sessions were removed.' },
  allAlerts: 'All alerts of this episode ({n})',
  promptLine: 'Prompt: {prompt}',
  headBand: 'Expected range',
  headBelow: 'Below the band',
  bandRange: '{lower} to {upper}',
  yes: 'yes',
  no: 'no',
  downloadCsv: 'Download data (CSV)',
  cannotDraw: 'The chart cannot be drawn: {message}',
  cannotDrawField: 'Cannot draw {field}',
};
