import { type PackIssue, packIssue } from '../issues';
import { childPath } from '../json-path';
import type { SurveyJson } from '../schema';
import { ELEMENT_LISTS } from '../survey-elements';

/** SurveyJS silently drops `pages` when the survey also has top-level elements/questions. */
export function layoutIssues(survey: SurveyJson, surveyPath: string): PackIssue[] {
  if (!Array.isArray(survey.pages) || survey.pages.length === 0) return [];
  return ELEMENT_LISTS.filter((key) => survey[key] !== undefined).map((key) =>
    packIssue(childPath(surveyPath, key), 'survey.mixed-layout', { key }),
  );
}
