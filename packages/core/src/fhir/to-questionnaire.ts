/**
 * A FHIR R4 Questionnaire for one instrument. Each item is an integer from 0 to 100 (millimetres on
 * the line, since the standard slider extension takes whole steps) with the slider control; the
 * total is a read-only decimal in points, calculated by a FHIRPath expression from the items (a
 * total-only response, entered by a clinician, answers the total alone).
 *
 * Renderers without a slider (NLM's LHC-Forms among them) show a number field: the unit (UCUM `mm`)
 * and the entry format say what to type there. The anchors are display items under each item, each
 * prefixed with its end of the line (`0 mm`, `100 mm`), read the same beside a slider or a number field.
 */
import type { ContentPack } from '../content/content-pack.js';
import { assertContentPack } from '../content/content-pack.js';
import { placeholderPack } from '../content/placeholder-pack.js';
import { FitlineError } from '../errors.js';
import { getInstrument, isInstrumentId } from '../instruments.js';
import { describe } from '../shape.js';
import type { Extension, Questionnaire, QuestionnaireItem } from './fhir-types.js';
import {
  CALCULATED_EXPRESSION,
  ENTRY_FORMAT,
  INSTRUCTIONS_LINK_ID,
  ITEM_CONTROL,
  ITEM_CONTROL_SYSTEM,
  MAX_VALUE,
  MIN_VALUE,
  QUESTIONNAIRE_UNIT,
  QUESTIONNAIRE_VERSION,
  SLIDER_STEP,
  TOTAL_LINK_ID,
  UCUM,
  canonicalBaseOf,
  questionnaireUrl,
} from './fhir-systems.js';

const control = (code: string): Extension => ({
  url: ITEM_CONTROL,
  valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code }] },
});

/** The unit and the ends of the line, in symbols rather than words: they serve every pack's language. */
const MILLIMETRES = 'mm';
const LOW_END = `0 ${MILLIMETRES}`;
const HIGH_END = `100 ${MILLIMETRES}`;

/**
 * An item's control, range, unit and entry format. A new list for each item, so that a host editing
 * one item's extensions edits no other.
 */
const itemExtensions = (): Extension[] => [
  control('slider'),
  { url: SLIDER_STEP, valueInteger: 1 },
  { url: MIN_VALUE, valueInteger: 0 },
  { url: MAX_VALUE, valueInteger: 100 },
  { url: QUESTIONNAIRE_UNIT, valueCoding: { system: UCUM, code: MILLIMETRES, display: MILLIMETRES } },
  { url: ENTRY_FORMAT, valueString: `0–100 ${MILLIMETRES}` },
];

/**
 * The total in points: the four answers in millimetres added up, over 10. Written with `+` alone, which
 * R4's normative FHIRPath (N1, 2.0.0) has, rather than `sum()`, which came with FHIRPath 3.0 (trial
 * use), so an engine that implements R4's FHIRPath need not know it. `+` on an unanswered item gives
 * no total, not a partial one.
 */
const totalExpression = (itemIds: readonly string[]) =>
  `(${itemIds.map((id) => `%resource.repeat(item).where(linkId = '${id}').answer.value`).join(' + ')}) / 10`;

/**
 * The Questionnaire of `instrument`, worded by `content` (the host's licensed pack) or, without one,
 * by Fitline's placeholder pack. Throws a FitlineError for an unknown instrument or an invalid pack.
 */
export function toQuestionnaire(instrument: unknown, content?: ContentPack, options: { canonicalBase?: string } = {}): Questionnaire {
  if (!isInstrumentId(instrument)) throw new FitlineError('unknown-instrument', `instrument must be a Fitline instrument id, not ${describe(instrument)}.`, 'instrument');
  const pack = content ?? placeholderPack(instrument);
  assertContentPack(pack);
  if (pack.instrument !== instrument) {
    throw new FitlineError('bad-content', `content is the pack for ${pack.instrument}, not ${instrument}.`, 'content.instrument');
  }
  const base = canonicalBaseOf(options, 'options');
  const { abbreviation, itemIds } = getInstrument(instrument);

  const items: QuestionnaireItem[] = pack.items.map((text, i) => ({
    linkId: itemIds[i]!,
    type: 'integer',
    text: text.label,
    // Not `required`: a clinician may enter a rating given on paper or by phone as its total alone,
    // answering no item. A client's own entry still needs all four: the element enforces that.
    extension: itemExtensions(),
    item: [
      // Plain display items, without the 'lower' and 'upper' item controls: LHC-Forms folds every
      // display child that has an item control into one help popup, the last one winning, which hid
      // the low anchor. Their prefixes say which end of the line each belongs to, in any renderer.
      { linkId: `${itemIds[i]}.low`, type: 'display', prefix: LOW_END, text: text.low },
      { linkId: `${itemIds[i]}.high`, type: 'display', prefix: HIGH_END, text: text.high },
    ],
  }));

  return {
    resourceType: 'Questionnaire',
    id: `fitline-${instrument}`,
    url: questionnaireUrl(base, instrument),
    version: QUESTIONNAIRE_VERSION,
    name: `Fitline${abbreviation}`,
    title: pack.title,
    status: 'active',
    language: pack.lang,
    subjectType: ['Patient'],
    copyright: pack.rights,
    item: [
      { linkId: INSTRUCTIONS_LINK_ID, type: 'display', text: pack.instructions },
      ...items,
      {
        linkId: TOTAL_LINK_ID,
        type: 'decimal',
        text: 'Total (0 to 40)',
        readOnly: true,
        extension: [{ url: CALCULATED_EXPRESSION, valueExpression: { language: 'text/fhirpath', expression: totalExpression(itemIds) } }],
      },
    ],
  };
}
