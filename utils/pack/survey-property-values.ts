import type { Base, JsonObjectProperty } from 'survey-core';

/**
 * Documented values survey-core reads although its list of choices leaves them out
 * (`Serializer`'s choices feed the Creator's drop-downs, which hide a few legacy spellings).
 * Keyed by `class.property`.
 */
const DOCUMENTED_EXTRA_VALUES: Record<string, readonly unknown[]> = {
  // "Title Pattern" help topic; survey-core puts the required mark first for it.
  'survey.questionTitlePattern': ['requireNumTitle'],
};

/**
 * Whether survey-core really reads a value that `validatePropertyValues` flagged: it compares
 * with its choices case-sensitively, but some setters first normalise the case
 * (`showQuestionNumbers: "onpage"` becomes "onPage", as its documentation writes it). The
 * value counts as read when the object now holds a valid value that differs from the given
 * one only in case; a value survey-core replaced by a default, or kept as is, does not.
 */
export function surveyCoreReads(
  property: JsonObjectProperty,
  className: string,
  element: Base | undefined,
  value: unknown,
): boolean {
  if (DOCUMENTED_EXTRA_VALUES[`${className}.${property.name}`]?.includes(value)) return true;
  if (property.acceptedValues?.includes(value)) return true;
  // Numeric choices (`panelCount` 0–10, `colCount` 0–5, `indent` 0–3) are the Creator's
  // drop-down; survey-core reads any number.
  if (property.type === 'number' && typeof value === 'number' && Number.isFinite(value))
    return true;
  if (element === undefined || typeof value !== 'string') return false;
  const stored: unknown = Reflect.get(element, property.name);
  return (
    typeof stored === 'string' &&
    stored !== value &&
    stored.toLowerCase() === value.toLowerCase() &&
    property.validateValue(element, stored)
  );
}
