import type { EnvOverrides } from './config';

/** What the build pins over config.json (applyEnv): the app and the parse worker read config.json alike. */
export const buildEnv = (): EnvOverrides => ({
  VITE_API_BASE_URL: import.meta.env.VITE_API_BASE_URL,
  VITE_MOCK: import.meta.env.VITE_MOCK,
});
