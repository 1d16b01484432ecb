// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRouter } from '../../src/lib/router';
import { useListParam } from '../../src/lib/url-state';

afterEach(cleanup);

const STATUSES = ['lagging', 'overdue', 'onTrack'] as const;
const at =
  (url: string) =>
  ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>;

describe('useListParam', () => {
  it('keeps only the allowed values, in the order given', () => {
    const { result } = renderHook(() => useListParam('status', STATUSES), {
      wrapper: at('/?status=overdue,bogus,lagging'),
    });
    expect(result.current[0]).toEqual(['overdue', 'lagging']);
  });

  // Pages build chart options from the list in a useMemo: a new array on every render redrew the charts on
  // renders that had nothing to do with the filter.
  it('returns the same array across renders while the parameter is unchanged', () => {
    const { result, rerender } = renderHook(() => useListParam('status', STATUSES), {
      wrapper: at('/?status=overdue'),
    });
    const first = result.current[0];
    rerender();
    expect(result.current[0]).toBe(first);
    const absent = renderHook(() => useListParam('kind', STATUSES), { wrapper: at('/') });
    const empty = absent.result.current[0];
    absent.rerender();
    expect(absent.result.current[0]).toBe(empty);
  });

  it('returns a new array once the parameter changes', () => {
    const { result } = renderHook(() => useListParam('status', STATUSES), {
      wrapper: at('/?status=overdue'),
    });
    const first = result.current[0];
    act(() => result.current[1](['lagging', 'overdue']));
    expect(result.current[0]).not.toBe(first);
    expect(result.current[0]).toEqual(['lagging', 'overdue']);
  });
});
