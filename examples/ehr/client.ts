// The EHR's client page: read a FHIR Bundle, say what was read and which entries were not, and chart
// the ratings that were. The chart gives the summary and, for the latest session's alerts, the prompts.
import '@fitline/elements/fit-chart/define.js';
import { ILLUSTRATIVE_TRAJECTORY } from '@fitline/core';
import { readBundle } from '@fitline/core/fhir';
import { h } from '../dom.js';
import { ageOn, birthDates } from './read-patients.js';

const read = document.querySelector('#read')!;
const chart = document.querySelector('fit-chart')!;

// The file beside the page stands in for the EHR's FHIR server; nothing is sent anywhere.
const response = await fetch(new URL('./client-bundle.json', import.meta.url));
const bundle: unknown = response.ok ? await response.json() : null;
const { ratings, errors } = readBundle(bundle);

// One client per page: the Patient the ratings name.
const [clientId] = new Set(ratings.map((r) => r.clientId));
const born = clientId === undefined ? undefined : birthDates(bundle).get(clientId);
const intake = ratings.map((r) => r.date).sort()[0];
const age = born !== undefined && intake !== undefined ? ageOn(born, intake) : undefined;

read.replaceChildren(
  h('p', {}, `${clientId ?? 'Unknown client'}${age === undefined ? '' : `, age ${age} at intake`}: ${ratings.length} ratings read.`),
  errors.length === 0
    ? h('p', {}, 'Every entry was read.')
    : h(
        'div',
        { class: 'bad-entries' },
        h('p', {}, `${errors.length} ${errors.length === 1 ? 'entry was' : 'entries were'} not read; fix ${errors.length === 1 ? 'it' : 'them'} in the record:`),
        h('ul', {}, ...errors.map((error) => h('li', { 'data-index': String(error.index) }, error.message))),
      ),
);

chart.age = age;
chart.trajectory = ILLUSTRATIVE_TRAJECTORY;
chart.ratings = ratings;
