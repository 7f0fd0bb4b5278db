import { type Base, type JsonError, type JsonObjectProperty, Model } from 'survey-core';
import { type PackIssue, packIssue } from './issues';
import { childPath } from './json-path';
import { objectPaths } from './json-walk';
import type { SurveyJson } from './schema';
import { SURVEY_LOCALE_PROPERTY } from './survey-locales';
import { surveyCoreReads } from './survey-property-values';

/** Fields some JsonError subclasses add; survey-core does not export all those classes. */
type DetailedJsonError = JsonError & {
  propertyName?: string;
  className?: string;
  property?: JsonObjectProperty;
  value?: unknown;
  /** The survey-core object the error is about. */
  element?: Base;
};

/**
 * survey-core's own reading of the survey: unknown properties and types, missing required
 * properties, values outside a property's choices. Each error points at the JSON object it
 * is about, which we turn back into a path.
 */
export function surveyJsonErrorIssues(
  survey: SurveyJson,
  surveyPath: string,
  elementPaths: ReadonlySet<string>,
): PackIssue[] {
  // survey-core may strip keys (e.g. editor positions) while loading: give it a copy.
  const copy = structuredClone(survey);
  const paths = objectPaths(copy, surveyPath);
  const model = new Model();
  withoutConsoleWarnings(() => model.fromJSON(copy, { validatePropertyValues: true }));
  return (model.jsonErrors ?? []).flatMap((error: DetailedJsonError) => {
    const at = typeof error.jsonObj === 'object' ? paths.get(error.jsonObj) : undefined;
    // A primitive where an object belongs (e.g. a string in `elements`) has no path of its own.
    if (at === undefined)
      return [packIssue(surveyPath, 'survey.json-error', { detail: error.message })];
    const property = error.propertyName ?? '';
    const className = error.className ?? '';
    switch (error.type) {
      case 'unknownproperty':
        return [
          packIssue(childPath(at, property), 'survey.unknown-property', { property, className }),
        ];
      case 'requiredproperty':
        return [
          packIssue(childPath(at, property), 'survey.required-property', { property, className }),
        ];
      case 'arrayproperty':
        return [packIssue(childPath(at, property), 'survey.not-an-array', { property })];
      case 'incorrectvalue': {
        // Its allowed values depend on the locale modules loaded; the locale rule decides.
        const { property: flagged, element } = error;
        if (flagged === SURVEY_LOCALE_PROPERTY) return [];
        const elementClass = element?.getType() ?? '';
        if (flagged && surveyCoreReads(flagged, elementClass, element, error.value)) return [];
        const name = flagged?.name ?? '';
        return [
          packIssue(childPath(at, name), 'survey.invalid-value', {
            property: name,
            value: error.value,
          }),
        ];
      }
      case 'missingtypeproperty':
      case 'incorrecttypeproperty':
        // Elements get the type rule's message instead, which lists the types we render.
        if (elementPaths.has(at)) return [];
        return [
          packIssue(childPath(at, 'type'), 'survey.unknown-class', {
            property,
            type: (error.jsonObj as Record<string, unknown>).type,
          }),
        ];
      default:
        return [packIssue(at, 'survey.json-error', { detail: error.message })];
    }
  });
}

/**
 * survey-core console.warns about broken expressions while loading. The linter reports the
 * same problems with a path, so the console copy is only noise (e.g. in the CLI's output).
 */
function withoutConsoleWarnings(load: () => void): void {
  const warn = console.warn;
  console.warn = () => {};
  try {
    load();
  } finally {
    console.warn = warn;
  }
}
