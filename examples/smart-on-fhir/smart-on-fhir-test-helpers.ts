// Helpers for the SMART app's tests: the sandbox EHR driven as a person would (the patient list, the
// authorize page), the FHIR server driven as the test run's network would fail, and the server's
// records read back with the EHR's own token.
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { clickIn, openExample } from '../example-frame-test-helpers.js';
import type { FrameWindow } from '../example-frame-test-helpers.js';

/** Asks this browser's FHIR server to stop, start, reset to its seed, revoke tokens, or fail the next write. */
export const fhirServer = (action: 'stop' | 'start' | 'reset' | 'revoke-tokens' | 'fail-next-write', payload?: unknown) => executeServerCommand('fhir-server', { action, payload });

/**
 * Gives this browser a FHIR server of its own (engines run side by side and must not see each other's
 * saves or failures), seeded afresh, and points the EHR's pages at it.
 */
export async function useOwnFhirServer(): Promise<void> {
  const { cookie } = (await executeServerCommand('fhir-server', { action: 'open' })) as { cookie: string };
  document.cookie = cookie;
  await fhirServer('reset');
}

/** Waits until the frame shows the page at `path` and it has loaded. */
export async function pageShown(frame: HTMLIFrameElement, path: string): Promise<Document> {
  await waitUntil(
    () => {
      try {
        return frame.contentWindow!.location.pathname === path && frame.contentDocument!.readyState === 'complete';
      } catch {
        return false;
      }
    },
    `the frame shows ${path}`,
    { timeout: 8000 },
  );
  return frame.contentDocument!;
}

/** Answers the EHR's authorize page: unticks `refuse` (scopes), picks `patient` if asked, then presses Allow. */
export async function allowOnAuthorizePage(frame: HTMLIFrameElement, { refuse = [] as string[], patient = undefined as string | undefined } = {}): Promise<void> {
  const page = await pageShown(frame, '/ehr/authorize');
  for (const scope of refuse) await clickIn(frame, page.querySelector(`input[name="scope"][value="${scope}"]`)!);
  if (patient) await clickIn(frame, page.querySelector(`input[name="patient"][value="${patient}"]`)!);
  await clickIn(frame, [...page.querySelectorAll('button')].find((b) => b.textContent === 'Allow')!);
}

/** The app, once it has read the patient's ratings (or said why not). */
export async function appShown(frame: HTMLIFrameElement): Promise<{ doc: Document; win: FrameWindow }> {
  const doc = await pageShown(frame, '/examples/smart-on-fhir/app.html');
  await waitUntil(() => /ratings read|could not/.test(doc.querySelector('#status')?.textContent ?? ''), 'the app has read the ratings', { timeout: 8000 });
  return { doc, win: frame.contentWindow as FrameWindow };
}

/** Opens the sandbox EHR's patient list and launches Fitline for `patient` (an EHR launch), through the authorize page. */
export async function launchFromEhr(patient: string, options: { refuse?: string[] } = {}) {
  const { frame, doc } = await openExample('/examples/smart-on-fhir/', []);
  await waitUntil(() => doc.querySelectorAll('#patients a').length > 0, 'the EHR lists its patients');
  await clickIn(frame, [...doc.querySelectorAll('#patients a')].find((a) => a.textContent === `Open Fitline for ${patient}`)!);
  await allowOnAuthorizePage(frame, options);
  return { frame, ...(await appShown(frame)) };
}

/** A search on the FHIR server, read with the EHR's own token: every match's resource. */
export async function onServer<T = Record<string, unknown>>(query: string): Promise<T[]> {
  const { fhirBase } = await (await fetch('/ehr/config.json')).json();
  const { access_token } = await (await fetch('/ehr/session-token')).json();
  const bundle = await (await fetch(`${fhirBase}/${query}${query.includes('?') ? '&' : '?'}_count=1000`, { headers: { Authorization: `Bearer ${access_token}` } })).json();
  return (bundle.entry ?? []).map((entry: { resource: T }) => entry.resource);
}
