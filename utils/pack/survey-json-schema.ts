import { Serializer } from 'survey-core';
import { isRecord } from './json-walk';
import { RENDERED_TYPES } from './question-types';

type Schema = Record<string, unknown>;

/** Name of the definition that describes a whole SurveyJS survey. */
export const SURVEY_DEFINITION = 'surveyjs';

const DEFINITIONS = '#/definitions/';

/**
 * survey-core's draft-07 schema, reshaped to be embedded in another schema:
 * - its root becomes the definition {@link SURVEY_DEFINITION};
 * - definitions drop their `$id`, and refs by id (`"question"`) become JSON pointers
 *   (`"#/definitions/question"`), so they resolve inside the host document;
 * - element lists offer only the types we render, and say so with an enum on `type`;
 * - definitions no longer reachable (html, file, signaturepad…) are dropped.
 */
export function surveyDefinitions(): Record<string, Schema> {
  const generated = Serializer.generateSchema() as Schema;
  const { properties, definitions } = generated;
  const all: Record<string, Schema> = {
    ...(definitions as Record<string, Schema>),
    [SURVEY_DEFINITION]: {
      type: 'object',
      description:
        'A SurveyJS survey (https://surveyjs.io/form-library/documentation/design-survey/create-a-simple-survey).',
      properties,
    },
  };
  const reshaped = Object.fromEntries(
    Object.entries(all).map(([name, definition]) => [name, reshape(definition) as Schema]),
  );
  return reachable(reshaped, SURVEY_DEFINITION);
}

function reshape(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(reshape);
  if (!isRecord(node)) return node;
  const result: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$id') continue;
    if (key === '$ref' && typeof value === 'string') {
      result.$ref = value.startsWith('#') ? value : DEFINITIONS + value;
    } else result[key] = reshape(value);
  }
  return isElementList(result) ? renderedElementList() : result;
}

/** An `anyOf` of refs to element classes only: the items of `elements` / `templateElements`. */
function isElementList(schema: Schema): boolean {
  const { anyOf } = schema;
  return (
    Array.isArray(anyOf) &&
    anyOf.every((option) => {
      const ref = isRecord(option) ? option.$ref : undefined;
      if (typeof ref !== 'string' || !ref.startsWith(DEFINITIONS)) return false;
      const className = ref.slice(DEFINITIONS.length);
      return Serializer.isDescendantOf(className, 'question') || className === 'panel';
    })
  );
}

function renderedElementList(): Schema {
  return {
    anyOf: RENDERED_TYPES.map((type) => ({ $ref: DEFINITIONS + type })),
    properties: { type: { enum: [...RENDERED_TYPES] } },
    required: ['type'],
  };
}

/** The definitions reachable by `$ref` from `root`. */
function reachable(definitions: Record<string, Schema>, root: string): Record<string, Schema> {
  const kept: Record<string, Schema> = {};
  const pending = [root];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const definition = definitions[name];
    if (definition === undefined || name in kept) continue;
    kept[name] = definition;
    const refs = JSON.stringify(definition).matchAll(/"\$ref":"#\/definitions\/([^"]+)"/g);
    for (const [, ref] of refs) pending.push(ref as string);
  }
  return kept;
}
