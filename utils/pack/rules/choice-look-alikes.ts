import { type PackIssue, packIssue } from '../issues';
import { childPath } from '../json-path';
import { isRecord } from '../json-walk';
import { visibleForm } from '../look-alike';
import type { SurveyJson } from '../schema';
import { forEachSurveyProperty, isItemList, splitChoiceString } from '../survey-properties';
import { findDuplicates } from './duplicates';

interface ChoiceValue {
  value: string;
  path: string;
}

/**
 * Two choices of one list whose values look the same but are different strings (NFC vs NFD
 * "ế", a zero-width space…): a member cannot tell them apart, and a condition or a count
 * written with one never matches the other. Exact repeats are the linter's choices/duplicate.
 */
export function choiceLookAlikeIssues(survey: SurveyJson, surveyPath: string): PackIssue[] {
  const issues: PackIssue[] = [];
  forEachSurveyProperty(survey, surveyPath, ({ value, path, property }) => {
    if (!isItemList(property) || !Array.isArray(value)) return;
    const values = value.flatMap((item, index): ChoiceValue[] => {
      const itemPath = childPath(path, index);
      if (typeof item === 'string')
        return [{ value: splitChoiceString(item).value, path: itemPath }];
      if (isRecord(item) && typeof item.value === 'string')
        return [{ value: item.value, path: childPath(itemPath, 'value') }];
      return [];
    });
    for (const { item, first, firstPath } of findDuplicates(
      values,
      // Case is visible, and survey-core compares values exactly: "Co" and "co" may differ.
      (choice) => visibleForm(choice.value),
      (choice) => choice.path,
    )) {
      if (item.value === first.value) continue;
      issues.push(
        packIssue(item.path, 'survey.choice-look-alike', {
          value: item.value,
          firstValue: first.value,
          firstPath,
        }),
      );
    }
  });
  return issues;
}
