/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Pins the build to one API (and turns the mock off), overriding public/config.json. */
  readonly VITE_API_BASE_URL?: string;
  /** 'true' or 'false': forces the in-browser mock on or off. */
  readonly VITE_MOCK?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/** YYYY-MM-DD (UTC) of the build, from vite.config.ts `define`. */
declare const __BUILD_DATE__: string;
