import { type PackIssue, packIssue } from '../issues';
import { isQuestion, type SurveyNode } from '../survey-elements';

/** A form without a single question would open as an empty page that can only be "completed". */
export function noQuestionIssues(nodes: readonly SurveyNode[], surveyPath: string): PackIssue[] {
  return nodes.some(isQuestion) ? [] : [packIssue(surveyPath, 'survey.no-questions')];
}
