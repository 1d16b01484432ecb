import { http } from 'msw';
import type { UnitInput } from '../fixtures';
import { fixtures } from '../fixtures';
import { answerAsOf, resourceUrl, selectAsOf, type HandlerOptions } from './shared';

export function unitsHandler(rows: UnitInput[] = fixtures.units, opts: HandlerOptions = {}) {
  return http.get(resourceUrl('units', opts.baseUrl), ({ request }) =>
    answerAsOf(request, (asOf) => selectAsOf.units(rows, asOf)),
  );
}
