import { type PackIssue, packIssue } from '../issues';
import { MAX_EXPRESSION_LENGTH } from '../limits';
import type { SurveyJson } from '../schema';
import { forEachSurveyProperty } from '../survey-properties';

/** survey-core's property types whose strings it parses as expressions. */
export const EXPRESSION_TYPES = new Set(['condition', 'expression']);

/**
 * Expressions are at most MAX_EXPRESSION_LENGTH characters. Runs before survey-core reads the
 * survey, so an overlong expression is reported instead of stalling or crashing the parser.
 */
export function expressionLengthIssues(survey: SurveyJson, surveyPath: string): PackIssue[] {
  const issues: PackIssue[] = [];
  forEachSurveyProperty(survey, surveyPath, ({ value, path, property }) => {
    if (!EXPRESSION_TYPES.has(property.type) || typeof value !== 'string') return;
    if (value.length > MAX_EXPRESSION_LENGTH) {
      issues.push(
        packIssue(path, 'survey.expression-too-long', {
          length: value.length,
          limit: MAX_EXPRESSION_LENGTH,
        }),
      );
    }
  });
  return issues;
}
