import { type PackIssue, packIssue } from '../issues';
import { childPath } from '../json-path';
import { isRenderedType } from '../question-types';
import type { SurveyNode } from '../survey-elements';

/** Only the element types the extension renders (html, file, signaturepad… are rejected). */
export function questionTypeIssues(nodes: readonly SurveyNode[]): PackIssue[] {
  return nodes.flatMap((node) => {
    if (node.kind !== 'element') return [];
    if (node.json.type === undefined) return [packIssue(node.path, 'survey.type-missing')];
    if (node.type !== undefined && isRenderedType(node.type)) return [];
    return [
      packIssue(childPath(node.path, 'type'), 'survey.type-not-allowed', { type: node.json.type }),
    ];
  });
}
