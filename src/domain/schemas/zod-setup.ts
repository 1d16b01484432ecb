import * as z from 'zod/mini';

// zod/mini: the same parser as zod, with functions in place of methods, so a bundle keeps only what the
// schemas use (about 9 KB gzip rather than 27). It ships no messages; the English ones are set here, once.
// zod compiles fast parsers with `new Function` when it can, deciding as each schema is built. The site's
// Content-Security-Policy forbids eval, so every schema module imports this first (via common.ts).
z.config({ jitless: true });
z.config(z.locales.en());
