/** Registers `<srs-scale>` (idempotent). */
import { defineElement } from '../shared/define-element.js';
import { SrsScale } from './srs-scale.js';

defineElement('srs-scale', SrsScale);
