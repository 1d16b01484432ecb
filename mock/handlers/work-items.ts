import { http } from 'msw';
import type { WorkItemInput } from '../../src/domain/schemas';
import { fixtures } from '../fixtures';
import { answerAsOf, resourceUrl, selectAsOf, type HandlerOptions } from './shared';

export function workItemsHandler(rows: WorkItemInput[] = fixtures.workItems, opts: HandlerOptions = {}) {
  return http.get(resourceUrl('workItems', opts.baseUrl), ({ request }) =>
    answerAsOf(request, (asOf) => selectAsOf.workItems(rows, asOf)),
  );
}
