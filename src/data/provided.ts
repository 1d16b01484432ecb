import type { ResourceSource } from './source-config';

/**
 * Whether the source has a resource at all (`"workItems": false` in config.json says it has not). Its own
 * module, free of the config's schemas, because the queries and views ask it on the main thread, where zod
 * must not load (config.json is checked in the parse worker).
 */
export function isProvided(
  config: { resources: Partial<Record<string, ResourceSource>> },
  resource: string,
): boolean {
  return config.resources[resource]?.provided !== false;
}
