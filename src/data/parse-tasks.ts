import type { ResourceName } from '../domain/codes';
import type { TextResponse } from './api-client';
import { applyEnv, parseConfig, type AppConfig, type EnvOverrides } from './config';
import { ApiError } from './errors';

/** config.json's text into the app's config. */
export type ConfigTask = { kind: 'config'; url: string; text: string; env: EnvOverrides };

export type AnswerTask =
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

/** Work that needs the schemas: done in the parse worker in the browser, in-process elsewhere. Plain data both ways. */
export type ParseTask = ConfigTask | AnswerTask;

export function runConfigTask(task: ConfigTask): AppConfig {
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

/**
 * The answers' schemas are loaded on first need, apart from config.json's: the report date's requests wait
 * for config.json to be checked, and building every canonical schema first cost the parse worker 50 to 80 ms
 * before it could answer.
 */
let answers: Promise<typeof import('./parse-answer-tasks')> | null = null;
export const loadAnswerTasks = () => (answers ??= import('./parse-answer-tasks'));

export function runParseTask(task: ParseTask): AppConfig | Promise<unknown> {
  if (task.kind === 'config') return runConfigTask(task);
  return loadAnswerTasks().then((m) => m.runAnswerTask(task));
}
