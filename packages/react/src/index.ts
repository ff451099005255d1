/**
 * @fitline/react: typed React components for `<ors-scale>`, `<srs-scale>` and `<fit-chart>`. Each
 * one registers its tag when imported. React 19 can also use the tags directly; these add types,
 * camel-case props (`submitLabel`, `onFitSubmit`) and work with React 18 as well.
 */
export { OrsScale } from './ors-scale.js';
export { SrsScale } from './srs-scale.js';
export { FitChart } from './fit-chart.js';
export type { FitSubmitEvent, FitSubmitDetail } from '@fitline/elements';
