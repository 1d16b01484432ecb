// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePrinting } from '../../src/components/use-printing';
import { renderOnPaper, useOnPaper } from '../../src/lib/print-media';

function Probe({ enabled = true }: { enabled?: boolean }) {
  return <p data-testid="probe">{usePrinting(enabled) ? 'printing' : 'screen'}</p>;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('usePrinting', () => {
  it('follows beforeprint and afterprint', () => {
    render(<Probe />);
    expect(screen.getByTestId('probe')).toHaveTextContent('screen');
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByTestId('probe')).toHaveTextContent('printing');
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(screen.getByTestId('probe')).toHaveTextContent('screen');
  });

  it('follows the print media query, which a headless PDF sets without the events', () => {
    const listeners: Array<(e: { matches: boolean }) => void> = [];
    const queries: string[] = [];
    vi.stubGlobal('matchMedia', (query: string) => {
      queries.push(query);
      return {
        matches: false,
        addEventListener: (_: string, l: (e: { matches: boolean }) => void) => listeners.push(l),
        removeEventListener: () => undefined,
      };
    });
    render(<Probe />);
    expect(queries).toEqual(['print']);
    act(() => listeners.forEach((l) => l({ matches: true })));
    expect(screen.getByTestId('probe')).toHaveTextContent('printing');
  });

  it('stays false while not enabled', () => {
    render(<Probe enabled={false} />);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByTestId('probe')).toHaveTextContent('screen');
  });

  it('renders as on paper for the length of a picture, and the screen again before anything is painted', () => {
    function Paper() {
      return <p data-testid="paper">{useOnPaper() ? 'paper' : 'screen'}</p>;
    }
    render(<Paper />);
    let seen = '';
    act(() => renderOnPaper(() => void (seen = screen.getByTestId('paper').textContent ?? '')));
    expect(seen).toBe('paper');
    expect(screen.getByTestId('paper')).toHaveTextContent('screen');
  });
});
