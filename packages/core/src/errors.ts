/**
 * Every refusal in Fitline is a FitlineError with a stable code and the field it concerns, so a host
 * can show the message, branch on the code, and point at the field.
 */

/** The stable code of a refusal, naming the rule broken, for a host to branch on. */
export type FitlineErrorCode =
  | 'not-an-object'
  | 'unknown-instrument'
  | 'item-count'
  | 'item-not-a-number'
  | 'item-out-of-range'
  | 'item-too-fine'
  | 'total-mismatch'
  | 'bad-date'
  | 'bad-session'
  | 'mixed-episodes'
  | 'unknown-rater'
  | 'unknown-mode'
  | 'bad-string-field'
  | 'bad-norms'
  | 'bad-trajectory-model'
  | 'bad-option'
  | 'bad-csv'
  | 'bad-content'
  | 'bad-fhir';

/**
 * One problem found in an input: its code, the field it concerns, and a message saying what is wrong.
 */
export interface FitlineProblem {
  code: FitlineErrorCode;
  /** A path into the input, such as `items[2]` or `ratings[4].date`. */
  field: string;
  message: string;
}

/**
 * The error every refusal in Fitline throws: a stable code, the field it concerns, and every problem
 * found.
 */
export class FitlineError extends Error {
  override name = 'FitlineError';
  declare readonly code: FitlineErrorCode;
  declare readonly field?: string;
  /** All the problems found, when more than one was; the first is the one in `code` and `message`. */
  declare readonly problems: readonly FitlineProblem[];

  constructor(code: FitlineErrorCode, message: string, field?: string, problems?: readonly FitlineProblem[]) {
    super(message);
    this.code = code;
    if (field !== undefined) this.field = field;
    this.problems = problems ?? [{ code, field: field ?? '', message }];
  }

  static fromProblems(problems: readonly FitlineProblem[]): FitlineError {
    const [first] = problems;
    if (!first) throw new TypeError('no problems');
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    return new FitlineError(first.code, first.message + more, first.field, problems);
  }
}

/** Throws a FitlineError naming the first problem (all of them in `problems`), when there is any. */
export function throwProblems(problems: readonly FitlineProblem[]): void {
  if (problems.length > 0) throw FitlineError.fromProblems(problems);
}

/** Prefixes every problem's field with a parent path, as in `ratings[3]` + `items[0]`. */
export function nestProblems(parent: string, problems: readonly FitlineProblem[]): FitlineProblem[] {
  return problems.map((p) => {
    const field = p.field ? (p.field.startsWith('[') ? parent + p.field : `${parent}.${p.field}`) : parent;
    return { ...p, field, message: `${parent}: ${p.message}` };
  });
}
