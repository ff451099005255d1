// The SDK demo: a generated caseload, one episode explained, and the caseload report.
import { summarizeEpisode, summarizeCaseload, ILLUSTRATIVE_TRAJECTORY, INSTRUMENTS } from '@fitline/core';
import { toCsv } from '@fitline/core/csv';
import { generateCaseload } from '@fitline/core/sample';
import { h, table, formatPoints, scrollingTable } from './dom.js';

const caseload = generateCaseload(2026, 120);
const trajectory = ILLUSTRATIVE_TRAJECTORY;

// The first client with something to talk about makes the more telling example.
const example = caseload.find((e) => summarizeEpisode(e.ratings, { age: e.age, trajectory }).alerts.some((a) => a.code !== 'no-outcome-yet')) ?? caseload[0]!;
const summary = summarizeEpisode(example.ratings, { age: example.age, trajectory });

const sessions = new Map<number, { date: string; outcome?: number; alliance?: number }>();
for (const point of summary.outcome?.sessions ?? []) sessions.set(point.session, { date: point.date, outcome: point.total });
for (const point of summary.alliance?.sessions ?? []) sessions.set(point.session, { ...(sessions.get(point.session) ?? { date: point.date }), alliance: point.total });

const outcome = summary.outcome;
document.querySelector('#episode')!.append(
  h('p', {}, `${example.id}${example.age !== undefined ? `, age ${example.age}` : ''}: ${example.ratings.length} ratings.`),
  outcome
    ? h(
        'p',
        {},
        `Intake ${formatPoints(outcome.intake)}, latest ${formatPoints(outcome.latest)} at session ${outcome.latestSession} ` +
          `(${outcome.change >= 0 ? '+' : ''}${formatPoints(outcome.change)}): ${outcome.changeClass.replace('-', ' ')}; ` +
          `clinical cutoff ${outcome.cutoff ?? 'none'} for the ${outcome.ageGroup} group; ${outcome.onTrack.replace(/-/g, ' ')}.`,
      )
    : h('p', {}, 'No outcome rating yet.'),
  scrollingTable(
    table(
      'Totals by session',
      ['Session', 'Date', `${INSTRUMENTS[outcome?.instrument ?? 'ors'].abbreviation} total`, 'Session rating total'],
      [...sessions.entries()].sort(([a], [b]) => a - b).map(([session, row]) => [session, row.date, formatPoints(row.outcome), formatPoints(row.alliance)]),
    ),
  ),
  h('h3', {}, 'Alerts and what to say'),
  summary.alerts.length === 0
    ? h('p', {}, 'No alerts.')
    : h('ul', {}, ...summary.alerts.map((alert) => h('li', {}, h('strong', {}, alert.message), ' ', h('q', {}, alert.prompt)))),
);

const report = summarizeCaseload(caseload, { trajectory });
const percent = (value: number | null) => (value === null ? '–' : `${value.toFixed(1)} %`);
document.querySelector('#caseload')!.append(
  h('p', {}, `${report.episodes} episodes, ${report.measured} with at least two outcome ratings; mean intake ${formatPoints(report.meanIntake)}; pre-post effect size ${report.effectSize === null ? '–' : report.effectSize.toFixed(2)}.`),
  scrollingTable(
    table(
      'Change from intake to latest (measured episodes)',
      ['Class', 'Episodes', 'Share'],
      (['recovered', 'improved', 'no-change', 'deteriorated'] as const).map((c) => [c.replace('-', ' '), report.byChangeClass[c], percent(report.percentByChangeClass[c])]),
    ),
  ),
  h('p', {}, `${report.startedAtOrAboveCutoff} measured episodes started at or above the cutoff and are counted apart: they cannot be "recovered". On track: ${report.onTrack.onTrack} of ${report.onTrack.known} (${percent(report.onTrack.percent)}).`),
  scrollingTable(
    table(
      'Clients to see first',
      ['Client', 'Alerts', 'Change'],
      report.attention.slice(0, 10).map((entry) => [entry.id, entry.alerts.map((a) => a.code).join(', '), formatPoints(entry.change)]),
    ),
  ),
);

(document.querySelector('#csv') as HTMLTextAreaElement).value = toCsv(example.ratings);
