import type {
  IElement,
  Model,
  PageModel,
  PanelModel,
  QuestionPanelDynamicModel,
  SurveyElement,
} from 'survey-core';

/** Error types that only mean "this still needs an answer". */
const MISSING_ANSWER = new Set(['required', 'requireoneanswer', 'requiredinallrowserror']);

/**
 * Visible questions and panels that show errors right now, in page order, including those
 * inside panels and dynamic panels.
 */
export function elementsWithErrors(model: Model): SurveyElement[] {
  const found: SurveyElement[] = [];
  const visit = (elements: IElement[]) => {
    // survey-core types children by interface; at run time every one is a SurveyElement.
    for (const element of elements as unknown as SurveyElement[]) {
      if (!element.isVisible) continue;
      if (element.errors.length > 0) found.push(element);
      if (element.isPanel) visit((element as PanelModel).elements);
      if (element.getType() === 'paneldynamic') {
        for (const panel of (element as QuestionPanelDynamicModel).visiblePanels) {
          visit(panel.elements);
        }
      }
    }
  };
  for (const page of model.visiblePages) visit(page.elements);
  return found;
}

/** Whether all these errors are only missing answers (not invalid ones). */
export function onlyMissingAnswers(elements: SurveyElement[]): boolean {
  return elements.every((element) =>
    element.errors.every((error) => MISSING_ANSWER.has(error.getErrorType())),
  );
}

/** The page an element is on, also for questions inside a dynamic panel. */
export function pageOf(model: Model, element: SurveyElement): PageModel | null {
  let current: SurveyElement | null = element;
  while (current) {
    const page = model.getPageByElement(current as unknown as IElement);
    if (page) return page;
    current = current.parentQuestion ?? null;
  }
  return null;
}
