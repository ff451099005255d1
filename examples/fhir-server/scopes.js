// SMART App Launch scopes, as the FHIR server checks them: which scope a request needs, and whether
// the token's scopes grant it. Version 2 scopes (`patient/Observation.rs`) and their version 1 forms
// (`patient/Observation.read`, `.write`, `.*`) are both understood.

/** The SMART 2 permission letter of each kind of request. */
const LETTER_OF_METHOD = { GET: 'r', HEAD: 'r', POST: 'c', PUT: 'u', PATCH: 'u', DELETE: 'd' };
const V1_LETTERS = { read: 'rs', write: 'cud', '*': 'cruds' };

/**
 * The permission a request needs on a resource type: `r` to read one, `s` to search, `c` to create,
 * `u` to update, `d` to delete.
 */
export function permissionFor(method, pathAfterBase) {
  const [type, id] = pathAfterBase.split('?')[0].split('/').filter(Boolean);
  if (method === 'GET' && (!id || id === '_search')) return { type, letter: 's' };
  if (method === 'POST' && id === '_search') return { type, letter: 's' };
  return { type, letter: LETTER_OF_METHOD[method] ?? 'd' };
}

/** Parses one scope such as `patient/Observation.rs` into its level, type and letters; null when it is not a resource scope. */
function parseScope(scope) {
  const match = /^(patient|user|system)\/([A-Za-z]+|\*)\.([a-z]+|\*)(\?.*)?$/.exec(scope);
  if (!match) return null;
  const [, level, type, permissions] = match;
  const letters = V1_LETTERS[permissions] ?? permissions;
  return { level, type, letters };
}

/** The first scope (in its own words) that grants `letter` on `type`, or null. */
export function grantingScope(grantedScopes, type, letter) {
  for (const scope of grantedScopes.split(/\s+/).filter(Boolean)) {
    const parsed = parseScope(scope);
    if (parsed && (parsed.type === '*' || parsed.type === type) && parsed.letters.includes(letter)) return { scope, level: parsed.level };
  }
  return null;
}

/** The version 2 scope a person would grant for this permission, at this level: `patient/Observation.c`. */
export const scopeName = (level, type, letter) => `${level}/${type}.${letter}`;
