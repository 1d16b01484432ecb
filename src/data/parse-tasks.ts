import type { ResourceName } from '../domain/codes';
import { parseJsonText, type TextResponse } from './api-client';
import { applyEnv, parseConfig, type AppConfig, type EnvOverrides } from './config';
import { ApiError } from './errors';
import { refuseFutureAsOf } from './future-as-of';
import { validateKept } from './validate-kept';
import { validateList, validatePlan, type ResourceResult } from './validate';

/** Work that needs the schemas: done in the parse worker in the browser, in-process elsewhere. Plain data both ways. */
export type ParseTask =
  /** config.json's text into the app's config. */
  | { kind: 'config'; url: string; text: string; env: EnvOverrides }
  /** A canonical answer's body into validated data with its report. */
  | {
      kind: 'canonical';
      resource: ResourceName;
      shownUrl: string;
      response: TextResponse;
      receivedAt: number;
    }
  /** A kept answer read back from storage, checked by the current schemas. */
  | { kind: 'kept'; resource: ResourceName; value: unknown };

export function runParseTask(task: ParseTask): AppConfig | ResourceResult<unknown> | unknown {
  if (task.kind === 'kept') return validateKept(task.resource, task.value);
  if (task.kind === 'config') {
    let json: unknown;
    try {
      json = JSON.parse(task.text);
    } catch {
      throw new ApiError({
        kind: 'config',
        resource: 'config',
        url: task.url,
        reason: 'config.json is not valid JSON',
      });
    }
    return applyEnv(parseConfig(json, task.url), task.env);
  }
  const { resource, shownUrl, response, receivedAt } = task;
  const json = parseJsonText(resource, shownUrl, response);
  const result =
    resource === 'plan'
      ? validatePlan(shownUrl, json, receivedAt)
      : validateList(resource, shownUrl, json, receivedAt);
  refuseFutureAsOf(resource, shownUrl, result.meta.asOf, receivedAt);
  return result;
}
