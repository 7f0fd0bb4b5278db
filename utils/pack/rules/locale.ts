import { type PackIssue, packIssue } from '../issues';
import { childPath } from '../json-path';
import type { SurveyJson } from '../schema';
import { isPackLocale, PACK_LOCALES } from '../survey-locales';

/** The survey's `locale` is one the extension shows (survey-core's runtime list is not used). */
export function localeIssues(survey: SurveyJson, surveyPath: string): PackIssue[] {
  if (survey.locale === undefined || isPackLocale(survey.locale)) return [];
  return [
    packIssue(childPath(surveyPath, 'locale'), 'survey.locale-unsupported', {
      value: survey.locale,
      allowed: PACK_LOCALES.filter((locale) => locale !== ''),
    }),
  ];
}
