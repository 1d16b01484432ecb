import { ApiError } from '../../src/data/errors';

/** The ApiError a promise rejects with; any other outcome fails the test. */
export async function failureOf(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected a failure');
}
