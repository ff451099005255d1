// The telehealth example against the test run's FHIR server, used as a person would: the client marks
// the SRS with the mouse and presses Send twice; the server holds exactly one new QuestionnaireResponse
// and one Observation, the response reads back to the rating sent, and the clinician's chart, read back
// from the server, gains exactly one session. With the server stopped, the rating stays with a Retry.
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import { fromQuestionnaireResponse } from '@fitline/core/fhir';
import { clickIn, openExample, removeFrames } from '../example-frame-test-helpers.js';
import { fhirServer, onServer, useOwnFhirServer } from '../fhir/sandbox-test-helpers.js';

type Scale = HTMLElement & { values: (number | null)[]; updateComplete: Promise<unknown> };
type Chart = HTMLElement & { updateComplete: Promise<unknown> };

/** The sessions of the rows of the chart's data table, as shown. */
const tableSessions = (chart: Chart) => [...chart.shadowRoot!.querySelectorAll('[part="table"] tbody tr')].map((row) => row.querySelector('td')!.textContent!.trim());

const SLOW = { timeout: 10000 };
const saveLine = (doc: Document) => doc.querySelector('#client .saves li .save-state')?.textContent ?? '';

describe('the telehealth example', function () {
  // Every save and read goes to the FHIR server's process and back.
  this.timeout(20000);
  beforeEach(useOwnFhirServer);
  afterEach(async () => {
    removeFrames();
    await resetMouse();
    await fhirServer('start');
  });

  /** Opens the visit once the clinician's chart shows the sessions read from the server. */
  async function openVisit() {
    const opened = await openExample('/examples/telehealth/index.html', ['srs-scale', 'fit-chart']);
    const chart = opened.doc.querySelector('#clinician fit-chart') as Chart & { ratings: unknown[] };
    await waitUntil(() => chart.ratings?.length > 0, 'the earlier sessions are read from the server', SLOW);
    return opened;
  }

  it('sends the SRS once, as a valid QuestionnaireResponse, and the clinician sees one more session', async () => {
    const { frame, doc } = await openVisit();
    const responsesBefore = await onServer('QuestionnaireResponse?patient=Patient/client-0011');
    const observationsBefore = await onServer('Observation?patient=Patient/client-0011');
    const scale = doc.querySelector('#client srs-scale') as Scale;
    const chart = doc.querySelector('#clinician fit-chart') as Chart;
    const inbox = () => [...doc.querySelectorAll('#clinician .inbox li:not(.empty)')].map((li) => li.textContent!);
    await scale.updateComplete;
    await chart.updateComplete;
    expect(doc.querySelector('.call-ended')!.textContent).to.equal('The video call has ended.');

    await clickIn(frame, [...chart.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('data table'))!);
    await chart.updateComplete;
    const before = tableSessions(chart);
    expect(new Set(before)).to.deep.equal(new Set(['1', '2', '3', '4']));

    for (const [i, line] of [...scale.shadowRoot!.querySelectorAll('[part="line"]')].entries()) await clickIn(frame, line, 0.75 + i * 0.05);
    expect(scale.values.every((v) => v !== null)).to.equal(true);
    const send = scale.shadowRoot!.querySelector('button')!;
    expect(send.textContent!.trim()).to.equal('Send');
    await clickIn(frame, send);
    await clickIn(frame, send);
    await waitUntil(() => saveLine(doc) === 'Your session rating: saved.', 'the client is told it was saved', SLOW);

    // Exactly one save reached the clinic's server: one response and its Observation, both created.
    expect(inbox()).to.have.length(1);
    expect(inbox()[0]).to.match(/^SRS total \d+\.\d, session 5: 201 QuestionnaireResponse\/[\w-]+, 201 Observation\/[\w-]+$/);
    expect(await onServer('QuestionnaireResponse?patient=Patient/client-0011')).to.have.length(responsesBefore.length + 1);
    expect(await onServer('Observation?patient=Patient/client-0011')).to.have.length(observationsBefore.length + 1);

    await waitUntil(() => tableSessions(chart).length === before.length + 1, 'the chart is read back from the server', SLOW);
    const after = tableSessions(chart);
    expect(after).to.have.length(before.length + 1);
    expect(new Set(after)).to.deep.equal(new Set(['1', '2', '3', '4', '5']));

    // The curious open the details and read the QuestionnaireResponse: it reads back to the rating sent.
    const details = doc.querySelector('#clinician details')!;
    await clickIn(frame, details.querySelector('summary')!);
    expect(details.hasAttribute('open')).to.equal(true);
    await waitUntil(() => details.querySelector('pre')!.textContent!.startsWith('{'), 'the stored response is shown', SLOW);
    const stored = JSON.parse(details.querySelector('pre')!.textContent!);
    expect(stored.id).to.be.a('string');
    const rating = fromQuestionnaireResponse(stored);
    expect(rating).to.include({ instrument: 'srs', session: 5, mode: 'telehealth', clientId: 'client-0011' });
    expect(rating.items).to.deep.equal(scale.values);
    expect(inbox()[0]).to.contain(`SRS total ${(scale.values.reduce<number>((sum, v) => sum + v! * 10, 0) / 10).toFixed(1)},`);
  });

  it('with the server down, the rating stays with the reason, and Retry saves it once', async () => {
    const { frame, doc } = await openVisit();
    const before = await onServer('QuestionnaireResponse?patient=Patient/client-0011');
    await fhirServer('stop');
    const scale = doc.querySelector('#client srs-scale') as Scale;
    await scale.updateComplete;
    for (const line of scale.shadowRoot!.querySelectorAll('[part="line"]')) await clickIn(frame, line, 0.6);
    await clickIn(frame, scale.shadowRoot!.querySelector('button')!);
    await waitUntil(() => saveLine(doc).includes('not saved'), 'the save fails', SLOW);
    expect(saveLine(doc)).to.equal('Your session rating: not saved. The FHIR server could not be reached (the network or the server is down). The rating is kept on this page.');
    await fhirServer('start');
    await clickIn(frame, doc.querySelector('#client .saves button')!);
    await waitUntil(() => saveLine(doc) === 'Your session rating: saved.', 'the retry saves it', SLOW);
    expect(await onServer('QuestionnaireResponse?patient=Patient/client-0011')).to.have.length(before.length + 1);
  });
});
