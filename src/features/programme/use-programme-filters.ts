import { STATUS_CODES, type StatusCode } from '../../domain/codes';
import type { Programme } from '../../domain/schemas';
import { useListParam, useSearchParam } from '../../lib/url-state';

/**
 * The work items' filters as URL state (?area, ?status), so a link reproduces the view. An `?area` the programme
 * does not have chooses none; `any` says whether the area or a status narrows the view.
 */
export function useProgrammeFilters(programme: Programme) {
  const [areaRaw, setArea] = useSearchParam('area');
  const [statuses, setStatuses] = useListParam<StatusCode>('status', STATUS_CODES);
  const areaId = areaRaw && programme.areas.some((a) => a.id === areaRaw) ? areaRaw : null;
  return { areaId, setArea, statuses, setStatuses, any: areaId !== null || statuses.length > 0 };
}

export type ProgrammeFilterState = ReturnType<typeof useProgrammeFilters>;
