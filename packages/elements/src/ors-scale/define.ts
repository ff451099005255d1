/** Registers `<ors-scale>` (idempotent). */
import { defineElement } from '../shared/define-element.js';
import { OrsScale } from './ors-scale.js';

defineElement('ors-scale', OrsScale);
