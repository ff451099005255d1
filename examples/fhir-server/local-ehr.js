// A sandbox EHR for the demo server and the test run: the FHIR server (serve.js, in a process of its
// own, on a port chosen at run time) and, on the dev server's own origin, the EHR's endpoints:
//   /ehr/config          where the FHIR server is ({ fhirBase }), as JSON
//   /ehr/session-token   a signed-in clinician's token, for the EHR's own pages
//   /ehr/launch          an EHR launch: ?patient=ID&app=/path sends the browser to the app with iss and launch
//   /ehr/authorize       the SMART authorize page (GET) and the person's answer (POST)
//   /ehr/token           the SMART token endpoint
// None of these paths has a file extension: the test runner marks every response to a path with one
// as cacheable for a year, and a cached answer would send a browser to another browser's sandbox.
// `localEhr()` gives a dev-server plugin (starts and stops the FHIR server; the test command
// `fhir-server` drives it) and the middleware that answers /ehr/. A test opens a sandbox for its
// browser (`fhir-server` { action: 'open' }) and sets the cookie it is given: from then on that
// browser's pages meet its own FHIR server.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createEhrAuthorization } from './ehr-authorization.js';

const SERVE = fileURLToPath(new URL('./serve.js', import.meta.url));

async function readForm(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** The cookie that tells the EHR which sandbox a browser uses; without it, the demo's. */
const SANDBOX_COOKIE = 'fitline-sandbox';

export function localEhr() {
  const tokenKey = randomBytes(32).toString('base64url');
  let child = null;
  let ready = null;
  let origin = '';
  let nextId = 1;
  const pending = new Map();
  /** Each sandbox's FHIR base and its authorization server, by name. */
  const sandboxes = new Map();
  /** The sandbox name of each browser of the test run, by its launcher (engines' names can repeat). */
  const browserSandboxes = new Map();

  function addSandbox(name, fhirBase) {
    const listPatients = () => patientsOn(fhirBase, authorization);
    const authorization = createEhrAuthorization({ tokenKey, origin, fhirBase, listPatients });
    sandboxes.set(name, { fhirBase, authorization });
  }

  function startChild() {
    child = fork(SERVE, [], {
      execArgv: ['--conditions=development', '--import', 'tsx'],
      env: { ...process.env, FITLINE_TOKEN_KEY: tokenKey, FITLINE_EHR_ORIGIN: origin, FITLINE_FHIR_PORT: process.env.FITLINE_FHIR_PORT ?? '0' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    ready = new Promise((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`The FHIR server stopped as it started (exit code ${code}).`)));
      child.on('message', (message) => {
        if (message.ready) {
          addSandbox('demo', message.ready);
          resolve();
        } else if (pending.has(message.id)) {
          const { resolve: done, reject: fail } = pending.get(message.id);
          pending.delete(message.id);
          if (message.error) fail(new Error(message.error));
          else done(message.done);
        }
      });
    });
    return ready;
  }

  /** Asks the FHIR servers' process to do `action` on a sandbox and waits until it has. */
  function control(action, sandbox, payload) {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      child.send({ id, action, sandbox, payload });
    });
  }

  const plugin = {
    name: 'fitline-local-ehr',
    async serverStart({ config }) {
      origin = `http://${config.hostname ?? 'localhost'}:${config.port}`;
      await startChild();
    },
    async serverStop() {
      child?.kill();
    },
    /**
     * `fhir-server` { action, payload? } on the sandbox of the browser that runs the test: `open` (made
     * on first use, seeded; answers the cookie to set), stop, start, reset, revoke-tokens, fail-next-write.
     */
    async executeCommand({ command, payload, session }) {
      if (command !== 'fhir-server') return undefined;
      await ready;
      if (!browserSandboxes.has(session.browser)) browserSandboxes.set(session.browser, `browser-${browserSandboxes.size + 1}`);
      const name = browserSandboxes.get(session.browser);
      if (payload.action === 'open') {
        if (!sandboxes.has(name)) addSandbox(name, await control('open', name));
        return { cookie: `${SANDBOX_COOKIE}=${name}; path=/; SameSite=Lax` };
      }
      // The other actions name the sandbox the page uses (its cookie), so the server acted on is the one the pages meet.
      return control(payload.action, payload.sandbox ?? name, payload.payload);
    },
  };

  async function middleware(ctx, next) {
    if (!ctx.path.startsWith('/ehr/')) return next();
    await ready;
    const query = new URLSearchParams(ctx.querystring);
    const form = ctx.method === 'POST' ? await readForm(ctx) : new URLSearchParams();
    // A SMART request names its FHIR server (aud, iss) and its code: that picks the sandbox. Only the
    // EHR's own page requests go by the cookie.
    const named = query.get('aud') ?? query.get('iss') ?? form.get('aud');
    const code = form.get('code');
    const { fhirBase, authorization } =
      [...sandboxes.values()].find((sandbox) => sandbox.fhirBase === named || (code && sandbox.authorization.hasCode(code))) ??
      sandboxes.get(ctx.cookies.get(SANDBOX_COOKIE)) ??
      sandboxes.get('demo');
    const reply = (answer) => {
      if (answer.redirect) return ctx.redirect(answer.redirect);
      ctx.status = answer.status ?? 200;
      ctx.set('Cache-Control', 'no-store');
      if (answer.html) {
        ctx.type = 'html';
        ctx.body = answer.html;
      } else if (answer.json) {
        ctx.type = 'json';
        ctx.body = JSON.stringify(answer.json);
      } else {
        ctx.type = 'text';
        ctx.body = answer.text;
      }
    };
    if (ctx.method === 'GET' && ctx.path === '/ehr/config') return reply({ json: { fhirBase } });
    if (ctx.method === 'GET' && ctx.path === '/ehr/session-token') return reply(authorization.sessionToken());
    if (ctx.method === 'GET' && ctx.path === '/ehr/launch') return reply(authorization.launch(query));
    if (ctx.method === 'GET' && ctx.path === '/ehr/authorize') return reply(await authorization.showAuthorize(query));
    if (ctx.method === 'POST' && ctx.path === '/ehr/authorize') return reply(authorization.answerAuthorize(form));
    if (ctx.method === 'POST' && ctx.path === '/ehr/token') return reply(authorization.token(form));
    return next();
  }

  return { plugin, middleware };
}

/** The patients on a sandbox, as the EHR lists them, read with the EHR's own token. */
async function patientsOn(fhirBase, authorization) {
  const { access_token } = authorization.sessionToken().json;
  const bundle = await (await fetch(`${fhirBase}/Patient?_count=100&_sort=_id`, { headers: { Authorization: `Bearer ${access_token}` } })).json();
  return (bundle.entry ?? []).map(({ resource }) => ({ id: resource.id, label: resource.birthDate ? `${resource.id}, born ${resource.birthDate}` : resource.id }));
}
