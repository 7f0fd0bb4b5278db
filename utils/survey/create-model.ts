import 'survey-core/i18n/vietnamese';
import { Model, setupLocale, surveyLocalization } from 'survey-core';
import type { Locale } from '../i18n/types';
import { withVietnameseFallback } from './localized-json';
import { vietnameseSurveyStrings } from './vietnamese';

let reviewedStringsApplied = false;

/** survey-core keeps its dictionaries globally, so our reviewed strings are merged in once. */
function applyReviewedVietnamese(): void {
  if (reviewedStringsApplied) return;
  setupLocale({
    localeCode: 'vi',
    strings: { ...surveyLocalization.locales.vi, ...vietnameseSurveyStrings },
    nativeName: 'Tiếng Việt',
    englishName: 'Vietnamese',
  });
  reviewedStringsApplied = true;
}

/**
 * A survey-core model for our own Preact renderer. `model.locale` may be switched later.
 * No `onTextMarkdown` handler is ever added: every string is rendered as plain text.
 */
export function createSurveyModel(surveyJson: Record<string, unknown>, locale: Locale): Model {
  applyReviewedVietnamese();
  const model = new Model(withVietnameseFallback(surveyJson));
  model.locale = locale;
  // Our renderer moves focus itself (page heading, error summary); survey-core would look up
  // its own element ids in the document.
  model.autoFocusFirstQuestion = false;
  model.autoFocusFirstError = false;
  return model;
}
