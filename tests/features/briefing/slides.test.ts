import { describe, expect, it } from 'vitest';
import { clampSlide, slideForKey } from '../../../src/features/briefing/slides';

describe('present mode navigation', () => {
  it('→, PageDown, space and Enter go forward and stop at the last slide', () => {
    for (const k of ['ArrowRight', 'PageDown', ' ', 'Enter']) expect(slideForKey(k, 2, 6)).toBe(3);
    expect(slideForKey('ArrowRight', 5, 6)).toBe(5);
  });
  it('←, PageUp and Backspace go back and stop at the first', () => {
    for (const k of ['ArrowLeft', 'PageUp', 'Backspace']) expect(slideForKey(k, 2, 6)).toBe(1);
    expect(slideForKey('ArrowLeft', 0, 6)).toBe(0);
  });
  it('Home and End jump', () => {
    expect(slideForKey('Home', 4, 6)).toBe(0);
    expect(slideForKey('End', 1, 6)).toBe(5);
  });
  it('other keys are not ours', () => {
    expect(slideForKey('a', 1, 6)).toBeNull();
    expect(slideForKey('Escape', 1, 6)).toBeNull();
  });
  it('?slide= is 1-based and clamped', () => {
    expect(clampSlide(null, 6)).toBe(0);
    expect(clampSlide('3', 6)).toBe(2);
    expect(clampSlide('99', 6)).toBe(5);
    expect(clampSlide('0', 6)).toBe(0);
    expect(clampSlide('x', 6)).toBe(0);
  });
});
