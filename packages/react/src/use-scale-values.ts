/**
 * A scale's `values` prop, set on the element only when its numbers differ from the last ones set.
 * A parent re-renders often, and often with a new array of the same numbers (a literal in its
 * render, a copy from its state): setting those again would wipe the marks the client placed
 * since. An unset prop (undefined or null) leaves the marks as they are. A list the element
 * refuses is reported (window `error`) and the marks stay, rather than unmounting the host's tree.
 */
import * as React from 'react';
import type { RefObject } from 'react';

export type ScaleValues = readonly (number | null)[];

const sameNumbers = (a: ScaleValues, b: ScaleValues) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

export function useScaleValues(element: RefObject<{ values: ScaleValues } | null>, values: ScaleValues | null | undefined): void {
  /** A copy of the numbers last set: a host that changes its array in place is still seen. */
  const last = React.useRef<ScaleValues | null>(null);
  React.useLayoutEffect(() => {
    const node = element.current;
    if (!node || values == null) return;
    if (last.current !== null && Array.isArray(values) && sameNumbers(last.current, values)) return;
    try {
      // A new array each time: the element ignores the very array it was given last.
      const copy = Array.isArray(values) ? [...values] : values;
      node.values = copy;
      last.current = copy;
    } catch (error) {
      reportError(error);
    }
  });
}
