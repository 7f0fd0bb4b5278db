import type { JsonObjectProperty } from 'survey-core';
import { type PackIssue, packIssue } from '../issues';
import { propertySupport, rejectionOf } from '../property-support';
import type { SurveyJson } from '../schema';
import { forEachSurveyProperty } from '../survey-properties';

/**
 * Properties (or values) that survey-core would accept but our renderer does not show, so that
 * a pack never looks accepted while part of it is silently dropped. What is and is not shown is
 * decided, property by property, in property-support.ts.
 */
export function unrenderedPropertyIssues(survey: SurveyJson, surveyPath: string): PackIssue[] {
  const issues: PackIssue[] = [];
  forEachSurveyProperty(survey, surveyPath, ({ key, value, path, property, className }) => {
    if (notAChoice(property, value)) return;
    const reason = rejectionOf(propertySupport(className, property.name), value);
    if (reason) {
      issues.push(
        packIssue(path, 'survey.unrendered-property', {
          property: key,
          value: shown(value),
          reason,
        }),
      );
    }
  });
  return issues;
}

/** survey-core's jsonErrors already report a value outside the property's choices. */
function notAChoice(property: JsonObjectProperty, value: unknown): boolean {
  const choices: unknown[] = property.getChoices(null) ?? [];
  if (choices.length === 0 || typeof value !== 'string') return false;
  const lower = value.toLowerCase();
  return !choices.some((choice) => String(choice).toLowerCase() === lower);
}

/** The value as written, shortened: objects and long texts are not worth quoting whole. */
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 37)}…` : json;
}
