// The DOM matchers are for the files that render (`// @vitest-environment jsdom`); the node files, most of the
// suite, skip loading them.
if (typeof document !== 'undefined') await import('@testing-library/jest-dom/vitest');
export {};
