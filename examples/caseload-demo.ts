// The caseload demo: 36 generated clients as an EHR-style list of compact charts, the clients in
// summarizeCaseload's attention list first (riskiest first), then the others by id.
import '@fitline/elements/fit-chart/define.js';
import { summarizeCaseload } from '@fitline/core';
import { generateCaseload } from '@fitline/core/sample';
import { byId, h } from './dom.js';

const episodes = generateCaseload(42, 36);
const summary = summarizeCaseload(episodes);
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
