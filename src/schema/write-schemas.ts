/** `npm run schemas`: regenerates schemas/*.json from the domain tables. */
import { writeFileSync } from 'node:fs';
import { packagePath } from '../package.js';
import { buildRecordSchema } from './record-schema.js';
import { buildCalendarSchema, buildConfigSchema } from './config-schema.js';
import { buildDikSchema } from './dik-schema.js';

export const SCHEMA_BUILDERS = {
  'record.schema.json': buildRecordSchema,
  'ppid.schema.json': buildConfigSchema,
  'kalender.schema.json': buildCalendarSchema,
  'dik.schema.json': buildDikSchema,
} as const;

export function schemaText(build: () => unknown): string {
  return JSON.stringify(build(), null, 2) + '\n';
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)) {
  for (const [name, build] of Object.entries(SCHEMA_BUILDERS)) {
    writeFileSync(packagePath(`schemas/${name}`), schemaText(build));
    process.stdout.write(`schemas/${name}\n`);
  }
}
