import {
  type ChoiceOption,
  choiceKey,
  type FormQuestion,
  formQuestions,
  nameKey,
} from '../pack/form-questions';
import type { LocalizedText, PackForm } from '../pack/schema';
import { surveyNodes } from '../pack/survey-elements';
import type { RoundItem, RoundShape, RoundValue } from './types';

const NOT_ANSWERED: LocalizedText = { vi: 'Không trả lời', en: 'No answer' };

/**
 * What a round on this form counts: each counted question with every answer it can carry,
 * in the order of the form's aggregate groups. Contributions, tallies and reports all index
 * answers by this shape, so it must come out the same on every device: it depends only on
 * the form's JSON.
 */
export function roundShape(form: Pick<PackForm, 'survey' | 'aggregate'>): RoundShape {
  const questions = formQuestions(form);
  const flaggedKeys = new Set((form.aggregate.indicator?.values ?? []).map(choiceKey));
  const conditionalContainers = hasConditionalContainer(form);
  const items: RoundItem[] = [];
  const groups = form.aggregate.groups.map((group) => {
    const names: string[] = [];
    for (const listed of group.questions) {
      const question = questions.get(nameKey(listed));
      // The pack checks guarantee a choice question with written choices; skip defensively.
      if (!question?.choices) continue;
      items.push(itemOf(question, question.choices, group.id, flaggedKeys, conditionalContainers));
      names.push(question.name);
    }
    return { id: group.id, title: group.title, items: names };
  });
  const indicator = form.aggregate.indicator;
  return { items, groups, indicator: indicator && { title: indicator.title } };
}

function itemOf(
  question: FormQuestion,
  choices: ChoiceOption[],
  groupId: string,
  flaggedKeys: ReadonlySet<string>,
  conditionalContainers: boolean,
): RoundItem {
  const values: RoundValue[] = choices.map((choice) => ({
    value: choice.value,
    text: choice.text,
    flagged: flaggedKeys.has(choice.key),
  }));
  const kind = question.type === 'checkbox' ? 'multi' : 'single';
  if (kind === 'single' && mayStayUnanswered(question, conditionalContainers)) {
    values.push({ value: null, text: NOT_ANSWERED, flagged: false });
  }
  return { name: question.name, groupId, title: question.title, kind, values };
}

/**
 * A completed review can leave a question unanswered unless it is required and always shown.
 * Listing "not answered" only when it can happen keeps randomised answers among real choices.
 */
function mayStayUnanswered(question: FormQuestion, conditionalContainers: boolean): boolean {
  const { json } = question.node;
  if (json.isRequired !== true) return true;
  return conditionalContainers || isConditional(json);
}

function isConditional(json: Record<string, unknown>): boolean {
  return json.visibleIf !== undefined || json.visible === false || json.enableIf !== undefined;
}

/** A page or panel that can be hidden hides its required questions too. */
function hasConditionalContainer(form: Pick<PackForm, 'survey'>): boolean {
  return surveyNodes(form.survey, '$').some(
    (node) => (node.kind === 'page' || node.type === 'panel') && isConditional(node.json),
  );
}
