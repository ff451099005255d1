// Helpers for the tests of the examples that use the sandbox FHIR server: a server of this browser's
// own, driven as a failing network or server would, and its records read back with the EHR's token.
import { executeServerCommand } from '@web/test-runner-commands';

/** Asks this browser's FHIR server to stop, start, reset to its seed, revoke tokens, or fail the next write. */
export const fhirServer = (action: 'stop' | 'start' | 'reset' | 'revoke-tokens' | 'fail-next-write', payload?: unknown) =>
  executeServerCommand('fhir-server', { action, sandbox: /(?:^|; )fitline-sandbox=([^;]+)/.exec(document.cookie)?.[1], payload });

/**
 * Gives this browser a FHIR server of its own (engines run side by side and must not see each other's
 * saves or failures), seeded afresh, and points the EHR's pages at it.
 */
export async function useOwnFhirServer(): Promise<void> {
  const { cookie } = (await executeServerCommand('fhir-server', { action: 'open' })) as { cookie: string };
  document.cookie = cookie;
  await fhirServer('reset');
}

/** A search on the FHIR server, read with the EHR's own token: every match's resource. */
export async function onServer<T = Record<string, unknown>>(query: string): Promise<T[]> {
  const { fhirBase } = await (await fetch('/ehr/config')).json();
  const { access_token } = await (await fetch('/ehr/session-token')).json();
  const bundle = await (await fetch(`${fhirBase}/${query}${query.includes('?') ? '&' : '?'}_count=1000`, { headers: { Authorization: `Bearer ${access_token}` } })).json();
  return (bundle.entry ?? []).map((entry: { resource: T }) => entry.resource);
}
