// The caseload demo: 36 generated clients as an EHR-style list of compact charts, the clients in
// summarizeCaseload's attention list first (riskiest first), then the others by id; and a supervisor's
// view of the same caseload by clinician, from summarizeCaseload's groups.
import '@fitline/elements/fit-chart/define.js';
import { summarizeCaseload } from '@fitline/core';
import type { CaseloadFigures } from '@fitline/core';
import { generateCaseload } from '@fitline/core/sample';
import { byId, h } from './dom.js';

/** The made-up clinicians the sample clients are shared between, in turn. */
export const CLINICIANS = ['Dr Ahmed', 'Dr Berg', 'Dr Costa'];
const episodes = generateCaseload(42, 36).map((episode, i) => ({ ...episode, clinician: CLINICIANS[i % CLINICIANS.length]! }));
const summary = summarizeCaseload(episodes, { groupBy: (episode) => episode.clinician });
const attention = new Map(summary.attention.map((entry, rank) => [entry.id, { rank, entry }]));
const ordered = [...episodes].sort((a, b) => (attention.get(a.id)?.rank ?? Infinity) - (attention.get(b.id)?.rank ?? Infinity) || a.id.localeCompare(b.id));

const by = summary.byChangeClass;
byId('totals').textContent =
  `${summary.episodes} clients: ${by.recovered} recovered, ${by.improved} improved, ${by['no-change']} no reliable change, ${by.deteriorated} deteriorated; ${summary.attention.length} need attention.`;

const rows = byId<HTMLTableSectionElement>('rows');
for (const episode of ordered) {
  const chart = document.createElement('fit-chart');
  chart.compact = true;
  chart.age = episode.age;
  chart.ratings = episode.ratings;
  const entry = attention.get(episode.id)?.entry;
  const change = entry && entry.change !== null ? (entry.change > 0 ? '+' : '') + entry.change.toFixed(1) : '';
  rows.append(
    h(
      'tr',
      {},
      h('td', {}, episode.id),
      h('td', {}, episode.age === undefined ? '' : String(episode.age)),
      h('td', {}, chart),
      h('td', { class: 'num' }, change),
      h('td', { class: 'alerts' }, entry ? entry.alerts.map((a) => a.code.replace(/-/g, ' ')).join(', ') : ''),
    ),
  );
}

/** A group's effect size, or why it has none. */
function effectSizeText(figures: CaseloadFigures): string {
  if (figures.effectSize !== null) return figures.effectSize.toFixed(2);
  return figures.effectSizeBasis.reason === 'too-few-episodes' ? `too few (${figures.effectSizeBasis.n})` : 'intakes too alike';
}

const supervisor = byId<HTMLTableSectionElement>('by-clinician');
for (const [clinician, figures] of Object.entries(summary.groups ?? {})) {
  const by = figures.byChangeClass;
  const critical = figures.attention.filter((entry) => entry.alerts[0]!.severity === 'critical').length;
  supervisor.append(
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, clinician),
      ...[figures.episodes, figures.measured, by.recovered, by.improved, by['no-change'], by.deteriorated].map((n) => h('td', { class: 'num' }, String(n))),
      h('td', { class: 'num' }, effectSizeText(figures)),
      h('td', { class: 'num' }, `${figures.attention.length} (${critical} critical)`),
    ),
  );
}
