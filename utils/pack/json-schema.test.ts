import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packJsonSchema, packJsonSchemaText } from './json-schema';
import { walkJson } from './json-walk';
import { RENDERED_TYPES } from './question-types';

const COMMITTED = new URL('../../docs/pack.schema.json', import.meta.url);

describe('docs/pack.schema.json', () => {
  it('is exactly what `npm run pack:schema` generates now (run it after changing the schema)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(packJsonSchemaText());
  });

  it('resolves every $ref inside the document', () => {
    const schema = packJsonSchema();
    const definitions = schema.definitions as Record<string, unknown>;
    const refs: string[] = [];
    walkJson(schema, '$', (node) => {
      const ref = (node as { $ref?: unknown }).$ref;
      if (typeof ref === 'string') refs.push(ref);
      return true;
    });
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of new Set(refs)) {
      expect(ref).toMatch(/^#\/definitions\//);
      expect(definitions).toHaveProperty([ref.slice('#/definitions/'.length)]);
    }
  });

  it('offers only the rendered question types in element lists', () => {
    const text = packJsonSchemaText();
    for (const type of ['html', 'file', 'signaturepad', 'matrixdropdown', 'ranking']) {
      expect(text).not.toContain(`"#/definitions/${type}"`);
    }
    for (const type of RENDERED_TYPES) expect(text).toContain(`"#/definitions/${type}"`);
  });
});
