import { expect } from 'vitest';
import { ImportError } from '../../shared/interchange';

/** The problems of an import that must be refused (fails the test if it is accepted). */
export function problemsOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as ImportError).problems;
  }
  throw new Error('expected the import to be rejected');
}
