import type { Model, QuestionPanelDynamicModel } from 'survey-core';

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
  buildRepeatedPanels(model);
  const info = model.getProgressInfo();
  return countsRequiredOnly(model)
    ? { answered: info.requiredAnsweredQuestionCount, total: info.requiredQuestionCount }
    : { answered: info.answeredQuestionCount, total: info.questionCount };
}

/**
 * survey-core builds a repeated panel's questions only when its panels are first read (when its
 * page is shown), so until then they would be missing from the count: read them now.
 */
function buildRepeatedPanels(model: Model): void {
  for (const question of model.getAllQuestions()) {
    if (question.getType() === 'paneldynamic') void (question as QuestionPanelDynamicModel).panels;
  }
}
