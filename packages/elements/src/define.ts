/** Registers every Fitline tag (idempotent). */
import './ors-scale/define.js';
import './srs-scale/define.js';
import './fit-chart/define.js';
