/**
 * `<OrsScale>`: `<ors-scale>` for React, typed. Its properties (`values`, `variant`, `submitLabel`,
 * `content`, ...) are set on the element as properties, and its events are props.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { OrsScale as OrsScaleElement } from '@fitline/elements';
import '@fitline/elements/ors-scale/define.js';
import { scaleEvents } from './scale-events.js';

export const OrsScale = createComponent({
  react: React,
  tagName: 'ors-scale',
  elementClass: OrsScaleElement,
  events: scaleEvents,
  displayName: 'OrsScale',
});
