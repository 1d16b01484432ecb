import { useEffect, useRef, useState } from 'react';
import type { AppConfig } from '../../data/config';
import type { MapJob, MappedResult } from '../../data/mapping/map-resource';
import type { Mapping } from '../../data/mapping/mapping-schema';
import { defaultRunner } from '../../data/mapping/runner';
import { beijingToday } from '../../data/requests';
import type { ResourceName } from '../../domain/codes';
import { sampleResponse } from './dropped-file';
import type { Sample } from './playground-model';

export type Run =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; result: MappedResult }
  | { state: 'error'; message: string };

const PREVIEW_ROWS = 20;
const DEBOUNCE_MS = 350;

/** Whether a sample holds something to map: text, or a dropped file. */
export const hasContent = (s: Sample | undefined) => Boolean(s && (s.file || s.text.trim() !== ''));

/**
 * Re-maps shortly after the last keystroke, in the mapping worker (the parse of a dropped workbook too);
 * stale answers are dropped.
 */
export function useMappingRun(args: {
  mapping: Mapping | null;
  samples: Sample[];
  source: AppConfig;
  resource: ResourceName;
  asOf: string | null;
}): Run {
  const { mapping, samples, source, resource, asOf } = args;
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const runId = useRef(0);
  useEffect(() => {
    if (!mapping || !hasContent(samples.find((s) => s.name === 'main'))) return;
    const id = ++runId.current;
    const timer = setTimeout(() => {
      setRun({ state: 'running' });
      const job: MapJob = {
        resource,
        mapping,
        responses: samples
          .filter((s) => s.name === 'main' || hasContent(s))
          .map((s) => sampleResponse(s, source, resource)),
        requestedAsOf: asOf,
        today: beijingToday(),
        defaultSource: 'sample',
        receivedAt: Date.now(),
        preview: PREVIEW_ROWS,
      };
      defaultRunner()
        .run(job)
        .then(
          (result) => id === runId.current && setRun({ state: 'done', result }),
          (e: unknown) =>
            id === runId.current &&
            setRun({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
        );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [mapping, samples, source, resource, asOf]);
  return run;
}
