// The sandbox FHIR server over HTTP, as an app meets it: a token for every request, the scopes and
// the patient the token names, pages linked by Bundle.link next, conditional create in a transaction,
// and Medplum's OperationOutcomes for what it refuses.
import { expect } from 'chai';
import type { AddressInfo } from 'node:net';
import { signAccessToken } from './access-token.js';
import { createFhirServer } from './fhir-server.js';
import { seedResources } from './seed.js';

const KEY = 'test-key';
const PATIENT_SCOPES = 'launch patient/QuestionnaireResponse.rs patient/QuestionnaireResponse.c patient/Observation.rs patient/Observation.c';

describe('the sandbox FHIR server', function () {
  this.timeout(30000);
  const fhir = createFhirServer({ tokenKey: KEY, authorization: { authorizeUrl: 'http://ehr.test/authorize', tokenUrl: 'http://ehr.test/token' } });
  let base = '';
  before(async () => {
    await fhir.reset(seedResources());
    await new Promise<void>((resolve) => fhir.server.listen(0, 'localhost', resolve));
    base = `http://localhost:${(fhir.server.address() as AddressInfo).port}/fhir`;
  });
  after(() => fhir.server.close());

  const as = (scope: string, patient?: string) => ({ Authorization: `Bearer ${signAccessToken(KEY, { scope, ...(patient && { patient }) })}` });
  const get = (path: string, headers: Record<string, string>) => fetch(`${base}${path}`, { headers });
  const post = (path: string, headers: Record<string, string>, body: unknown) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/fhir+json' }, body: JSON.stringify(body) });
  /** A FHIR JSON body, read as loosely as the test checks it. */
  const bodyOf = async (response: Response): Promise<any> => response.json();
  const diagnostics = async (response: Response) => ((await response.json()) as { issue: { diagnostics?: string; details?: { text: string } }[] }).issue.map((i) => i.diagnostics ?? i.details?.text);

  it('publishes its SMART configuration without a token', async () => {
    const response = await fetch(`${base}/.well-known/smart-configuration`);
    expect(response.status).to.equal(200);
    const configuration = await bodyOf(response);
    expect(configuration).to.include({ authorization_endpoint: 'http://ehr.test/authorize', token_endpoint: 'http://ehr.test/token' });
    expect(configuration.code_challenge_methods_supported).to.deep.equal(['S256']);
  });

  it('answers 401 without a token, with a forged one and with a revoked one', async () => {
    const none = await get('/Patient/client-0001', {});
    expect(none.status).to.equal(401);
    expect(await diagnostics(none)).to.deep.equal(['The request has no Bearer access token.']);
    const forged = await get('/Patient/client-0001', { Authorization: `Bearer ${signAccessToken('another-key', { scope: 'user/*.rs' })}` });
    expect(forged.status).to.equal(401);
    const headers = as('user/Patient.rs');
    expect((await get('/Patient/client-0001', headers)).status).to.equal(200);
    fhir.revokeTokens();
    const revoked = await get('/Patient/client-0001', headers);
    expect(revoked.status).to.equal(401);
    expect(await diagnostics(revoked)).to.deep.equal(['The access token has been revoked.']);
  });

  it('answers 403 naming the scope missing, and keeps a patient-level token to its patient', async () => {
    const headers = as('patient/QuestionnaireResponse.rs', 'client-0003');
    const noObservations = await get('/Observation?patient=Patient/client-0003', headers);
    expect(noObservations.status).to.equal(403);
    expect(await diagnostics(noObservations)).to.deep.equal(['The access token does not grant patient/Observation.s.']);
    const someoneElse = await get('/QuestionnaireResponse?patient=Patient/client-0004', headers);
    expect(someoneElse.status).to.equal(403);
    expect((await get('/QuestionnaireResponse?patient=Patient/client-0003', headers)).status).to.equal(200);
  });

  it('pages a search with Bundle.link next until every match is read', async () => {
    const headers = as(PATIENT_SCOPES, 'client-0003');
    let url: string | undefined = `${base}/QuestionnaireResponse?patient=Patient/client-0003&_count=2`;
    const ids: string[] = [];
    let total = 0;
    while (url) {
      const page = (await (await fetch(url, { headers })).json()) as { total: number; entry?: { resource: { id: string } }[]; link: { relation: string; url: string }[] };
      total = page.total;
      ids.push(...(page.entry ?? []).map((e) => e.resource.id));
      url = page.link.find((l) => l.relation === 'next')?.url;
    }
    expect(total).to.be.above(2);
    expect(ids).to.have.length(total);
    expect(new Set(ids).size).to.equal(total);
  });

  it('creates once under a conditional create, however often the transaction is sent', async () => {
    const headers = as(PATIENT_SCOPES, 'client-0003');
    const identifier = { system: 'urn:fitline:fhir/identifier/rating-id', value: 'retried-rating' };
    const transaction = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          fullUrl: 'urn:uuid:0b7e3a4c-8f7e-4d2b-9a55-0d1e6c1f2a11',
          resource: { resourceType: 'QuestionnaireResponse', identifier, status: 'completed', subject: { reference: 'Patient/client-0003' }, authored: '2026-12-03' },
          request: { method: 'POST', url: 'QuestionnaireResponse', ifNoneExist: `identifier=${identifier.system}|${identifier.value}` },
        },
      ],
    };
    const first = await post('/', headers, transaction);
    expect(first.status).to.equal(200);
    expect((await bodyOf(first)).entry[0].response.status).to.equal('201');
    const again = await bodyOf(await post('/', headers, transaction));
    expect(again.entry[0].response.status).to.equal('200');
    const found = await bodyOf(await get(`/QuestionnaireResponse?patient=Patient/client-0003&identifier=${identifier.system}|${identifier.value}`, headers));
    expect(found.total).to.equal(1);
  });

  it('refuses an invalid resource with an OperationOutcome naming the element', async () => {
    const headers = as(PATIENT_SCOPES, 'client-0003');
    const response = await post('/QuestionnaireResponse', headers, { resourceType: 'QuestionnaireResponse', subject: { reference: 'Patient/client-0003' }, authored: 'yesterday' });
    expect(response.status).to.equal(400);
    const outcome = await bodyOf(response);
    expect(outcome.issue.map((i: { expression: string[] }) => i.expression[0])).to.include.members(['QuestionnaireResponse.status', 'QuestionnaireResponse.authored']);
  });
});
