// The SMART on FHIR app against the test run's FHIR server, used as a person would: launched from the
// EHR's patient list or on its own, let in on the EHR's authorize page, the ORS and SRS marked with the
// mouse and saved; then the network and the server failing in each way the app must explain, with
// nothing lost and nothing saved twice.
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import { fromQuestionnaireResponse } from '@fitline/core/fhir';
import { axeViolations, clickIn, openExample, removeFrames } from '../example-frame-test-helpers.js';
import type { ChartElement, ScaleElement } from '../example-frame-test-helpers.js';
import { fhirServer, onServer, useOwnFhirServer } from '../fhir/sandbox-test-helpers.js';
import { allowOnAuthorizePage, appShown, launchFromEhr } from './smart-on-fhir-test-helpers.js';

/** A save goes to another process and back; the first transaction warms the server up. */
const SLOW = { timeout: 10000 };

type Scale = ScaleElement & { updateComplete: Promise<unknown> };

/** Marks the four lines of a scale with the mouse and presses its Save button. */
async function rateAndSave(frame: HTMLIFrameElement, scale: Scale): Promise<void> {
  await scale.updateComplete;
  for (const [i, line] of [...scale.shadowRoot!.querySelectorAll('[part="line"]')].entries()) await clickIn(frame, line, 0.3 + i * 0.1);
  await clickIn(frame, scale.shadowRoot!.querySelector('button')!);
}

const saveLines = (doc: Document) => [...doc.querySelectorAll('.saves li:not(.empty)')].map((li) => li.querySelector('.save-state')!.textContent!);
const responsesOf = (patient: string) => onServer<{ id: string; identifier?: { value: string } }>(`QuestionnaireResponse?patient=Patient/${patient}`);
const observationsOf = (patient: string) => onServer<{ derivedFrom?: { reference: string }[]; identifier?: { value: string }[] }>(`Observation?patient=Patient/${patient}`);

