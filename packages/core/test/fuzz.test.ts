/**
 * Fuzzing of every SDK entry point with ratings, CSV text and FHIR resources: valid ones, valid ones
 * with a few fields replaced by anything, hostile text, and anything at all. Each call must return a
 * valid result or throw a FitlineError; any other exception fails. FITLINE_FUZZ_RUNS sets the cases
 * per entry point (`npm run fuzz` runs many more); in a browser there is no environment, and the
 * default holds.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import {
  DEFAULT_NORMS,
  FitlineError,
  ILLUSTRATIVE_TRAJECTORY,
  INSTRUMENT_IDS,
  NHS_CYP_2015_NORMS,
  expectedScore,
  jacobsonTruaxCutoff,
  reliableChangeIndex,
  fitTrajectoryModel,
  scoreRating,
  summarizeCaseload,
  summarizeEpisode,
  validateNorms,
  validateRating,
  validateTrajectoryModel,
} from '../src/index.js';
import type { Rating } from '../src/index.js';
import { parseCsv, toCsv } from '../src/csv/index.js';
import { fromQuestionnaireResponse, readBundle, toObservation, toQuestionnaire, toQuestionnaireResponse } from '../src/fhir/index.js';
import { placeholderPack, validateContentPack } from '../src/content/index.js';
import { generateCaseload } from '../src/sample/index.js';
import { HOSTILE_STRINGS } from '../../elements/src/hostile-corpus-test-helpers.js';
import { invalidRating, validRating } from './arbitraries.js';

/** Cases per entry point: FITLINE_FUZZ_RUNS where there is an environment (Node), else the default. */
function baseRuns(): number {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const runs = Number(env?.FITLINE_FUZZ_RUNS);
  return Number.isSafeInteger(runs) && runs > 0 ? runs : 1000;
}
const RUNS = baseRuns();
/** Cheap entry points get more cases; fitting a trajectory model, fewer, since each fit takes milliseconds. */
const runs = (share: number) => ({ numRuns: Math.max(1, Math.round(RUNS * share)) });

// Inputs -------------------------------------------------------------------------------------------

const hostile = () => fc.constantFrom(...HOSTILE_STRINGS);
/** Anything a host could pass: JSON values, the odd numbers JSON lacks, undefined, and hostile text. */
const anything = () => fc.oneof(fc.anything(), fc.constantFrom(NaN, Infinity, -Infinity, -0, undefined, 1e308, Number.MIN_VALUE), hostile());

// The SDK's type check has no DOM library; structuredClone is in both Node and browsers.
declare const structuredClone: <T>(value: T) => T;

/** A copy of `value` with the values at a few paths (chosen by the numbers, one key per level) replaced. */
function replaced(value: unknown, edits: [number[], unknown][]): unknown {
  let result = structuredClone(value);
  for (const [path, next] of edits) {
    let parent: unknown = null;
    let key: string | number = '';
    let at: unknown = result;
    for (const n of path) {
      if (typeof at !== 'object' || at === null) break;
      const keys = Object.keys(at);
      if (keys.length === 0) break;
      parent = at;
      key = keys[n % keys.length] as string;
      at = (at as Record<string, unknown>)[key];
    }
    if (parent === null) result = next;
    else (parent as Record<string, unknown>)[key] = next;
  }
  return result;
}

/** `base` with one to three of its values, at any depth, replaced by anything. */
const mutated = (base: fc.Arbitrary<unknown>) =>
  fc.tuple(base, fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), anything()), { minLength: 1, maxLength: 3 })).map(([value, edits]) => replaced(value, edits));

/** A valid rating whose text fields hold hostile strings (valid: no control characters in them). */
const hostileRating = () => fc.tuple(validRating(), hostile(), hostile(), hostile()).map(([r, id, clientId, episodeId]): Rating => ({ ...r, id, clientId, episodeId }));
const ratingLike = () => fc.oneof(validRating(), hostileRating(), mutated(validRating()), invalidRating().map((x) => x.rating), anything());
const ratingsLike = () => fc.oneof({ arbitrary: fc.array(ratingLike(), { maxLength: 12 }), weight: 4 }, { arbitrary: anything(), weight: 1 });
const modelLike = () => fc.oneof(fc.constant(ILLUSTRATIVE_TRAJECTORY), mutated(fc.constant(ILLUSTRATIVE_TRAJECTORY)), anything());
const normsLike = () => fc.oneof(fc.constantFrom(DEFAULT_NORMS, NHS_CYP_2015_NORMS), mutated(fc.constantFrom(DEFAULT_NORMS, NHS_CYP_2015_NORMS)), anything());
const optionsLike = () =>
  fc.oneof(
    fc.record(
      { age: fc.oneof(fc.integer({ min: -5, max: 120 }), anything()), ageGroup: fc.oneof(fc.constantFrom('adult', 'adolescent', 'child'), anything()), norms: normsLike(), trajectory: modelLike() },
      { requiredKeys: [] },
    ),
    anything(),
  );

