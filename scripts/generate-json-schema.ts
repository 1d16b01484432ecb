// Writes public/schema/*.schema.json from the zod schemas, so the published contract never drifts from the code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { envelopeSchema, planSchema, rowSchemas } from '../src/domain/schemas';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'schema');

export function schemaDocuments(): Record<string, unknown> {
  const docs: Record<string, z.ZodMiniType> = {
    plan: envelopeSchema(planSchema),
    units: envelopeSchema(z.array(rowSchemas.units)),
    tasks: envelopeSchema(z.array(rowSchemas.tasks)),
    indicators: envelopeSchema(z.array(rowSchemas.indicators)),
    'work-items': envelopeSchema(z.array(rowSchemas.workItems)),
    projects: envelopeSchema(z.array(rowSchemas.projects)),
  };
  return Object.fromEntries(
    Object.entries(docs).map(([name, schema]) => [
      name,
      {
        // Input form: fields with defaults may be left out by an API.
        ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
        $id: `zerobay-monitor/${name}.schema.json`,
        title: `GET /api/v1/${name}`,
      },
    ]),
  );
}

export function serialise(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(outDir, { recursive: true });
  for (const [name, doc] of Object.entries(schemaDocuments())) {
    writeFileSync(join(outDir, `${name}.schema.json`), serialise(doc));
    console.log(`wrote public/schema/${name}.schema.json`);
  }
}
