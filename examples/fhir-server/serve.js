// Runs the sandbox FHIR server in a process of its own, seeded with the sample data (seed.ts), on
// FITLINE_FHIR_PORT (0, the default, picks a free one). Started by the demo server and the test run
// (local-ehr.js) with an IPC channel: it reports `{ ready: fhirBase }`, then obeys `{ id, action }`
// messages (stop, start, reset, revoke-tokens, fail-next-write) and answers `{ id, done }`.
// Run by hand: node --conditions=development --import tsx examples/fhir-server/serve.js
import { createFhirServer } from './fhir-server.js';
import { seedResources } from './seed.ts';

const ehrOrigin = process.env.FITLINE_EHR_ORIGIN ?? 'http://localhost:8000';
const tokenKey = process.env.FITLINE_TOKEN_KEY;
if (!tokenKey) {
  console.error('FITLINE_TOKEN_KEY must hold the key the EHR signs access tokens with.');
  process.exit(1);
}

const fhir = createFhirServer({ tokenKey, authorization: { authorizeUrl: `${ehrOrigin}/ehr/authorize`, tokenUrl: `${ehrOrigin}/ehr/token` } });
await fhir.reset(seedResources());

let port = Number(process.env.FITLINE_FHIR_PORT ?? 0);
const listen = () =>
  new Promise((resolve, reject) => {
    fhir.server.once('error', reject);
    fhir.server.listen(port, 'localhost', () => {
      port = fhir.server.address().port;
      resolve();
    });
  });
const stop = () =>
  new Promise((resolve) => {
    fhir.server.close(() => resolve());
    fhir.server.closeAllConnections();
  });

const actions = {
  stop,
  start: () => (fhir.server.listening ? undefined : listen()),
  reset: () => fhir.reset(seedResources()),
  'revoke-tokens': async () => fhir.revokeTokens(),
  'fail-next-write': async (fault) => fhir.failNextWrite(fault),
};

await listen();
const fhirBase = `http://localhost:${port}/fhir`;
if (process.send) {
  process.send({ ready: fhirBase });
  process.on('message', async ({ id, action, payload }) => {
    try {
      if (!actions[action]) throw new Error(`Unknown action ${action}.`);
      await actions[action](payload);
      process.send({ id, done: true });
    } catch (error) {
      process.send({ id, error: String(error?.message ?? error) });
    }
  });
  // The parent gone, nobody can stop this server: it stops too.
  process.on('disconnect', () => process.exit(0));
} else {
  console.log(`FHIR server at ${fhirBase}`);
}
