import { formQuestions } from '../pack/form-questions';
import type { LocalizedText, PackForm } from '../pack/schema';

type Form = Pick<PackForm, 'survey' | 'aggregate'>;

/**
 * How serious an answer is on the form's indicator: 0 for any value not listed (e.g. "Không
 * có"), then 1, 2… in the order the indicator lists its values ("mot-phan", "co").
 */
export function severity(form: Form, answer: unknown): number {
  const values = form.aggregate.indicator?.values ?? [];
  return values.findIndex((value) => value === answer) + 1;
}

/** How many counted items carry an indicator value: the member's own headline per round. */
export function flaggedCount(form: Form, data: Readonly<Record<string, unknown>>): number {
  return form.aggregate.groups
    .flatMap((group) => group.questions)
    .filter((name) => severity(form, data[name]) > 0).length;
}

export interface ItemChange {
  name: string;
  title: LocalizedText;
  group: LocalizedText;
  before: LocalizedText;
  after: LocalizedText;
  change: 'better' | 'worse';
}

const NOT_ANSWERED: LocalizedText = { vi: 'Chưa trả lời', en: 'Not answered' };

/** The counted items whose answer moved between two reviews of the form, in form order. */
export function compareReviews(
  form: Form,
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): ItemChange[] {
  const questions = formQuestions(form);
  const text = (name: string, answer: unknown): LocalizedText =>
    answer === undefined
      ? NOT_ANSWERED
      : (questions.get(name)?.choices?.find((choice) => choice.value === answer)?.text ?? {
          vi: String(answer),
        });
  return form.aggregate.groups.flatMap((group) =>
    group.questions.flatMap((name) => {
      const from = severity(form, before[name]);
      const to = severity(form, after[name]);
      if (from === to) return [];
      return [
        {
          name,
          title: questions.get(name)?.title ?? { vi: name },
          group: group.title,
          before: text(name, before[name]),
          after: text(name, after[name]),
          change: to < from ? ('better' as const) : ('worse' as const),
        },
      ];
    }),
  );
}
