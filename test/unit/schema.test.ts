import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_BUILDERS, schemaText } from '../../src/schema/write-schemas.js';
import { buildRecordSchema } from '../../src/schema/record-schema.js';
import { PASAL17, PASAL17_KODE } from '../../src/domain/pasal17.js';
import { STATUSES } from '../../src/domain/lifecycle.js';
import { PERIOD_FORM_SPECS } from '../../src/domain/period-forms.js';

describe('JSON Schemas', () => {
  it('the committed schemas/*.json are exactly what the code generates (run `npm run schemas`)', () => {
    for (const [name, build] of Object.entries(SCHEMA_BUILDERS)) {
      expect(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8'), name).toBe(schemaText(build));
    }
  });

  it('takes codes, statuses and period forms from the single TypeScript source', () => {
    const s = buildRecordSchema() as any;
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.properties.pasal17.items.enum).toEqual(PASAL17_KODE);
    expect(s.properties.status.enum).toEqual([...STATUSES]);
    expect(s.properties.jangka_waktu.oneOf.map((b: any) => b.title)).toEqual(PERIOD_FORM_SPECS.map((f) => f.label.id));
    expect(PASAL17_KODE).toHaveLength(38);
    expect(PASAL17.filter((c) => c.huruf === 'h').map((c) => c.kode)).toEqual(['h', 'h1', 'h2', 'h3', 'h4', 'h5']);
  });

  it('every property carries an Indonesian title', () => {
    const walk = (node: any, path: string) => {
      for (const [k, v] of Object.entries<any>(node.properties ?? {})) {
        expect(v.title, `${path}.${k}`).toBeTruthy();
        walk(v, `${path}.${k}`);
        if (v.items) walk(v.items, `${path}.${k}[]`);
      }
    };
    walk(buildRecordSchema(), 'record');
  });
});
