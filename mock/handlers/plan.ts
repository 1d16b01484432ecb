import { http } from 'msw';
import type { PlanInput } from '../fixtures';
import { fixtures } from '../fixtures';
import { answerAsOf, resourceUrl, selectAsOf, type HandlerOptions } from './shared';

export function planHandler(row: PlanInput = fixtures.plan, opts: HandlerOptions = {}) {
  return http.get(resourceUrl('plan', opts.baseUrl), ({ request }) =>
    answerAsOf(request, (asOf) => selectAsOf.plan(row, asOf)),
  );
}
