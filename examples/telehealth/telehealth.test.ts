// The telehealth example, used as a person would: the client marks the SRS with the mouse and presses
// Send twice; the clinic's server (the page's mock) gets exactly one POST, whose QuestionnaireResponse
// reads back to the rating sent, and the clinician's chart gains exactly one session.
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import { fromQuestionnaireResponse } from '@fitline/core/fhir';
import { clickIn, openExample, removeFrames } from '../example-frame-test-helpers.js';

type Scale = HTMLElement & { values: (number | null)[]; updateComplete: Promise<unknown> };
type Chart = HTMLElement & { updateComplete: Promise<unknown> };

/** The sessions of the rows of the chart's data table, as shown. */
const tableSessions = (chart: Chart) => [...chart.shadowRoot!.querySelectorAll('[part="table"] tbody tr')].map((row) => row.querySelector('td')!.textContent!.trim());

describe('the telehealth example', () => {
  afterEach(async () => {
    removeFrames();
    await resetMouse();
  });

  it('sends the SRS once, as a valid QuestionnaireResponse, and the clinician sees one more session', async () => {
    const { frame, doc } = await openExample('/examples/telehealth/index.html', ['srs-scale', 'fit-chart']);
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
    await waitUntil(() => doc.querySelector('.send-status')!.textContent!.startsWith('Sent.'), 'the client is told it was sent');

    // Exactly one POST reached the clinic, and it was accepted.
    expect(inbox()).to.have.length(1);
    expect(inbox()[0]).to.match(/^POST \/ratings: 201, SRS total \d+\.\d, session 5$/);

    await chart.updateComplete;
    const after = tableSessions(chart);
    expect(after).to.have.length(before.length + 1);
    expect(new Set(after)).to.deep.equal(new Set(['1', '2', '3', '4', '5']));

    // The curious open the details and read the QuestionnaireResponse: it reads back to the rating sent.
    const details = doc.querySelector('#clinician details')!;
    await clickIn(frame, details.querySelector('summary')!);
    expect(details.hasAttribute('open')).to.equal(true);
    const rating = fromQuestionnaireResponse(JSON.parse(details.querySelector('pre')!.textContent!));
    expect(rating).to.include({ instrument: 'srs', session: 5, mode: 'telehealth', clientId: 'client-0007' });
    expect(rating.items).to.deep.equal(scale.values);
    expect(inbox()[0]).to.contain(`SRS total ${(scale.values.reduce<number>((sum, v) => sum + v! * 10, 0) / 10).toFixed(1)},`);
  });
});