/** CSV text: valid exports with characters inserted, removed or swapped; text of CSV's own characters; hostile cells. */
const csvText = () => {
  const exported = fc.array(fc.oneof(validRating(), hostileRating()), { maxLength: 6 }).map((ratings) => toCsv(ratings));
  const edit = fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(',', '"', '\n', '\r', "'", '=', '.', '-', '1', 'x', '\uFEFF', ''));
  const edited = fc.tuple(exported, fc.array(edit, { maxLength: 6 })).map(([text, edits]) =>
    edits.reduce((t, [at, cut, insert]) => t.slice(0, at % (t.length + 1)) + insert + t.slice((at % (t.length + 1)) + cut), text),
  );
  const csvish = fc.string({ unit: fc.constantFrom(',', '"', '\n', '\r', 'a', '1', '.', ' ', 'ors', 'date', 'item1', '2026-01-05'), maxLength: 80 });
  return fc.oneof(exported, edited, csvish, hostile(), fc.string(), anything());
};

const reference = () => fc.oneof(fc.record({ reference: fc.oneof(fc.constant('Patient/1'), hostile()) }), anything());
const contextLike = () =>
  fc.oneof(
    fc.record(
      { subject: reference(), author: reference(), source: reference(), encounter: reference(), derivedFrom: reference(), id: fc.oneof(fc.constant('a-1.2'), hostile(), anything()), canonicalBase: fc.oneof(fc.constant('https://example.org/fhir'), hostile()) },
      { requiredKeys: [] },
    ),
    anything(),
  );
const responseLike = () => fc.oneof(mutated(validRating().map((r) => toQuestionnaireResponse(r))), hostileRating().map((r) => toQuestionnaireResponse(r)), anything());

// Checks -------------------------------------------------------------------------------------------

/** Runs `call`; a FitlineError is a refusal (it must name its rule), any other exception fails the case. */
function refusedOr<T>(call: () => T, check: (result: T) => void): void {
  let result: T;
  try {
    result = call();
  } catch (error) {
    if (!(error instanceof FitlineError)) throw error;
    expect(error.code).to.be.a('string').and.not.equal('');
    expect(error.message).to.be.a('string').and.not.equal('');
    return;
  }
  check(result);
}

const isValid = (r: unknown) => validateRating(r).length === 0;
const isTotal = (v: unknown) => typeof v === 'number' && v >= 0 && v <= 40;
/** A plain JSON value: what a host stores or sends survives JSON unchanged. */
const jsonClean = (value: unknown) => {
  expect(JSON.parse(JSON.stringify(value))).to.deep.equal(value);
};
/** A FHIR resource of the type asked for, that JSON can carry (the host's own references go in as they came). */
const resource = (value: { resourceType: string }, type: string) => {
  expect(value.resourceType).to.equal(type);
  expect(JSON.parse(JSON.stringify(value)).resourceType).to.equal(type);
};
const problemList = (problems: unknown) => {
  expect(problems).to.be.an('array');
  for (const p of problems as { code: unknown; field: unknown; message: unknown }[]) {
    expect([typeof p.code, typeof p.field, typeof p.message]).to.deep.equal(['string', 'string', 'string']);
    expect(p.message).to.not.equal('');
  }
};

