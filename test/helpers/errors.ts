import { AgreementInputError } from '../../src/model/errors.js';

/** Runs `fn` and returns the AgreementInputError it throws; fails if it throws nothing or something else. */
export function catchInputError(fn: () => unknown): AgreementInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AgreementInputError) return error;
    throw error;
  }
  throw new Error('expected an AgreementInputError, but nothing was thrown');
}

/** The [path, code] pairs of the error `fn` throws. */
export function problemsOf(fn: () => unknown): [string, string][] {
  return catchInputError(fn).problems.map((p) => [p.path, p.code]);
}
