import type { LocalizableString, PanelModel, Question } from 'survey-core';

/**
 * The nearest panel around a question that has a title, else its page if that has one: the
 * group a member would name it by ("Nhóm I…").
 */
export function titledContainer(question: Question): { locTitle: LocalizableString } | null {
  let parent = question.parent as PanelModel | undefined;
  while (parent) {
    if (parent.locTitle.calculatedText !== '' && (parent.isPage || parent.hasTitle)) return parent;
    parent = parent.parent as PanelModel | undefined;
  }
  return null;
}
