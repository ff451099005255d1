// Our FHIR output checked by independent implementations, not only by our own reading of the spec:
// the published FHIR R4 JSON schema for structure, and the fhirpath engine evaluating the resources'
// invariants and the Questionnaire's own calculated total. Node only: both checkers are Node modules.
import { expect } from 'chai';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import { toQuestionnaire, toQuestionnaireResponse, toObservation } from '../src/fhir/index.js';
import { INSTRUMENT_IDS } from '../src/rating.js';
import type { InstrumentId, Rating } from '../src/rating.js';
import { itemRating, validRating } from './arbitraries.js';

const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');
const schema = new JSONSchemaValidator();

/** Evaluates a FHIRPath invariant on a resource, the way a FHIR validator does. */
function evaluate(resource: unknown, expression: string, environment: Record<string, unknown> = {}): unknown[] {
  // Without async functions in the expression the engine answers synchronously.
  return fhirpath.evaluate(resource, expression, environment, r4) as unknown[];
}

function holds(resource: object, expression: string, base?: string): boolean {
  const contexts = base ? evaluate(resource, base) : [resource];
  return contexts.every((context) => evaluate(context, expression, { resource })[0] === true);
}

// R4 invariants (hl7.org/fhir/R4, each resource's "Constraints"), and US Core's UCUM rule.
const QUESTIONNAIRE_INVARIANTS: [string, string, string?][] = [
  ['que-0', "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')"],
  ['que-2', 'descendants().linkId.isDistinct()'],
  ['que-1', "(type='group' implies item.empty().not()) and (type='display' implies item.empty())", 'repeat(item)'],
  ['que-6', "type!='display' or (required.empty() and repeats.empty())", 'repeat(item)'],
  ['que-9', "type!='display' or readOnly.empty()", 'repeat(item)'],
];
const RESPONSE_INVARIANTS: [string, string, string?][] = [
  ['qrs-1', '(answer.exists() and item.exists()).not()', 'repeat(item)'],
  ['qrs-2', 'repeat(answer|item).select(item.select(linkId)).isDistinct()'],
];
const OBSERVATION_INVARIANTS: [string, string, string?][] = [
  ['obs-6', 'dataAbsentReason.empty() or value.empty()'],
  ['obs-7', 'value.empty() or component.code.where(coding.intersect(%resource.code.coding).exists()).empty()'],
  ['us-core-3', "valueQuantity.system.empty() or valueQuantity.system = 'http://unitsofmeasure.org'"],
  ['us-core-3 (components)', "value.ofType(Quantity).system.empty() or value.ofType(Quantity).system = 'http://unitsofmeasure.org'", 'component'],
];

