import { useQuery } from '@tanstack/react-query';
import { useConfig } from './config-context';
import { fetchBoundary } from './boundary';

/** The optional boundary outline (config.map.boundaryUrl): a failure is reported, never thrown at the map. */
export function useBoundary() {
  const config = useConfig();
  const url = config.map.boundaryUrl;
  return useQuery({
    queryKey: ['map-boundary', url],
    queryFn: ({ signal }) => fetchBoundary(url!, signal, Math.min(config.api.timeoutMs, 10_000)),
    enabled: url !== null,
    // A boundary does not change while the screen runs.
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
    refetchOnWindowFocus: false,
  });
}
