import type { AppConfig } from './config';

/** FNV-1a: a short, stable fingerprint of the per-resource sources (not a secret, not reversible in practice). */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** An identity for the source, so cached data of one backend (or one mapping) is never shown for another. */
export const sourceKey = (config: AppConfig): string => {
  const base = config.mock.enabled ? 'mock' : config.api.baseUrl;
  const custom = Object.keys(config.resources).length > 0 || config.api.auth;
  return custom
    ? `${base}#${fingerprint(JSON.stringify([config.resources, config.api.auth ?? null, config.api.headers]))}`
    : base;
};