/** The FHIRPath expression of the total item of `instrument`'s Questionnaire. */
function totalExpression(instrument: InstrumentId): string {
  const total = toQuestionnaire(instrument).item.find((i) => i.linkId === 'total')!;
  return total.extension!.find((e) => e.url === 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression')!.valueExpression!.expression;
}

/**
 * The functions of FHIRPath N1 (hl7.org/fhirpath/N1), the release R4 makes normative, leaving out its
 * sections marked trial use (aggregate(), and the math functions).
 */
const FHIRPATH_N1_FUNCTIONS = new Set([
  'empty', 'exists', 'all', 'allTrue', 'anyTrue', 'allFalse', 'anyFalse', 'subsetOf', 'supersetOf', 'count', 'distinct', 'isDistinct',
  'where', 'select', 'repeat', 'ofType', 'single', 'first', 'last', 'tail', 'skip', 'take', 'intersect', 'exclude', 'union', 'combine',
  'iif', 'toBoolean', 'convertsToBoolean', 'toInteger', 'convertsToInteger', 'toDecimal', 'convertsToDecimal', 'toString', 'convertsToString',
  'toDate', 'convertsToDate', 'toDateTime', 'convertsToDateTime', 'toTime', 'convertsToTime', 'toQuantity', 'convertsToQuantity',
  'indexOf', 'substring', 'startsWith', 'endsWith', 'contains', 'upper', 'lower', 'replace', 'matches', 'replaceMatches', 'length', 'toChars',
  'children', 'descendants', 'trace', 'now', 'timeOfDay', 'today', 'not',
]);

/**
 * The JSON schema's string pattern, [ \r\n\t\S]+, is XML Schema's, where only those four characters
 * are white space; read as a JavaScript pattern it also refuses a no-break space and other Unicode
 * spaces, which FHIR allows. Ratings for the schema checks leave those out.
 */
const UNICODE_SPACE = /[^\S \r\n\t]/;
const schemaSafeRating = () =>
  validRating().filter((r) => ![r.id, r.clientId, r.episodeId].some((s) => s !== undefined && UNICODE_SPACE.test(s)));

function expectConformant(resource: object, invariants: [string, string, string?][]) {
  expect(schema.validate(resource, true), 'FHIR R4 JSON schema').to.deep.equal([]);
  for (const [key, expression, base] of invariants) expect(holds(resource, expression, base), key).to.equal(true);
}

describe('FHIR conformance, checked by independent implementations', () => {
  for (const instrument of INSTRUMENT_IDS) {
    it(`the ${instrument} Questionnaire passes the R4 schema and invariants`, () => {
      expectConformant(toQuestionnaire(instrument), QUESTIONNAIRE_INVARIANTS);
    });
  }

  it('the schema and an invariant do reject broken resources (the checks can fail)', () => {
    const q = toQuestionnaire('ors');
    expect(schema.validate({ ...q, status: 'finished' }, true)).to.not.deep.equal([]);
    expect(holds({ ...q, name: 'not valid' }, QUESTIONNAIRE_INVARIANTS[0]![1])).to.equal(false);
    const response = toQuestionnaireResponse({ instrument: 'ors', items: [1, 2, 3, 4], date: '2026-03-04' });
    const answerWithChildren = { ...response, item: [{ linkId: 'x', answer: [{ valueInteger: 1 }], item: [{ linkId: 'y' }] }] };
    expect(holds(answerWithChildren, RESPONSE_INVARIANTS[0]![1], RESPONSE_INVARIANTS[0]![2])).to.equal(false);
  });

  // The calculation is how a form fills the total from the items; a total-only response has no items to sum.
  it("the Questionnaire's calculated total, evaluated by FHIRPath, equals Fitline's total", () => {
    fc.assert(
      fc.property(itemRating(), (rating) => {
        const expression = totalExpression(rating.instrument);
        const response = toQuestionnaireResponse(rating);
        const [calculated] = evaluate(response, expression, { resource: response }) as number[];
        expect(calculated).to.be.closeTo(response.item[4]!.answer[0] && 'valueDecimal' in response.item[4]!.answer[0] ? response.item[4]!.answer[0].valueDecimal : NaN, 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('the calculated total is empty, not a partial sum, while an item is unanswered', () => {
    const response = toQuestionnaireResponse({ instrument: 'srs', items: [9.1, 8, 10, 7.5], date: '2026-03-04' });
    const threeAnswered = { ...response, item: response.item.filter((i) => i.linkId !== 'goals') };
    expect(evaluate(threeAnswered, totalExpression('srs'), { resource: threeAnswered })).to.deep.equal([]);
  });

  // R4 names FHIRPath N1 (2.0.0) as its normative FHIRPath; sum() and the other aggregates came with
  // FHIRPath 3.0, trial use, and an R4 renderer's engine may not know them.
  it("the calculated total calls only functions of R4's normative FHIRPath", () => {
    const used = (expression: string) => {
      const names = new Set<string>();
      const walk = (node: { type: string; text?: string; children?: unknown[] }) => {
        if (node.type === 'Functn' && node.text) names.add(node.text);
        for (const child of node.children ?? []) walk(child as typeof node);
      };
      walk(fhirpath.parse(expression) as never);
      return [...names];
    };
    for (const instrument of INSTRUMENT_IDS) {
      expect(used(totalExpression(instrument)).filter((name) => !FHIRPATH_N1_FUNCTIONS.has(name)), instrument).to.deep.equal([]);
    }
    expect(used("item.answer.value.sum() / 10"), 'the check can fail').to.deep.equal(['sum']);
  });

  it('a total-only QuestionnaireResponse and Observation pass the R4 schema and invariants', () => {
    const rating: Rating = { instrument: 'ors', items: [], total: 23.4, date: '2026-03-04', mode: 'paper' };
    expectConformant(toQuestionnaireResponse(rating), RESPONSE_INVARIANTS);
    expectConformant(toObservation(rating, { derivedFrom: { reference: 'QuestionnaireResponse/res-1' } }), OBSERVATION_INVARIANTS);
  });

  it('property: every QuestionnaireResponse and Observation passes the R4 schema and invariants', function () {
    // 600 schema validations and FHIRPath evaluations, all CPU: a few seconds alone, over mocha's 10 s
    // when the machine is busy with other runs. A time limit here would measure the load, not the code.
    this.timeout(60_000);
    fc.assert(
      fc.property(schemaSafeRating(), (rating) => {
        const context = { subject: { reference: 'Patient/p1' }, encounter: { reference: 'Encounter/e1' }, id: 'res-1', snomed: true };
        expectConformant(toQuestionnaireResponse(rating, context), RESPONSE_INVARIANTS);
        expectConformant(toObservation(rating, { ...context, derivedFrom: { reference: 'QuestionnaireResponse/res-1' } }), OBSERVATION_INVARIANTS);
      }),
      { numRuns: 300 },
    );
  });
});
