/**
 * `<FitChart>`: `<fit-chart>` for React, typed. `ratings`, `norms`, `trajectory`, `age` and
 * `compact` are set on the element as properties; give `ratings` a new array to redraw.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { Rating } from '@fitline/core';
import { FitChart as FitChartElement } from '@fitline/elements';
import '@fitline/elements/fit-chart/define.js';

const Element = createComponent({
  react: React,
  tagName: 'fit-chart',
  elementClass: FitChartElement,
  displayName: 'FitChartElement',
});

/** One empty list for every unset `ratings`: the same array each render, so the chart does not redraw. */
const NO_RATINGS: Rating[] = [];

export type FitChartProps = Omit<React.ComponentProps<typeof Element>, 'ratings'> & {
  /** The episode's ratings; unset (undefined or null) is an empty chart. */
  ratings?: Rating[] | null;
};

/**
 * An unset prop would reach the element as `ratings = undefined`, which it shows as invalid
 * ratings; a parent that stops passing them means "none".
 */
export const FitChart = React.forwardRef<FitChartElement, Omit<FitChartProps, 'ref'>>((props, ref) =>
  React.createElement(Element, { ...props, ratings: props.ratings ?? NO_RATINGS, ref }),
);
FitChart.displayName = 'FitChart';
