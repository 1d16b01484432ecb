import { parseJsonText } from './api-client';
import { refuseFutureAsOf } from './future-as-of';
import type { AnswerTask } from './parse-tasks';
import { validateKept } from './validate-kept';
import { validateList, validatePlan, type ResourceResult } from './validate';

/** An answer (fresh or kept) checked by the canonical schemas, whose building is most of this module's cost. */
export function runAnswerTask(task: AnswerTask): ResourceResult<unknown> | unknown {
  if (task.kind === 'kept') return validateKept(task.resource, task.value);
  const { resource, shownUrl, response, receivedAt } = task;
  const json = parseJsonText(resource, shownUrl, response);
  const result =
    resource === 'plan'
      ? validatePlan(shownUrl, json, receivedAt)
      : validateList(resource, shownUrl, json, receivedAt);
  refuseFutureAsOf(resource, shownUrl, result.meta.asOf, receivedAt);
  return result;
}
