// The sandbox's access tokens: JSON Web Tokens signed with HMAC-SHA256 (RFC 7519, RFC 9068's claims),
// made by the EHR's authorization server and checked by the FHIR server, which share only the key.
import { createHmac, timingSafeEqual } from 'node:crypto';

const base64url = (data) => Buffer.from(data).toString('base64url');
const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'at+jwt' }));

/**
 * A signed token for `claims` (`scope`, `patient` when the scopes are patient-level, `sub`),
 * valid for `seconds` from now.
 */
export function signAccessToken(key, claims, seconds = 3600) {
  // NumericDates may have fractions (RFC 7519, 2): a token issued just after a revocation is still good.
  const now = Date.now() / 1000;
  const body = base64url(JSON.stringify({ ...claims, iat: now, exp: Math.floor(now) + seconds, jti: crypto.randomUUID() }));
  return `${HEADER}.${body}.${sign(key, `${HEADER}.${body}`)}`;
}

/**
 * The claims of a token this key signed, still valid and issued at or after `notBefore` (seconds);
 * otherwise `{ problem }`, in words a person can act on.
 */
export function verifyAccessToken(key, token, notBefore = 0) {
  const [header, body, signature] = String(token).split('.');
  if (!header || !body || !signature) return { problem: 'The access token is not a JSON Web Token.' };
  const expected = Buffer.from(sign(key, `${header}.${body}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { problem: 'The access token was not issued by this EHR.' };
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  const now = Date.now() / 1000;
  if (claims.exp <= now) return { problem: 'The access token has expired.' };
  if (claims.iat < notBefore) return { problem: 'The access token has been revoked.' };
  return { claims };
}

function sign(key, data) {
  return createHmac('sha256', key).update(data).digest('base64url');
}
