// The error a call throws, for tests that look at its code, field and message. Anything other than
// a FitlineError, or no error at all, fails the test.
import { FitlineError } from '../src/errors.js';

export function catchFitlineError(fn: () => unknown): FitlineError {
  try {
    fn();
  } catch (error) {
    if (error instanceof FitlineError) return error;
    throw error;
  }
  throw new Error('expected a FitlineError, but nothing was thrown');
}