describe('the SMART on FHIR app', function () {
  // A launch crosses three pages and two servers; on a loaded machine that takes more than mocha's 10 s.
  this.timeout(30000);
  before(useOwnFhirServer);
  afterEach(async () => {
    removeFrames();
    await resetMouse();
    await fhirServer('start').catch(() => undefined);
  });

  it('EHR launch: reads every page of ratings, then saves the ORS and the SRS as a response and an Observation each', async () => {
    const before = await responsesOf('client-0005');
    expect(before.length).to.be.above(20, 'more ratings than one page of the app’s search holds');
    const { frame, doc, win } = await launchFromEhr('client-0005');
    expect(doc.querySelector('#patient')!.textContent).to.equal('Patient client-0005');
    expect(doc.querySelector('#status')!.textContent).to.equal(`${before.length} ratings read from the EHR; today is session 12.`);
    const chart = doc.querySelector('fit-chart') as ChartElement;
    expect(chart.ratings).to.have.length(before.length);
    expect(await axeViolations(win)).to.deep.equal([]);

    await rateAndSave(frame, doc.querySelector('ors-scale') as Scale);
    await waitUntil(() => saveLines(doc)[0] === 'ORS, session 12: saved.', 'the ORS is saved', SLOW);
    await rateAndSave(frame, doc.querySelector('srs-scale') as Scale);
    await waitUntil(() => saveLines(doc)[1] === 'SRS, session 12: saved.', 'the SRS is saved', SLOW);
    expect(chart.ratings).to.have.length(before.length + 2);

    const after = await responsesOf('client-0005');
    expect(after).to.have.length(before.length + 2);
    const added = after.filter((r) => !before.some((b) => b.id === r.id));
    const ratings = added.map((r) => fromQuestionnaireResponse(r));
    expect(ratings.map((r) => [r.instrument, r.session, r.clientId])).to.have.deep.members([
      ['ors', 12, 'client-0005'],
      ['srs', 12, 'client-0005'],
    ]);
    expect(ratings.find((r) => r.instrument === 'ors')!.items).to.deep.equal((doc.querySelector('ors-scale') as Scale).values);
    // Each response has its Observation, pointing back at it.
    const observations = await observationsOf('client-0005');
    for (const response of added) {
      const own = observations.filter((o) => o.identifier?.[0]?.value === response.identifier!.value);
      expect(own).to.have.length(1);
      expect(own[0]!.derivedFrom).to.deep.equal([{ reference: `QuestionnaireResponse/${response.id}` }]);
    }
  });

  it('standalone launch: the person picks the patient on the EHR’s authorize page', async () => {
    const { fhirBase } = await (await fetch('/ehr/config')).json();
    const { frame } = await openExample(`/examples/smart-on-fhir/launch.html?iss=${encodeURIComponent(fhirBase)}`, []);
    const { win } = frame.contentWindow ? { win: frame.contentWindow } : { win: null };
    expect(win).to.not.equal(null);
    await allowOnAuthorizePage(frame, { patient: 'client-0003' });
    const { doc } = await appShown(frame);
    expect(doc.querySelector('#patient')!.textContent).to.equal('Patient client-0003');
    expect(doc.querySelector('#status')!.textContent).to.match(/^4 ratings read from the EHR; today is session 3\.$/);
  });

  it('the authorize page is accessible', async () => {
    const { frame, doc } = await openExample('/examples/smart-on-fhir/', []);
    await waitUntil(() => doc.querySelectorAll('#patients a').length > 0, 'the EHR lists its patients', SLOW);
    await clickIn(frame, doc.querySelector('#standalone')!);
    await waitUntil(() => frame.contentWindow!.location.pathname === '/ehr/authorize' && frame.contentDocument!.readyState === 'complete', 'the authorize page', SLOW);
    expect(await axeViolations(frame.contentWindow as never)).to.deep.equal([]);
    expect([...frame.contentDocument!.querySelectorAll('input[name="patient"]')]).to.have.length(11);
  });

  it('server stopped mid-session: the rating stays with the reason and a Retry that saves it once', async () => {
    const { frame, doc } = await launchFromEhr('client-0001');
    const before = await responsesOf('client-0001');
    await fhirServer('stop');
    const scale = doc.querySelector('ors-scale') as Scale;
    await rateAndSave(frame, scale);
    await waitUntil(() => doc.querySelector('.saves .failed'), 'the save fails', SLOW);
    expect(saveLines(doc)[0]).to.equal('ORS, session 6: not saved. The FHIR server could not be reached (the network or the server is down). The rating is kept on this page.');
    expect(scale.values.every((v) => v !== null)).to.equal(true);
    await fhirServer('start');
    await clickIn(frame, doc.querySelector('.saves button')!);
    await waitUntil(() => saveLines(doc)[0] === 'ORS, session 6: saved.', 'the retry saves it', SLOW);
    expect(await responsesOf('client-0001')).to.have.length(before.length + 1);
  });

  it('an answer lost after the server saved: the retry creates no second response or Observation', async () => {
    const { frame, doc } = await launchFromEhr('client-0002');
    const before = await responsesOf('client-0002');
    const observationsBefore = await observationsOf('client-0002');
    await fhirServer('fail-next-write', { loseAnswer: true });
    await rateAndSave(frame, doc.querySelector('srs-scale') as Scale);
    await waitUntil(() => doc.querySelector('.saves .failed'), 'the save seems to fail', SLOW);
    expect(await responsesOf('client-0002')).to.have.length(before.length + 1, 'the server did save it');
    await clickIn(frame, doc.querySelector('.saves button')!);
    await waitUntil(() => saveLines(doc)[0]!.endsWith(': saved.'), 'the retry succeeds', SLOW);
    expect(await responsesOf('client-0002')).to.have.length(before.length + 1);
    expect(await observationsOf('client-0002')).to.have.length(observationsBefore.length + 1);
  });

  it('a scope refused on the authorize page: the 403 says which, and nothing is half saved', async () => {
    const { frame, doc } = await launchFromEhr('client-0004', { refuse: ['patient/Observation.c'] });
    const before = await responsesOf('client-0004');
    await rateAndSave(frame, doc.querySelector('ors-scale') as Scale);
    await waitUntil(() => doc.querySelector('.saves .failed'), 'the save is refused', SLOW);
    expect(saveLines(doc)[0]).to.equal(
      'ORS, session 7: not saved. The EHR does not allow this (403 Forbidden: The access token does not grant patient/Observation.c.). This app was not granted patient/Observation.c. The rating is kept on this page.',
    );
    expect(await responsesOf('client-0004')).to.have.length(before.length);
  });

  it('a token the EHR revoked: the 401 says so', async () => {
    const { frame, doc } = await launchFromEhr('client-0006');
    await fhirServer('revoke-tokens');
    await rateAndSave(frame, doc.querySelector('ors-scale') as Scale);
    await waitUntil(() => doc.querySelector('.saves .failed'), 'the save is refused', SLOW);
    expect(saveLines(doc)[0]).to.match(/: not saved\. The EHR did not accept this app's sign-in \(401 Unauthorized: The access token has been revoked\.\)\. Open the app from the EHR again\./);
  });

  it("the server's OperationOutcome is shown in words, and Retry then saves", async () => {
    const { frame, doc } = await launchFromEhr('client-0008');
    const outcome = { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'transient', diagnostics: 'The database is being backed up; try again in a minute.' }] };
    await fhirServer('fail-next-write', { answer: { status: 503, outcome } });
    await rateAndSave(frame, doc.querySelector('srs-scale') as Scale);
    await waitUntil(() => doc.querySelector('.saves .failed'), 'the save is refused', SLOW);
    expect(saveLines(doc)[0]).to.match(/: not saved\. The FHIR server refused it \(503 Service Unavailable: The database is being backed up; try again in a minute\.\)\./);
    await clickIn(frame, doc.querySelector('.saves button')!);
    await waitUntil(() => saveLines(doc)[0]!.endsWith(': saved.'), 'the retry succeeds', SLOW);
  });
});
