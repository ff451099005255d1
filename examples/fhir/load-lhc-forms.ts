// NLM's LHC-Forms, a FHIR Questionnaire renderer, loaded into the test page from the `lforms` package
// in node_modules (its prebuilt web component and FHIR support, as its documentation loads them from
// its CDN): the tests need no network. Zone.js first, which the Angular inside the component expects.
const DIST = '/node_modules/lforms/dist/lforms';

/** The part of LHC-Forms' global API the tests use. */
export interface LForms {
  Util: {
    addFormToPage(questionnaire: object, container: HTMLElement, options?: object): Promise<void>;
    getFormFHIRData(resourceType: 'QuestionnaireResponse', fhirVersion: 'R4', container: HTMLElement): Record<string, unknown>;
  };
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load: is the lforms package installed?`));
    document.head.append(script);
  });
}

/** Loads LHC-Forms once per page and gives its global. */
export async function loadLhcForms(): Promise<LForms> {
  const global = window as unknown as { LForms?: LForms };
  if (global.LForms?.Util.getFormFHIRData) return global.LForms;
  const styles = document.createElement('link');
  styles.rel = 'stylesheet';
  styles.href = `${DIST}/webcomponent/styles.css`;
  document.head.append(styles);
  await loadScript(`${DIST}/webcomponent/assets/lib/zone.min.js`);
  await loadScript(`${DIST}/webcomponent/lhc-forms.js`);
  await loadScript(`${DIST}/fhir/R4/lformsFHIR.min.js`);
  return global.LForms!;
}
