import { type JsonObjectProperty, Serializer } from 'survey-core';
import { childPath } from './json-path';
import { isRecord } from './json-walk';

/** One key of a survey object that survey-core knows, with its metadata. */
export interface SurveyProperty {
  /** The key as written (may be an alias, e.g. `questions` for `templateElements`). */
  key: string;
  value: unknown;
  path: string;
  property: JsonObjectProperty;
  /** The class of the object holding the key, as survey-core names it (`radiogroup`, `choiceitem`…). */
  className: string;
  /** The JSON object holding the key, for rules that depend on a sibling property. */
  owner: Record<string, unknown>;
}

export type PropertyVisitor = (entry: SurveyProperty) => void;

/**
 * Visits every property of a survey that survey-core would read, in document order, going
 * into nested objects (pages, elements, choices, validators, triggers…) the way survey-core's
 * JsonObject does: by the property's class, or by the object's `type`. Keys survey-core does
 * not know, and objects whose class it cannot tell, are skipped: its jsonErrors report them.
 * Only reads the JSON, so it is safe on input that would crash survey-core itself.
 */
export function forEachSurveyProperty(
  survey: Record<string, unknown>,
  surveyPath: string,
  visit: PropertyVisitor,
): void {
  visitObject(survey, 'survey', surveyPath, visit);
}

function visitObject(
  json: Record<string, unknown>,
  className: string,
  path: string,
  visit: PropertyVisitor,
): void {
  for (const [key, value] of Object.entries(json)) {
    const property = Serializer.findProperty(className, key);
    if (!property) continue;
    const valuePath = childPath(path, key);
    visit({ key, value, path: valuePath, property, className, owner: json });
    // Localized texts are per-locale strings, never objects survey-core creates.
    if (property.isLocalizable) continue;
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visitChild(item, property, childPath(valuePath, index), visit);
      });
    } else {
      visitChild(value, property, valuePath, visit);
    }
  }
}

function visitChild(
  value: unknown,
  property: JsonObjectProperty,
  path: string,
  visit: PropertyVisitor,
): void {
  if (!isRecord(value)) return;
  const className = classOf(value, property);
  if (className) visitObject(value, className, path, visit);
}

/** The class survey-core would create for an object held by `property` (as JsonObject does). */
function classOf(json: Record<string, unknown>, property: JsonObjectProperty): string | undefined {
  const declared = property.className || (typeof json.type === 'string' ? json.type : '');
  if (!declared) return undefined;
  const part = property.classNamePart;
  let name = declared.toLowerCase();
  if (part && !name.includes(part)) name += part;
  return Serializer.findClass(name) ? name : undefined;
}

/** A list of choice items (`choices`, `rows`, `columns`, `rateValues`): strings, numbers or objects. */
export function isItemList(property: JsonObjectProperty): boolean {
  return (
    property.isArray &&
    Boolean(property.className) &&
    Serializer.isDescendantOf(property.className, 'itemvalue')
  );
}

/** survey-core reads a string choice item `"khong|Không"` as value and text, split at the first `|`. */
export function splitChoiceString(item: string): { value: string; text: string } {
  const separator = item.indexOf('|');
  return separator < 0
    ? { value: item, text: item }
    : { value: item.slice(0, separator), text: item.slice(separator + 1) };
}
