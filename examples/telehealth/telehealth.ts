// The telehealth example: the end of a video visit, the client's SRS sent to the clinic (a mock server
// in this page), and the clinician's chart of the episode updated as it arrives.
import '@fitline/elements/define.js';
import type { Rating } from '@fitline/core';
import { createRandom, generateEpisode } from '@fitline/core/sample';
import { MockClinicApi } from './mock-clinic-api.js';
import { startClientPane } from './client-pane.js';
import { startClinicianPane } from './clinician-pane.js';

const clientId = 'client-0007';
const DAY = 86_400_000;

// Four earlier weekly sessions of a made-up adult client, moved so that the last was a week ago.
const earlier = generateEpisode(createRandom(11), { id: clientId, sessions: 4, ages: false, collateral: false }).ratings;
const lastDate = Date.parse(earlier.at(-1)!.date);
const shift = Date.parse(new Date().toISOString().slice(0, 10)) - 7 * DAY - lastDate;
const seeded: Rating[] = earlier.map((r) => ({ ...r, clientId, date: new Date(Date.parse(r.date) + shift).toISOString().slice(0, 10) }));

const api = new MockClinicApi();
startClinicianPane(document.querySelector<HTMLElement>('#clinician')!, api, seeded);
startClientPane(document.querySelector<HTMLElement>('#client')!, api, { clientId, session: Math.max(...seeded.map((r) => r.session ?? 0)) + 1 });
