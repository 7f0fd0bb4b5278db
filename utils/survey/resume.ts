import type { Model } from 'survey-core';

/**
 * Puts a restored draft back on the page it was saved on. A form with a start page
 * (`firstPageIsStartPage`) restores in the "starting" state, which would show the start page
 * again and, once started, go back to the first page: a draft already begun (saved past the
 * first page, or with answers after the start page) is started first, so the member continues
 * where they stopped. Call after the answers are assigned (`model.data = …`).
 */
export function resumeDraft(model: Model, currentPage: number): void {
  if (model.state === 'starting' && (currentPage > 0 || answeredAfterStartPage(model))) {
    model.start();
  }
  model.currentPageNo = currentPage;
}

function answeredAfterStartPage(model: Model): boolean {
  const startPage = model.startedPage;
  return model
    .getAllQuestions()
    .some((question) => question.page !== startPage && !question.isEmpty());
}
