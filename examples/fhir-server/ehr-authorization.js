// The EHR's authorization server for SMART App Launch 2.0: launch contexts, the authorize page a
// person answers (which patient, which permissions), and the token endpoint with PKCE (S256).
// Public clients only, as browser apps are. Tokens are signed with the key the FHIR server checks.
import { createHash, randomBytes } from 'node:crypto';
import { signAccessToken } from './access-token.js';
import { consentPage } from './consent-page.js';

/** The apps this EHR knows: a client id, its name, and the page it may be sent back to. */
const CLIENTS = {
  'fitline-smart-example': { name: 'Fitline', redirectPath: '/examples/smart-on-fhir/app.html' },
};

/** The EHR's own pages (caseload, telehealth) act for a signed-in clinician with these. */
export const EHR_USER_SCOPES = 'user/Patient.rs user/QuestionnaireResponse.rs user/QuestionnaireResponse.c user/Observation.rs user/Observation.c';

const MINUTE = 60_000;
const randomId = () => randomBytes(18).toString('base64url');

export function createEhrAuthorization({ tokenKey, origin, fhirBase, listPatients }) {
  const launches = new Map();
  const codes = new Map();

  /** An EHR launch: remembers the patient, and sends the browser to the app with `iss` and `launch`. */
  function launch(query) {
    const id = randomId();
    launches.set(id, { patient: query.get('patient'), expires: Date.now() + 10 * MINUTE });
    const app = new URL(query.get('app') ?? '/examples/smart-on-fhir/launch.html', origin);
    if (app.origin !== origin) return { status: 400, text: 'The app to launch must be on this EHR.' };
    app.searchParams.set('iss', fhirBase);
    app.searchParams.set('launch', id);
    return { redirect: app.href };
  }

  /** Checks an authorization request; returns its parts, or why it cannot go on. */
  function authorizationRequest(params) {
    const client = CLIENTS[params.get('client_id')];
    if (!client) return { problem: `Unknown app (client_id ${params.get('client_id')}).` };
    const redirectUri = params.get('redirect_uri');
    if (redirectUri !== `${origin}${client.redirectPath}`) return { problem: `The app may only be sent back to ${origin}${client.redirectPath}.` };
    if (params.get('response_type') !== 'code') return { problem: 'Only response_type=code is supported.' };
    if (params.get('aud') !== fhirBase) return { problem: `aud must name this EHR's FHIR server, ${fhirBase}.` };
    if (params.get('code_challenge_method') !== 'S256' || !params.get('code_challenge')) return { problem: 'PKCE with code_challenge_method=S256 is required.' };
    const scopes = (params.get('scope') ?? '').split(/\s+/).filter(Boolean);
    const launchId = params.get('launch');
    let patient = null;
    if (launchId) {
      const context = launches.get(launchId);
      if (!context || context.expires < Date.now()) return { problem: 'This launch has expired: open the app from the EHR again.' };
      patient = context.patient;
    } else if (!scopes.includes('launch/patient')) {
      return { problem: 'A standalone launch must ask for launch/patient.' };
    }
    return { client, clientId: params.get('client_id'), redirectUri, state: params.get('state') ?? '', challenge: params.get('code_challenge'), scopes, patient, launchId };
  }

  /** GET /ehr/authorize: the page where the person chooses. */
  async function showAuthorize(query) {
    const request = authorizationRequest(query);
    if (request.problem) return { status: 400, html: consentPage({ problem: request.problem }) };
    const patients = request.patient ? [] : await listPatients();
    return { html: consentPage({ request, hidden: Object.fromEntries(query), patients }) };
  }

  /** POST /ehr/authorize: the person's answer; the app gets a code, or access_denied. */
  function answerAuthorize(form) {
    const request = authorizationRequest(form);
    if (request.problem) return { status: 400, html: consentPage({ problem: request.problem }) };
    const back = new URL(request.redirectUri);
    back.searchParams.set('state', request.state);
    if (form.get('decision') !== 'allow') {
      back.searchParams.set('error', 'access_denied');
      return { redirect: back.href };
    }
    const patient = request.patient ?? form.get('patient');
    if (!patient) return { status: 400, html: consentPage({ problem: 'Choose a patient first.' }) };
    // Context scopes are always granted; the person chooses among the resource scopes.
    const chosen = new Set(form.getAll('scope'));
    const granted = request.scopes.filter((scope) => !scope.includes('/') || scope === 'launch/patient' || chosen.has(scope));
    const code = randomId();
    codes.set(code, { clientId: request.clientId, redirectUri: request.redirectUri, challenge: request.challenge, scope: granted.join(' '), patient, expires: Date.now() + MINUTE });
    if (request.launchId) launches.delete(request.launchId);
    back.searchParams.set('code', code);
    return { redirect: back.href };
  }

  /** POST /ehr/token: a code and its PKCE verifier for an access token and the launch context. */
  function token(form) {
    const refuse = (error, description) => ({ status: 400, json: { error, error_description: description } });
    if (form.get('grant_type') !== 'authorization_code') return refuse('unsupported_grant_type', 'Only authorization_code is supported.');
    const code = codes.get(form.get('code'));
    codes.delete(form.get('code'));
    if (!code || code.expires < Date.now()) return refuse('invalid_grant', 'The code is unknown, used or expired.');
    if (code.redirectUri !== form.get('redirect_uri') || code.clientId !== form.get('client_id')) return refuse('invalid_grant', 'The code was issued to another app or address.');
    const verifier = form.get('code_verifier') ?? '';
    if (createHash('sha256').update(verifier).digest('base64url') !== code.challenge) return refuse('invalid_grant', 'The PKCE code_verifier does not match the code_challenge.');
    const expiresIn = 3600;
    return {
      json: {
        access_token: signAccessToken(tokenKey, { sub: code.clientId, scope: code.scope, patient: code.patient }, expiresIn),
        token_type: 'Bearer',
        expires_in: expiresIn,
        scope: code.scope,
        patient: code.patient,
        need_patient_banner: true,
      },
    };
  }

  /** The EHR's own pages' token: a signed-in clinician's, for the caseload and the telehealth visit. */
  const sessionToken = () => ({ json: { access_token: signAccessToken(tokenKey, { sub: 'ehr-session', scope: EHR_USER_SCOPES }), token_type: 'Bearer', scope: EHR_USER_SCOPES } });

  return { launch, showAuthorize, answerAuthorize, token, sessionToken, hasCode: (code) => codes.has(code) };
}
