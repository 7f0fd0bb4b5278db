import type { Model } from 'survey-core';

export interface SurveyProgress {
  answered: number;
  total: number;
}

/** Whether progress counts only required questions (`progressBarType: "requiredQuestions"`). */
export function countsRequiredOnly(model: Model): boolean {
  return model.getEffectiveProgressBarType().toLowerCase() === 'requiredquestions';
}

/**
 * Progress as survey-core itself counts it: visible input questions on visible pages, or only
 * the required ones when `countsRequiredOnly`. Hidden questions never count.
 */
export function getProgress(model: Model): SurveyProgress {
  const info = model.getProgressInfo();
  return countsRequiredOnly(model)
    ? { answered: info.requiredAnsweredQuestionCount, total: info.requiredQuestionCount }
    : { answered: info.answeredQuestionCount, total: info.questionCount };
}
