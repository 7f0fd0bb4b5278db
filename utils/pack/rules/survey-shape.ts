import type { JsonObjectProperty } from 'survey-core';
import { type PackIssue, packIssue } from '../issues';
import { childPath } from '../json-path';
import { isRecord } from '../json-walk';
import type { SurveyJson } from '../schema';
import { forEachSurveyProperty, isItemList } from '../survey-properties';

/** Property types survey-core reads as one string: it calls string methods on the value. */
const STRING_TYPES = new Set([
  'string',
  'text',
  'html',
  'file',
  'condition',
  'expression',
  'question_carryforward',
]);

/** Property types holding an expression or a question name: nothing but a string makes sense. */
const STRICT_STRING_TYPES = new Set(['condition', 'expression', 'question_carryforward']);

/** Scalar property types, by the JSON type (see messages.ts) that a pack must give them. */
const SCALAR_TYPES: Record<string, string> = {
  boolean: 'boolean',
  switch: 'boolean',
  number: 'number',
};

/**
 * Properties survey-core has at runtime only: an element's `page` is its page object, and
 * survey-core crashes when the JSON gives it a page's name. SurveyJS JSON never has them.
 */
const RUNTIME_ONLY = new Set(['page']);

/**
 * Shapes survey-core cannot read: given them, it throws a TypeError instead of reporting a
 * problem (a `null` or a string in `elements`, `"name": 2025`, `"type": 5`, `"pages": "abc"`,
 * an object where a string belongs…). They are found here first, each at its exact path, so
 * that survey-core only ever sees a survey it can read.
 */
export function surveyShapeIssues(survey: SurveyJson, surveyPath: string): PackIssue[] {
  const issues: PackIssue[] = [];
  forEachSurveyProperty(survey, surveyPath, ({ key, value, path, property, className }) => {
    if (RUNTIME_ONLY.has(property.name) && !property.isSerializable) {
      issues.push(packIssue(path, 'survey.unknown-property', { property: key, className }));
    } else issues.push(...propertyIssues(key, value, path, property));
  });
  return issues;
}

function propertyIssues(
  key: string,
  value: unknown,
  path: string,
  property: JsonObjectProperty,
): PackIssue[] {
  if (property.isLocalizable) {
    // A list where a text belongs would be shown as its items joined, unchecked for markup.
    // Per-locale lists (`dataList`) are lists on purpose.
    return !property.isArray && Array.isArray(value) ? [wrongType(path, key, 'text', false)] : [];
  }
  if (property.isArray) return listIssues(key, value, path, property);
  const expected = expectedScalar(value, property);
  if (expected !== undefined) return [wrongType(path, key, expected, false)];
  // Any other array is read item by item, like a list of objects.
  return Array.isArray(value)
    ? value.flatMap((item, index) => itemIssues(key, item, childPath(path, index), 'value'))
    : [];
}

/** Lists of objects (`pages`, `elements`, `validators`…) or of choices (`choices`, `rows`…). */
function listIssues(
  key: string,
  value: unknown,
  path: string,
  property: JsonObjectProperty,
): PackIssue[] {
  if (!Array.isArray(value)) return [packIssue(path, 'survey.not-an-array', { property: key })];
  const expected = isItemList(property) ? 'choice' : 'object';
  // Items whose class survey-core takes from the property never have their `type` read.
  const readsType = !property.className;
  return value.flatMap((item, index) =>
    itemIssues(key, item, childPath(path, index), expected, readsType),
  );
}

function itemIssues(
  key: string,
  item: unknown,
  path: string,
  expected: 'object' | 'choice' | 'value',
  readsType = true,
): PackIssue[] {
  if (isRecord(item)) {
    if (readsType && item.type !== undefined && typeof item.type !== 'string') {
      return [wrongType(childPath(path, 'type'), 'type', 'string', false)];
    }
    return [];
  }
  const fits =
    expected === 'choice'
      ? ['string', 'number', 'boolean'].includes(typeof item)
      : expected === 'value' && item !== null;
  return fits ? [] : [wrongType(path, key, expected, true)];
}

/** The JSON type a scalar property needs when `value` does not fit it, else undefined. */
function expectedScalar(value: unknown, property: JsonObjectProperty): string | undefined {
  if (value === null) return undefined;
  if (STRING_TYPES.has(property.type)) {
    if (typeof value === 'string') return undefined;
    const strict =
      STRICT_STRING_TYPES.has(property.type) ||
      property.name === 'name' ||
      (property.hasChoices && !choicesInclude(property, value));
    return strict || typeof value === 'object' ? 'string' : undefined;
  }
  const scalar = SCALAR_TYPES[property.type];
  return scalar !== undefined && typeof value === 'object' ? scalar : undefined;
}

/**
 * Whether an enumerated property allows this exact value: some list true and false among
 * their choices, others declare extra `acceptedValues` survey-core reads (the legacy
 * `showQuestionNumbers: true`).
 */
function choicesInclude(property: JsonObjectProperty, value: unknown): boolean {
  if (property.acceptedValues?.includes(value)) return true;
  try {
    return property.getChoices(null).includes(value);
  } catch {
    // Choices computed from a survey that does not exist yet: only strings are safe.
    return false;
  }
}

function wrongType(path: string, property: string, expected: string, entry: boolean): PackIssue {
  return packIssue(path, 'survey.wrong-type', { property, expected, entry });
}
