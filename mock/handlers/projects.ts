import { http } from 'msw';
import type { ProjectInput } from '../../src/domain/schemas';
import { fixtures } from '../fixtures';
import { answerAsOf, resourceUrl, selectAsOf, type HandlerOptions } from './shared';

export function projectsHandler(rows: ProjectInput[] = fixtures.projects, opts: HandlerOptions = {}) {
  return http.get(resourceUrl('projects', opts.baseUrl), ({ request }) =>
    answerAsOf(request, (asOf) => selectAsOf.projects(rows, asOf)),
  );
}
