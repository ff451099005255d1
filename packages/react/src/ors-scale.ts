/**
 * `<OrsScale>`: `<ors-scale>` for React, typed. Its properties (`values`, `variant`, `submitLabel`,
 * `content`, ...) are set on the element as properties, and its events are props.
 */
import { OrsScale as OrsScaleElement } from '@fitline/elements';
import '@fitline/elements/ors-scale/define.js';
import { scaleComponent } from './scale-component.js';

export const OrsScale = scaleComponent('ors-scale', OrsScaleElement, 'OrsScale');
