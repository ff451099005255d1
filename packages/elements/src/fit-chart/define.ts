/**
 * Registers `<fit-chart>`. Importing it twice, or beside another bundle that did, is a no-op.
 */
import { defineElement } from '../shared/define-element.js';
import { FitChart } from './fit-chart.js';

defineElement('fit-chart', FitChart);

export { FitChart };
