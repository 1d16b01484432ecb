import { http } from 'msw';
import type { IndicatorInput } from '../../src/domain/schemas';
import { fixtures } from '../fixtures';
import { answerAsOf, resourceUrl, selectAsOf, type HandlerOptions } from './shared';

export function indicatorsHandler(rows: IndicatorInput[] = fixtures.indicators, opts: HandlerOptions = {}) {
  return http.get(resourceUrl('indicators', opts.baseUrl), ({ request }) =>
    answerAsOf(request, (asOf) => selectAsOf.indicators(rows, asOf)),
  );
}
