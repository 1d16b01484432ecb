import { describe, expect, it, vi } from 'vitest';
import { sharedMemo } from '../../src/lib/shared-memo';

describe('sharedMemo', () => {
  it('computes once for the same arguments by identity, again for new ones, and forgets the oldest', () => {
    const fn = vi.fn((xs: number[], k: string) => ({ sum: xs.reduce((a, b) => a + b, 0), k }));
    const memo = sharedMemo(fn, 2);
    const a = [1, 2];
    const first = memo(a, 'x');
    expect(memo(a, 'x')).toBe(first);
    expect(fn).toHaveBeenCalledTimes(1);
    // Equal contents in a new array is a new answer: identity, as React's dependencies compare.
    expect(memo([1, 2], 'x')).not.toBe(first);
    expect(memo(a, 'y').k).toBe('y');
    expect(fn).toHaveBeenCalledTimes(3);
    // Two newer entries pushed the first out.
    expect(memo(a, 'x')).not.toBe(first);
    expect(fn).toHaveBeenCalledTimes(4);
  });
});
