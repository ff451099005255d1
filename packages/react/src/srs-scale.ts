/**
 * `<SrsScale>`: `<srs-scale>` for React, typed. Its properties (`values`, `variant`, `submitLabel`,
 * `content`, ...) are set on the element as properties, and its events are props.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SrsScale as SrsScaleElement } from '@fitline/elements';
import '@fitline/elements/srs-scale/define.js';
import { scaleEvents } from './scale-events.js';

export const SrsScale = createComponent({
  react: React,
  tagName: 'srs-scale',
  elementClass: SrsScaleElement,
  events: scaleEvents,
  displayName: 'SrsScale',
});
