import type { JsonObjectProperty } from 'survey-core';
import { type PackIssue, packIssue } from '../issues';
import { MASK_NEEDS_TEXT, propertySupport, type Reason, rejectionOf } from '../property-support';
import type { SurveyJson } from '../schema';
import { forEachSurveyProperty } from '../survey-properties';

/**
 * Properties (or values) that survey-core would accept but our renderer does not show, so that
 * a pack never looks accepted while part of it is silently dropped. What is and is not shown is
 * decided, property by property, in property-support.ts.
 */
export function unrenderedPropertyIssues(survey: SurveyJson, surveyPath: string): PackIssue[] {
  const issues: PackIssue[] = [];
  forEachSurveyProperty(survey, surveyPath, ({ key, value, path, property, className, owner }) => {
    if (notAChoice(property, value)) return;
    const reason =
      rejectionOf(propertySupport(className, property.name), value) ??
      maskWithoutEffect(property.name, value, owner);
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

/** A mask on a number, date… input: survey-core (and so our renderer) would not apply it. */
function maskWithoutEffect(
  name: string,
  value: unknown,
  owner: Record<string, unknown>,
): Reason | undefined {
  if (name !== 'maskType' || typeof value !== 'string' || value.toLowerCase() === 'none') {
    return undefined;
  }
  const inputType = owner.inputType;
  if (inputType === undefined) return undefined;
  const type = String(inputType).toLowerCase();
  return type === 'text' || type === 'tel' ? undefined : MASK_NEEDS_TEXT;
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
