/**
 * Makes the React component of a scale: @lit/react's for the properties and attributes, with
 * `values` (use-scale-values.ts) and the event props (use-element-events.ts) handled here, because
 * @lit/react sets every property again on each render (an unset one to undefined, which a scale
 * refuses) and never removes its listeners.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { ReactWebComponent } from '@lit/react';
import type { RatingScale } from '@fitline/elements';
import { scaleEvents } from './scale-events.js';
import { useElementEvents } from './use-element-events.js';
import { useScaleValues } from './use-scale-values.js';
import type { ScaleValues } from './use-scale-values.js';

/** The element's properties and attributes, the events as `onFitSubmit`, `onInput`, `onChange`, and `ref`. */
export type ScaleProps<E extends RatingScale> = Omit<React.ComponentProps<ReactWebComponent<E, typeof scaleEvents>>, 'values'> & {
  /** Four numbers or nulls; set when they differ from the last ones given. Unset keeps the marks. */
  values?: ScaleValues | null;
};

type Props = Record<string, unknown>;

export function scaleComponent<E extends RatingScale>(tagName: string, elementClass: new () => E, displayName: string): React.ForwardRefExoticComponent<ScaleProps<E>> {
  // No events given here: they are listened to below, never passed on.
  const Element = createComponent({ react: React, tagName, elementClass, displayName: `${displayName}Element` }) as unknown as React.ComponentType<Props & React.RefAttributes<E>>;
  const Scale = React.forwardRef<E, Props>((props, ref) => {
    const { values, onFitSubmit, onInput, onChange, ...rest } = props;
    const element = React.useRef<E | null>(null);
    const setRef = React.useCallback(
      (node: E | null) => {
        element.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      },
      [ref],
    );
    useElementEvents(element, scaleEvents, { onFitSubmit, onInput, onChange });
    useScaleValues(element, values as ScaleValues | null | undefined);
    return React.createElement(Element, { ...rest, ref: setRef });
  });
  Scale.displayName = displayName;
  return Scale as unknown as React.ForwardRefExoticComponent<ScaleProps<E>>;
}
