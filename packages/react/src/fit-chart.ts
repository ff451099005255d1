/**
 * `<FitChart>`: `<fit-chart>` for React, typed. `ratings`, `norms`, `trajectory`, `age` and
 * `compact` are set on the element as properties; give `ratings` a new array to redraw.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { FitChart as FitChartElement } from '@fitline/elements';
import '@fitline/elements/fit-chart/define.js';

export const FitChart = createComponent({
  react: React,
  tagName: 'fit-chart',
  elementClass: FitChartElement,
  displayName: 'FitChart',
});
