import { childPath } from './json-path';
import { isRecord } from './json-walk';
import type { SurveyJson } from './schema';
import { forEachSurveyProperty, isItemList, splitChoiceString } from './survey-properties';

/** survey-core's type of a matrix's `cells` property. */
const CELLS_TYPE = 'cells';

/** Receives one string shown to members, where it is, and the SurveyJS property holding it. */
export type TextVisitor = (text: string, path: string, property: string) => void;

/**
 * Visits every string SurveyJS shows to members: the values of localizable properties
 * (titles, descriptions, choice texts, placeholders, labels, error texts…), as plain strings
 * or per-locale objects like `{ "vi": "…", "en": "…" }` / `{ "default": "…" }`, and the text
 * of choice items written without a `text` (`"khong|Không"`, `"khong"`, `{ "value": "khong" }`),
 * which SurveyJS shows instead. survey-core's metadata says which properties those are, so
 * expressions, names and values with a text of their own are never visited.
 */
export function forEachSurveyText(
  survey: SurveyJson,
  surveyPath: string,
  visit: TextVisitor,
): void {
  forEachSurveyProperty(survey, surveyPath, ({ key, value, path, property }) => {
    if (property.isLocalizable) visitLocalized(value, path, key, visit);
    else if (property.type === CELLS_TYPE && isRecord(value)) {
      // A matrix's `cells`: { row: { column: text } }, each text shown in its cell.
      for (const [row, columns] of Object.entries(value)) {
        if (!isRecord(columns)) continue;
        for (const [column, text] of Object.entries(columns)) {
          visitLocalized(text, childPath(childPath(path, row), column), key, visit);
        }
      }
    } else if (isItemList(property) && Array.isArray(value)) {
      value.forEach((item, index) => {
        visitItemText(item, childPath(path, index), key, visit);
      });
    }
  });
}

function visitLocalized(value: unknown, path: string, property: string, visit: TextVisitor): void {
  if (typeof value === 'string') {
    visit(value, path, property);
  } else if (Array.isArray(value)) {
    // `dataList`: a list of suggestions, each shown as is.
    value.forEach((text, index) => {
      if (typeof text === 'string') visit(text, childPath(path, index), property);
    });
  } else if (isRecord(value)) {
    for (const [locale, text] of Object.entries(value)) {
      if (typeof text === 'string') visit(text, childPath(path, locale), property);
    }
  }
}

/** The text SurveyJS derives from a choice item that has no `text` of its own. */
function visitItemText(item: unknown, path: string, property: string, visit: TextVisitor): void {
  if (typeof item === 'string') {
    visit(splitChoiceString(item).text, path, property);
  } else if (isRecord(item) && item.text === undefined && typeof item.value === 'string') {
    visit(item.value, childPath(path, 'value'), property);
  }
}
