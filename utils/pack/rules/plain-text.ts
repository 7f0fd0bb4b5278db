import { type PackIssue, packIssue } from '../issues';
import { findMarkup } from '../markup';
import type { SurveyJson } from '../schema';
import { forEachSurveyText } from '../survey-texts';
import { isHtmlProperty } from './html-properties';

/** Text shown to members contains no markup (the envelope's text is checked by its schema). */
export function plainTextIssues(survey: SurveyJson, surveyPath: string): PackIssue[] {
  const issues: PackIssue[] = [];
  forEachSurveyText(survey, surveyPath, (text, path, property) => {
    // HTML properties are rejected as a whole by the html-properties rule.
    if (isHtmlProperty(property)) return;
    const snippet = findMarkup(text);
    if (snippet !== undefined) issues.push(packIssue(path, 'text.markup', { snippet }));
  });
  return issues;
}