describe(`fuzzing: every SDK entry point returns a valid result or throws a FitlineError (${RUNS} cases as the base)`, function () {
  // A deep run takes minutes; the default run stays within the usual timeout on a slow machine.
  this.timeout(Math.max(60_000, RUNS * 50));
  it('validateRating lists problems for anything, none for a valid rating', () => {
    fc.assert(fc.property(ratingLike(), (r) => problemList(validateRating(r))), runs(3));
    fc.assert(fc.property(fc.oneof(validRating(), hostileRating()), (r) => {
      expect(validateRating(r)).to.deep.equal([]);
    }), runs(1));
  });

  it('scoreRating scores exactly what validates, and refuses the rest with the first problem', () => {
    fc.assert(
      fc.property(ratingLike(), (r) => {
        const [problem] = validateRating(r);
        refusedOr(
          () => scoreRating(r),
          (score) => {
            expect(problem).to.equal(undefined);
            expect(isTotal(score.total)).to.equal(true);
          },
        );
        if (problem) expect(() => scoreRating(r)).to.throw(FitlineError).with.property('code', problem.code);
      }),
      runs(3),
    );
  });

  it('summarizeEpisode', () => {
    const outcomeClasses = ['recovered', 'improved', 'no-change', 'deteriorated'];
    fc.assert(
      fc.property(ratingsLike(), optionsLike(), (ratings, options) =>
        refusedOr(
          () => summarizeEpisode(ratings as Rating[], options as never),
          ({ outcome, alliance, alerts }) => {
            if (outcome) {
              expect([outcome.intake, outcome.latest].every(isTotal)).to.equal(true);
              expect(outcomeClasses).to.include(outcome.changeClass);
              expect(['on-track', 'not-on-track', 'unknown']).to.include(outcome.onTrack);
            }
            if (alliance) expect(isTotal(alliance.latest)).to.equal(true);
            for (const a of alerts) expect([typeof a.code, typeof a.message, typeof a.prompt]).to.deep.equal(['string', 'string', 'string']);
          },
        ),
      ),
      runs(2),
    );
  });

  it('summarizeCaseload', () => {
    const episode = fc.oneof(fc.record({ id: fc.oneof(fc.string(), hostile()), ratings: ratingsLike(), age: fc.oneof(fc.integer({ min: 0, max: 99 }), anything()) }, { requiredKeys: ['id', 'ratings'] }), anything());
    fc.assert(
      fc.property(fc.oneof(fc.array(episode, { maxLength: 6 }), anything()), optionsLike(), (episodes, options) =>
        refusedOr(
          () => summarizeCaseload(episodes as never, options as never),
          (summary) => {
            const counted = Object.values(summary.byChangeClass).reduce((a, b) => a + b, 0);
            expect(counted).to.be.at.most(summary.episodes);
            expect(summary.effectSize === null || Number.isFinite(summary.effectSize)).to.equal(true);
          },
        ),
      ),
      runs(1),
    );
  });

  it('fitTrajectoryModel fits a model that validates, or refuses', () => {
    // Enough sample episodes to fit on, some with a rating broken; and small or broken input.
    const caseload = fc.tuple(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 40, max: 80 })).map(([seed, count]) => generateCaseload(seed, count));
    const episodes = fc.oneof(caseload, mutated(caseload), fc.array(fc.record({ ratings: ratingsLike() }), { maxLength: 4 }), anything());
    const options = fc.oneof(fc.record({ quantiles: fc.oneof(fc.record({ lower: fc.double(), upper: fc.double() }, { requiredKeys: [] }), anything()), maxSession: anything(), label: anything() }, { requiredKeys: [] }), anything());
    fc.assert(
      fc.property(episodes, options, (input, opts) =>
        refusedOr(
          () => fitTrajectoryModel(input as never, opts as never),
          (model) => {
            expect(validateTrajectoryModel(model)).to.deep.equal([]);
            jsonClean(model);
          },
        ),
      ),
      runs(0.05),
    );
  });

  it('expectedScore gives lower <= expected <= upper within 0 to 40', () => {
    const number = () => fc.oneof(fc.double(), fc.integer({ min: -3, max: 60 }), anything());
    fc.assert(
      fc.property(modelLike(), number(), number(), (model, intake, session) =>
        refusedOr(
          () => expectedScore(model as never, intake as never, session as never),
          ({ lower, expected, upper }) => {
            expect(0 <= lower && lower <= expected && expected <= upper && upper <= 40).to.equal(true);
          },
        ),
      ),
      runs(3),
    );
  });

  it('reliableChangeIndex and jacobsonTruaxCutoff give a finite number, or refuse', () => {
    const number = () => fc.oneof(fc.double(), fc.double({ min: 0, max: 40, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), anything());
    const sample = () => fc.oneof(fc.record({ mean: number(), sd: number() }), anything());
    fc.assert(
      fc.property(number(), number(), number(), number(), sample(), sample(), (before, after, sd, reliability, clinical, functional) => {
        const finite = (value: number) => expect(Number.isFinite(value), String(value)).to.equal(true);
        refusedOr(() => reliableChangeIndex(before as never, after as never, sd as never, reliability as never), finite);
        refusedOr(() => jacobsonTruaxCutoff(clinical as never, functional as never), finite);
      }),
      runs(3),
    );
  });

  it('parseCsv never throws: it keeps valid ratings and reports every other row by line', () => {
    fc.assert(
      fc.property(csvText(), (text) => {
        const { ratings, errors } = parseCsv(text as string);
        expect(ratings.every(isValid)).to.equal(true);
        for (const e of errors) expect(Number.isSafeInteger(e.line) && e.line >= 0 && typeof e.code === 'string' && e.message !== '').to.equal(true);
      }),
      runs(3),
    );
  });

  it('toCsv writes text that parseCsv reads back whole, or refuses', () => {
    fc.assert(
      fc.property(ratingsLike(), (ratings) =>
        refusedOr(
          () => toCsv(ratings as Rating[]),
          (text) => {
            const back = parseCsv(text);
            expect(back.errors).to.deep.equal([]);
            expect(back.ratings).to.have.length((ratings as Rating[]).length);
          },
        ),
      ),
      runs(2),
    );
  });

  it('fromQuestionnaireResponse gives a valid rating, or refuses', () => {
    fc.assert(fc.property(responseLike(), (resource) => refusedOr(() => fromQuestionnaireResponse(resource), (r) => {
      expect(validateRating(r)).to.deep.equal([]);
    })), runs(3));
  });

  it('readBundle never throws: it keeps valid ratings and reports bad entries by index', () => {
    const entry = fc.oneof(responseLike().map((resource) => ({ resource })), validRating().map((r) => ({ resource: toObservation(r) })), anything());
    const bundle = fc.oneof(fc.array(entry, { maxLength: 6 }).map((entries) => ({ resourceType: 'Bundle', type: 'collection', entry: entries })), anything());
    fc.assert(
      fc.property(fc.oneof(bundle, mutated(bundle)), (b) => {
        const { ratings, errors } = readBundle(b);
        expect(ratings.every(isValid)).to.equal(true);
        for (const e of errors) expect(Number.isSafeInteger(e.index) && e.index >= -1 && e.message !== '').to.equal(true);
      }),
      runs(2),
    );
  });

  it('toQuestionnaireResponse and toObservation give plain JSON resources, or refuse', () => {
    fc.assert(
      fc.property(ratingLike(), contextLike(), (rating, context) => {
        refusedOr(() => toQuestionnaireResponse(rating, context as never), (qr) => resource(qr, 'QuestionnaireResponse'));
        refusedOr(() => toObservation(rating, context as never), (obs) => resource(obs, 'Observation'));
      }),
      runs(2),
    );
  });

  it('toQuestionnaire gives a plain JSON Questionnaire, or refuses', () => {
    const instrument = fc.oneof(fc.constantFrom(...INSTRUMENT_IDS), anything());
    const content = fc.oneof(fc.constant(undefined), fc.constantFrom(...INSTRUMENT_IDS).map(placeholderPack), mutated(fc.constantFrom(...INSTRUMENT_IDS).map(placeholderPack)), anything());
    fc.assert(
      fc.property(instrument, content, (id, pack) => refusedOr(() => toQuestionnaire(id, pack as never), (q) => resource(q, 'Questionnaire'))),
      runs(2),
    );
  });

  it('validateContentPack, validateNorms and validateTrajectoryModel list problems for anything', () => {
    const pack = fc.constantFrom(...INSTRUMENT_IDS).map(placeholderPack);
    fc.assert(fc.property(fc.oneof(pack, mutated(pack), anything()), (p) => problemList(validateContentPack(p))), runs(2));
    fc.assert(fc.property(normsLike(), (n) => problemList(validateNorms(n))), runs(1));
    fc.assert(fc.property(modelLike(), (m) => problemList(validateTrajectoryModel(m))), runs(1));
  });
});
