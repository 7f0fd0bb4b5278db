import { formQuestions } from '../pack/form-questions';
import type { LocalizedText, PackForm } from '../pack/schema';

export interface FlaggedGroup {
  title: LocalizedText;
  items: Array<{ title: LocalizedText; answer: LocalizedText }>;
}

/**
 * The items a member marked with one of the form's indicator values ("Có biểu hiện", "Có biểu
 * hiện một phần"), by group, read from the stored answers and the form JSON — no survey-core,
 * so a page can show them at once. Empty for a form without an indicator.
 */
export function flaggedItems(
  form: Pick<PackForm, 'survey' | 'aggregate'>,
  data: Readonly<Record<string, unknown>>,
): FlaggedGroup[] {
  const values = form.aggregate.indicator?.values;
  if (!values) return [];
  const questions = formQuestions(form);
  return form.aggregate.groups
    .map((group) => ({
      title: group.title,
      items: group.questions.flatMap((name) => {
        const question = questions.get(name);
        const answer = data[question?.valueName ?? name];
        if (!question || !values.some((value) => value === answer)) return [];
        const choice = question.choices?.find((option) => option.value === answer);
        return [{ title: question.title, answer: choice?.text ?? { vi: String(answer) } }];
      }),
    }))
    .filter((group) => group.items.length > 0);
}
