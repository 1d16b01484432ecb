import { z } from 'zod';

// zod compiles fast parsers with `new Function` when it can, deciding as each schema is built. The site's
// Content-Security-Policy forbids eval, so every schema module imports this first (via common.ts).
z.config({ jitless: true });
