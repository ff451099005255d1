// Runs the sandbox FHIR servers in a process of their own, each seeded with the sample data (seed.ts)
// and listening on a port of its own. The first, `demo`, listens on FITLINE_FHIR_PORT (0, the
// default, picks a free port). Started by the demo server and the test run (local-ehr.js) with an IPC
// channel: it reports `{ ready: fhirBase }`, then obeys `{ id, action, sandbox, payload }` messages and
// answers `{ id, done }` (`done` is the sandbox's FHIR base for `open`). The test run opens one sandbox
// per browser, so engines running side by side never see each other's saves or failures.
// Run by hand: FITLINE_TOKEN_KEY=... node --conditions=development --import tsx examples/fhir-server/serve.js
import { createFhirServer } from './fhir-server.js';
import { seedResources } from './seed.ts';

const ehrOrigin = process.env.FITLINE_EHR_ORIGIN ?? 'http://localhost:8000';
const tokenKey = process.env.FITLINE_TOKEN_KEY;
if (!tokenKey) {
  console.error('FITLINE_TOKEN_KEY must hold the key the EHR signs access tokens with.');
  process.exit(1);
}

const authorization = { authorizeUrl: `${ehrOrigin}/ehr/authorize`, tokenUrl: `${ehrOrigin}/ehr/token` };
const sandboxes = new Map();

/** A seeded server listening on `port` (0: any free one); its FHIR base. */
async function openSandbox(name, port = 0) {
  if (sandboxes.has(name)) return sandboxes.get(name).fhirBase;
  const fhir = createFhirServer({ tokenKey, authorization });
  await fhir.reset(seedResources());
  const sandbox = { fhir, port, fhirBase: '' };
  sandboxes.set(name, sandbox);
  await listen(sandbox);
  sandbox.fhirBase = `http://localhost:${sandbox.port}/fhir`;
  return sandbox.fhirBase;
}

function listen(sandbox) {
  if (sandbox.fhir.server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    sandbox.fhir.server.once('error', reject);
    // A stopped sandbox starts again on the same port, so an app that knew it finds it again.
    sandbox.fhir.server.listen(sandbox.port, 'localhost', () => {
      sandbox.port = sandbox.fhir.server.address().port;
      resolve();
    });
  });
}

function stop(sandbox) {
  return new Promise((resolve) => {
    sandbox.fhir.server.close(() => resolve());
    sandbox.fhir.server.closeAllConnections();
  });
}

const actions = {
  open: (name) => openSandbox(name),
  stop: (name) => stop(sandboxes.get(name)),
  start: (name) => listen(sandboxes.get(name)),
  reset: (name) => sandboxes.get(name).fhir.reset(seedResources()),
  'revoke-tokens': async (name) => sandboxes.get(name).fhir.revokeTokens(),
  'fail-next-write': async (name, fault) => sandboxes.get(name).fhir.failNextWrite(fault),
};

const demo = await openSandbox('demo', Number(process.env.FITLINE_FHIR_PORT ?? 0));
if (process.send) {
  process.send({ ready: demo });
  process.on('message', async ({ id, action, sandbox, payload }) => {
    try {
      if (!actions[action]) throw new Error(`Unknown action ${action}.`);
      if (action !== 'open' && !sandboxes.has(sandbox)) throw new Error(`No sandbox ${sandbox}.`);
      process.send({ id, done: (await actions[action](sandbox, payload)) ?? true });
    } catch (error) {
      process.send({ id, error: String(error?.message ?? error) });
    }
  });
  // The parent gone, nobody can stop these servers: they stop too.
  process.on('disconnect', () => process.exit(0));
} else {
  console.log(`FHIR server at ${demo}`);
}
