/** The alert texts of all ten languages, for the tests that word every code in each. */
import { alertTextsEn } from '../src/index.js';
import type { AlertTexts } from '../src/index.js';
import { alertTextsAr } from '../src/alert-texts/ar.js';
import { alertTextsDa } from '../src/alert-texts/da.js';
import { alertTextsDe } from '../src/alert-texts/de.js';
import { alertTextsEs } from '../src/alert-texts/es.js';
import { alertTextsFr } from '../src/alert-texts/fr.js';
import { alertTextsNb } from '../src/alert-texts/nb.js';
import { alertTextsNl } from '../src/alert-texts/nl.js';
import { alertTextsPt } from '../src/alert-texts/pt.js';
import { alertTextsSv } from '../src/alert-texts/sv.js';

export const ALERT_TABLES: AlertTexts[] = [alertTextsEn, alertTextsAr, alertTextsDa, alertTextsDe, alertTextsEs, alertTextsFr, alertTextsNb, alertTextsNl, alertTextsPt, alertTextsSv];
