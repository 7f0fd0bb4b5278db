import { z } from '../zod';
import { isRecord } from './json-walk';
import { PACK_FORMAT, packSchema, surveySchema } from './schema';
import { SURVEY_DEFINITION, surveyDefinitions } from './survey-json-schema';

/**
 * JSON Schema (draft-07) of a pack file, for editors: the zod envelope with each form's
 * `survey` described by survey-core's own schema. Editors only assist; `npm run pack:check`
 * is the authority (plain text, names, aggregates… are not expressible here).
 */
export function packJsonSchema(): Record<string, unknown> {
  const envelope = z.toJSONSchema(packSchema, {
    target: 'draft-07',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema !== surveySchema) return;
      // Keep the description: editors show it next to the $ref.
      for (const key of Object.keys(jsonSchema)) if (key !== 'description') delete jsonSchema[key];
      jsonSchema.$ref = `#/definitions/${SURVEY_DEFINITION}`;
    },
  });
  return sortKeys({
    ...envelope,
    title: `Tự soi pack (${PACK_FORMAT})`,
    description: 'Gói biểu mẫu tự soi / Tự soi form pack. See docs/pack-format.md.',
    definitions: { ...(envelope.definitions as object | undefined), ...surveyDefinitions() },
  }) as Record<string, unknown>;
}

/** The committed docs/pack.schema.json: stable key order, 2-space indent, final newline. */
export function packJsonSchemaText(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(value[key])]),
  );
}
