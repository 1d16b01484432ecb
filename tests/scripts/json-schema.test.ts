import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaDocuments, serialise } from '../../scripts/generate-json-schema';

describe('public/schema', () => {
  it.each(Object.entries(schemaDocuments()))(
    '%s.schema.json is the generated file (run npm run schema)',
    (name, doc) => {
      const onDisk = readFileSync(
        new URL(`../../public/schema/${name}.schema.json`, import.meta.url),
        'utf8',
      );
      expect(onDisk).toBe(serialise(doc));
    },
  );
});
