// The options argument of the SDK's summaries and of fitTrajectoryModel: an object or nothing.
// Anything else is refused by name, never read as "no options" (a host that passes the wrong thing
// would otherwise get a summary under default norms without knowing).
import { expect } from 'chai';
import fc from 'fast-check';
import { fitTrajectoryModel, summarizeCaseload, summarizeEpisode } from '../src/index.js';
import { generateCaseload } from '../src/sample/index.js';
import { catchFitlineError } from './catch-fitline-error.js';

const caseload = generateCaseload(3, 50);
const ratings = caseload[0]!.ratings;

/** Every value that is given but is not an options object. */
const notAnObject = () =>
  fc.oneof(
    fc.constantFrom(null, true, false, 0, NaN, '', 'norms'),
    fc.double(),
    fc.string(),
    fc.array(fc.anything(), { maxLength: 3 }),
    fc.constant(() => ({})),
  );

const calls: [string, (options: unknown) => unknown][] = [
  ['summarizeEpisode', (options) => summarizeEpisode(ratings, options as never)],
  ['summarizeCaseload', (options) => summarizeCaseload(caseload, options as never)],
  ['fitTrajectoryModel', (options) => fitTrajectoryModel(caseload, options as never)],
];

describe('options', () => {
  for (const [name, call] of calls) {
    it(`${name} refuses options that are not an object, naming the argument`, () => {
      fc.assert(
        fc.property(notAnObject(), (options) => {
          const error = catchFitlineError(() => call(options));
          expect([error.code, error.field, error.message]).to.deep.equal(['bad-option', 'options', 'options must be an object when given.']);
        }),
        { numRuns: 40 },
      );
    });

    it(`${name} reads no options, and an empty object, as the defaults`, () => {
      expect(JSON.stringify(call(undefined))).to.equal(JSON.stringify(call({})));
    });
  }

  it('fitTrajectoryModel refuses a quantiles option that is not an object, naming it', () => {
    fc.assert(
      fc.property(notAnObject(), (quantiles) => {
        const error = catchFitlineError(() => fitTrajectoryModel(caseload, { quantiles: quantiles as never }));
        expect([error.code, error.field]).to.deep.equal(['bad-option', 'quantiles']);
      }),
      { numRuns: 40 },
    );
  });
});
