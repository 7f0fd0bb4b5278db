import { type JsonObjectProperty, Serializer } from 'survey-core';
import { childPath } from './json-path';
import { isRecord } from './json-walk';
import type { SurveyJson } from './schema';

/** Receives one string shown to members, where it is, and the SurveyJS property holding it. */
export type TextVisitor = (text: string, path: string, property: string) => void;

/**
 * Visits every string SurveyJS shows to members: the values of localizable properties
 * (titles, descriptions, choice texts, placeholders, labels, error texts…), as plain strings
 * or per-locale objects like `{ "vi": "…", "en": "…" }` / `{ "default": "…" }`.
 * survey-core's metadata says which properties those are, so expressions, names and values
 * are never visited. Keys survey-core does not know are skipped: its jsonErrors report them.
 */
export function forEachSurveyText(
  survey: SurveyJson,
  surveyPath: string,
  visit: TextVisitor,
): void {
  visitObject(survey, 'survey', surveyPath, visit);
}

function visitObject(
  json: Record<string, unknown>,
  className: string,
  path: string,
  visit: TextVisitor,
): void {
  for (const [key, value] of Object.entries(json)) {
    const property = Serializer.findProperty(className, key);
    if (!property) continue;
    const valuePath = childPath(path, key);
    if (property.isLocalizable) {
      visitLocalized(value, valuePath, key, visit);
    } else if (Array.isArray(value)) {
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
  visit: TextVisitor,
): void {
  if (!isRecord(value)) return;
  const className = classOf(value, property);
  if (className) visitObject(value, className, path, visit);
}

function visitLocalized(value: unknown, path: string, property: string, visit: TextVisitor): void {
  if (typeof value === 'string') {
    visit(value, path, property);
  } else if (isRecord(value)) {
    for (const [locale, text] of Object.entries(value)) {
      if (typeof text === 'string') visit(text, childPath(path, locale), property);
    }
  }
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
