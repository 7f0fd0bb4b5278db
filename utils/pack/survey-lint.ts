import { type ILintFinding, lintSurvey } from 'survey-core/linter';
import { type PackIssue, packIssue } from './issues';
import { isRecord } from './json-walk';
import type { SurveyJson } from './schema';
import { forEachSurveyProperty, isItemList, splitChoiceString } from './survey-properties';

/** Error-level linter rules whose problems survey-core's jsonErrors or our own rules report. */
const REPORTED_ELSEWHERE = new Set(['name/duplicate', 'property/required']);

/** Warnings by default; in a pack they are typos that silently break a condition or a choice. */
const PROMOTED_TO_ERRORS = {
  'expression/unknown-choice': 'error',
  'expression/unknown-function': 'error',
  'choices/duplicate': 'error',
} as const;

/** The SurveyJS linter: dangling references, expression syntax, cycles… (errors only). */
export function surveyLintIssues(survey: SurveyJson, surveyPath: string): PackIssue[] {
  const knownVariables = triggerVariables(survey);
  return lintSurvey(withSplitChoices(survey), { rules: PROMOTED_TO_ERRORS, knownVariables })
    .findings.filter((finding) => finding.severity === 'error')
    .filter((finding) => !REPORTED_ELSEWHERE.has(finding.ruleId))
    .map((finding) => toIssue(finding, lintPath(surveyPath, finding.path)));
}

/**
 * Variables that `setvalue` triggers with `isVariable: true` create when they run. The linter
 * does not read `isVariable`, so it would call the trigger's target, and every `{name}` that
 * reads the variable, unknown.
 */
function triggerVariables(survey: SurveyJson): string[] {
  const names: string[] = [];
  forEachSurveyProperty(survey, '', ({ value, property }) => {
    if (property.name !== 'triggers' || !Array.isArray(value)) return;
    for (const trigger of value) {
      // survey-core reads the strings "true"/"false" of a boolean property as booleans.
      if (!isRecord(trigger) || String(trigger.isVariable).toLowerCase() !== 'true') continue;
      if (typeof trigger.setToName === 'string') names.push(trigger.setToName.trim());
    }
  });
  return names;
}

/**
 * The linter takes a string choice `"khong|Không"` for the value "khong|Không", where
 * survey-core reads the value "khong", so `{q} = 'khong'` would be flagged as an unknown
 * choice. It gets a copy with such items written out as `{ value, text }` (same indexes, so
 * the same paths).
 */
function withSplitChoices(survey: SurveyJson): SurveyJson {
  const copy = structuredClone(survey);
  forEachSurveyProperty(copy, '', ({ value, property }) => {
    if (!isItemList(property) || !Array.isArray(value)) return;
    value.forEach((item, index) => {
      if (typeof item === 'string' && item.includes('|')) value[index] = splitChoiceString(item);
    });
  });
  return copy;
}

/** The linter's paths are relative to the survey and written like ours (`pages[0].elements[1]`). */
function lintPath(surveyPath: string, path: string): string {
  if (path === '') return surveyPath;
  return path.startsWith('[') ? `${surveyPath}${path}` : `${surveyPath}.${path}`;
}

function toIssue(finding: ILintFinding, path: string): PackIssue {
  const data = finding.messageData;
  switch (finding.ruleId) {
    case 'reference/unknown':
      return packIssue(path, 'survey.reference-unknown', {
        name: String(data.name),
        suggestion: finding.suggestion,
      });
    case 'expression/syntax':
      return packIssue(path, 'survey.expression-syntax', {
        expression: String(data.expression),
        at: typeof data.at === 'number' ? data.at : undefined,
      });
    default:
      return packIssue(path, 'survey.lint', { rule: finding.ruleId, detail: finding.message });
  }
}
