import { describe, expect, it, vi } from 'vitest';
import { sharedMemo } from '../../src/lib/shared-memo';

describe('sharedMemo', () => {
  it('computes once for the same arguments by identity, again for new ones, and forgets the least used', () => {
    const fn = vi.fn((xs: number[], k: string) => ({ sum: xs.reduce((a, b) => a + b, 0), k }));
    const memo = sharedMemo(fn, 2);
    const a = [1, 2];
    const first = memo(a, 'x');
    expect(memo(a, 'x')).toBe(first);
    expect(fn).toHaveBeenCalledTimes(1);
    // Equal contents in a new array is a new answer: identity, as React's dependencies compare.
    const other = memo([1, 2], 'x');
    expect(other).not.toBe(first);
    // Used again, the first is kept when a third comes; the one not used since goes.
    expect(memo(a, 'x')).toBe(first);
    expect(memo(a, 'y').k).toBe('y');
    expect(memo(a, 'x')).toBe(first);
    expect(fn).toHaveBeenCalledTimes(3);
  });
});
