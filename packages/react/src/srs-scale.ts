/**
 * `<SrsScale>`: `<srs-scale>` for React, typed. Its properties (`values`, `variant`, `submitLabel`,
 * `content`, ...) are set on the element as properties, and its events are props.
 */
import { SrsScale as SrsScaleElement } from '@fitline/elements';
import '@fitline/elements/srs-scale/define.js';
import { scaleComponent } from './scale-component.js';

export const SrsScale = scaleComponent('srs-scale', SrsScaleElement, 'SrsScale');
