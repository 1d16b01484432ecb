// The DOM matchers are for the files that render (`// @vitest-environment jsdom`); the node files, most of the
// suite, skip loading them.
if (typeof document !== 'undefined') await import('@testing-library/jest-dom/vitest');
// The English dictionary is loaded on demand in the app (src/lib/i18n); tests read both languages at once.
await (await import('../src/lib/i18n')).loadLanguage('en');
export {};
