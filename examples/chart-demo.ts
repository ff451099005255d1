// The chart demo: a generated client's episode charted beside today's scales; each rating submitted
// joins the episode and the chart redraws. The exports download from the page itself.
import '@fitline/elements/fit-chart/define.js';
import '@fitline/elements/ors-scale/define.js';
import '@fitline/elements/srs-scale/define.js';
// Types from the sources, so checking the examples needs no build.
import type { FitChart, OrsScale, SrsScale } from '../packages/elements/src/index.js';
import { ILLUSTRATIVE_TRAJECTORY } from '@fitline/core';
import { generateCaseload } from '@fitline/core/sample';
import { byId } from './dom.js';

const episode = generateCaseload(5, 3, { ages: false, collateral: false, sessions: 6 })[2]!;
const chart = byId<FitChart>('chart');
chart.trajectory = ILLUSTRATIVE_TRAJECTORY;
chart.ratings = episode.ratings;

const sessionsOf = (kind: 'ors' | 'srs') => chart.ratings.filter((r) => r.instrument.endsWith(kind)).map((r) => r.session ?? 0);
const next = () => Math.max(0, ...sessionsOf('ors')) + 1;
const label = () => (byId('session-label').textContent = `session ${next()}`);
label();

// A new rating joins the episode at today's session: the ORS opens a session, the SRS closes it.
byId<OrsScale>('ors').addEventListener('fit-submit', (e) => {
  chart.ratings = [...chart.ratings, { ...e.detail.rating, session: next() }];
});
byId<SrsScale>('srs').addEventListener('fit-submit', (e) => {
  const session = Math.max(0, ...sessionsOf('ors'));
  chart.ratings = [...chart.ratings, { ...e.detail.rating, session }];
  label();
});

const download = (blob: Blob, name: string) => {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
};
byId('png').addEventListener('click', async () => download(await chart.toPNG(), 'progress.png'));
byId('csv').addEventListener('click', () => download(new Blob([chart.toCSV()], { type: 'text/csv' }), 'ratings.csv'));
