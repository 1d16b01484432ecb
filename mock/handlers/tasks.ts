import { http } from 'msw';
import type { TaskInput } from '../../src/domain/schemas';
import { fixtures } from '../fixtures';
import { answerAsOf, resourceUrl, selectAsOf, type HandlerOptions } from './shared';

export function tasksHandler(rows: TaskInput[] = fixtures.tasks, opts: HandlerOptions = {}) {
  return http.get(resourceUrl('tasks', opts.baseUrl), ({ request }) =>
    answerAsOf(request, (asOf) => selectAsOf.tasks(rows, asOf)),
  );
}
