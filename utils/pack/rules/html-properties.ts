import { type PackIssue, packIssue } from '../issues';
import { childPath } from '../json-path';
import { isRecord, walkJson } from '../json-walk';
import type { SurveyJson } from '../schema';

/** `html`, `completedHtml`, `loadingHtml`…: SurveyJS renders these as HTML. */
export function isHtmlProperty(key: string): boolean {
  return /html$/i.test(key);
}

/** Pack text is plain text, so no property that SurveyJS renders as HTML, anywhere in the survey. */
export function htmlPropertyIssues(survey: SurveyJson, surveyPath: string): PackIssue[] {
  const issues: PackIssue[] = [];
  walkJson(survey, surveyPath, (node, path) => {
    if (isRecord(node)) {
      for (const key of Object.keys(node).filter(isHtmlProperty)) {
        issues.push(packIssue(childPath(path, key), 'survey.html-property', { property: key }));
      }
    }
    return true;
  });
  return issues;
}
