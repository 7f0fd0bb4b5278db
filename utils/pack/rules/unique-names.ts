import { type PackIssue, packIssue } from '../issues';
import { childPath } from '../json-path';
import type { SurveyNode } from '../survey-elements';
import { findDuplicates } from './duplicates';

/**
 * Page, panel and question names are unique within a form: answers are stored by name, and
 * SurveyJS resolves `{name}` in expressions case-insensitively, so case does not make names differ.
 */
export function uniqueNameIssues(nodes: readonly SurveyNode[]): PackIssue[] {
  return findDuplicates(
    nodes,
    (node) => node.name?.toLowerCase(),
    (node) => node.path,
  ).map(({ item, firstPath }) =>
    packIssue(childPath(item.path, 'name'), 'survey.name-duplicate', {
      name: item.name ?? '',
      firstPath,
    }),
  );
}
