// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { useRem } from '../../src/lib/use-rem';

const width = window.innerWidth;
afterEach(() => {
  cleanup();
  window.innerWidth = width;
  vi.restoreAllMocks();
  document.documentElement.style.removeProperty('font-size');
});

function Probe({ n }: { n: number }) {
  return <p data-testid="rem">{`${useRem()} ${n}`}</p>;
}

it('reads the root font size once, not in every render and commit, and again when a stage sets it', () => {
  // A viewport no other test of this worker used: the size read once is kept across files.
  window.innerWidth = 1111;
  const style = vi.spyOn(window, 'getComputedStyle');
  const { rerender } = render(<Probe n={0} />);
  rerender(<Probe n={1} />);
  rerender(<Probe n={2} />);
  // Renders and commits alike used to bring the document's style up to date, one read each.
  expect(style.mock.calls.filter(([el]) => el === document.documentElement)).toHaveLength(1);
  // A stage owns the root size while it is on screen.
  document.documentElement.style.fontSize = '24px';
  rerender(<Probe n={3} />);
  expect(screen.getByTestId('rem')).toHaveTextContent('24 3');
  // The viewport changes the size in the stylesheet's clamp.
  act(() => {
    document.documentElement.style.removeProperty('font-size');
    window.innerWidth = 700;
    window.dispatchEvent(new Event('resize'));
  });
  expect(style.mock.calls.filter(([el]) => el === document.documentElement)).toHaveLength(3);
});
