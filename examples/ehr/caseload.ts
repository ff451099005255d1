// The EHR's caseload page: every client as a row with a compact chart, the clients to see first on top.
// The clients come from a Bundle made in the page (build-bundles.ts; as JSON it would be about 200 kB),
// or, with ?source=fhir, from the sandbox EHR's FHIR server (every Patient and QuestionnaireResponse,
// all pages); either way they are read with readBundle.
import '@fitline/elements/fit-chart/define.js';
import { ILLUSTRATIVE_TRAJECTORY, summarizeCaseload } from '@fitline/core';
import type { Rating } from '@fitline/core';
import { readBundle } from '@fitline/core/fhir';
import { h, table, formatPoints, scrollingTable } from '../dom.js';
import { caseloadBundle } from './build-bundles.js';
import { readCaseloadFromServer } from './read-caseload-from-server.js';
import { ageOn, birthDates } from './read-patients.js';

const fromServer = new URLSearchParams(location.search).get('source') === 'fhir';
document.querySelector('#source')!.textContent = fromServer ? "Read from the sandbox EHR's FHIR server." : 'Read from a FHIR Bundle made in this page.';
// Through JSON text, as it would arrive from a server.
const bundle: unknown = fromServer ? await readCaseloadFromServer() : JSON.parse(JSON.stringify(caseloadBundle()));
const { ratings, errors } = readBundle(bundle);
const born = birthDates(bundle);

const byClient = new Map<string, Rating[]>();
for (const rating of ratings) {
  const id = rating.clientId ?? 'unknown client';
  byClient.set(id, [...(byClient.get(id) ?? []), rating]);
}
const episodes = [...byClient].map(([id, own]) => {
  const birthDate = born.get(id);
  const intake = own.map((r) => r.date).sort()[0]!;
  return { id, ratings: own, ...(birthDate !== undefined && { age: ageOn(birthDate, intake) }) };
});

const trajectory = ILLUSTRATIVE_TRAJECTORY;
const summary = summarizeCaseload(episodes, { trajectory });
const rank = new Map(summary.attention.map((entry, i) => [entry.id, { i, entry }]));
const ordered = [...episodes].sort((a, b) => (rank.get(a.id)?.i ?? Infinity) - (rank.get(b.id)?.i ?? Infinity) || a.id.localeCompare(b.id));

const by = summary.byChangeClass;
document.querySelector('#totals')!.textContent =
  `${summary.episodes} clients: ${by.recovered} recovered, ${by.improved} improved, ${by['no-change']} no reliable change, ` +
  `${by.deteriorated} deteriorated; ${summary.attention.length} need attention.` +
  (errors.length > 0 ? ` ${errors.length} entries could not be read: ${errors.map((e) => e.message).join(' ')}` : '');

const chartOf = (episode: (typeof episodes)[number]) => {
  const chart = h('fit-chart', { compact: '' });
  chart.age = episode.age;
  chart.trajectory = trajectory;
  chart.ratings = episode.ratings;
  return chart;
};
const rows = ordered.map((episode) => {
  const entry = rank.get(episode.id)?.entry;
  return [
    episode.id,
    episode.age,
    chartOf(episode),
    entry ? formatPoints(entry.change) : '',
    entry ? h('span', { class: 'alerts' }, entry.alerts.map((a) => a.code.replace(/-/g, ' ')).join(', ')) : '',
  ];
});
const caseload = table('Each chart is named by its summary for screen readers.', ['Client', 'Age', 'Progress', 'Change', 'Needs attention'], rows);
caseload.classList.add('caseload');
// The page's heading names the region: the caption is a note for screen readers, not a title.
document.querySelector('#caseload')!.append(scrollingTable(caseload, 'caseload-heading'));
