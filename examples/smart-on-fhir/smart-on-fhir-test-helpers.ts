// Helpers for the SMART app's tests: the sandbox EHR driven as a person would (the patient list, the
// authorize page, the app's launch).
import { waitUntil } from '@open-wc/testing';
import { clickIn, openExample } from '../example-frame-test-helpers.js';
import type { FrameWindow } from '../example-frame-test-helpers.js';

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
    { timeout: 15000 },
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
  await waitUntil(() => /ratings read|could not/.test(doc.querySelector('#status')?.textContent ?? ''), 'the app has read the ratings', { timeout: 15000 });
  return { doc, win: frame.contentWindow as FrameWindow };
}

/** Opens the sandbox EHR's patient list and launches Fitline for `patient` (an EHR launch), through the authorize page. */
export async function launchFromEhr(patient: string, options: { refuse?: string[] } = {}) {
  const { frame, doc } = await openExample('/examples/smart-on-fhir/', []);
  // The list is three requests away (the EHR's config, its token, the FHIR search): more than a second on a busy machine.
  await waitUntil(() => doc.querySelectorAll('#patients a').length > 0, 'the EHR lists its patients', { timeout: 15000 });
  await clickIn(frame, [...doc.querySelectorAll('#patients a')].find((a) => a.textContent === `Open Fitline for ${patient}`)!);
  await allowOnAuthorizePage(frame, options);
  return { frame, ...(await appShown(frame)) };
}
