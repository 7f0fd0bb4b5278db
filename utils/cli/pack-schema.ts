/**
 * npm run pack:schema
 * Regenerates docs/pack.schema.json from the zod pack schema and survey-core's schema.
 */
import { writeFile } from 'node:fs/promises';
import { packJsonSchemaText } from '../pack/json-schema';

const target = new URL('../../docs/pack.schema.json', import.meta.url);
await writeFile(target, packJsonSchemaText());
console.log('✓ docs/pack.schema.json');
