// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRouter } from '../../src/lib/router';
import { useTheme, useUiStore } from '../../src/stores/ui-store';

afterEach(() => {
  cleanup();
  useUiStore.setState({ theme: 'dark' });
});

const at =
  (url: string) =>
  ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>;

// One rule for every page, the wall and the slides included (they used to decide for themselves, the wall
// ignoring the stored choice altogether).
describe('useTheme', () => {
  it('follows the stored choice when the link says nothing', () => {
    const { result } = renderHook(() => useTheme(), { wrapper: at('/big-screen') });
    expect(result.current).toBe('dark');
    act(() => useUiStore.getState().actions.themeToggled());
    expect(result.current).toBe('light');
  });

  it('lets the link override it, in either direction, and ignores a value it does not know', () => {
    expect(renderHook(() => useTheme(), { wrapper: at('/?theme=light') }).result.current).toBe('light');
    act(() => useUiStore.setState({ theme: 'light' }));
    expect(renderHook(() => useTheme(), { wrapper: at('/?theme=dark') }).result.current).toBe('dark');
    expect(renderHook(() => useTheme(), { wrapper: at('/?theme=blue') }).result.current).toBe('light');
  });
});

describe('the ink preset', () => {
  it('is a theme a link may name, and the header toggle leads back to the pair it knows', () => {
    expect(renderHook(() => useTheme(), { wrapper: at('/big-screen?theme=ink') }).result.current).toBe('ink');
    act(() => useUiStore.setState({ theme: 'ink' }));
    expect(renderHook(() => useTheme(), { wrapper: at('/') }).result.current).toBe('ink');
    act(() => useUiStore.getState().actions.themeToggled());
    expect(useUiStore.getState().theme).toBe('dark');
  });
});
