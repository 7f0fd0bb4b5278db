import type { Locale } from '@/utils/i18n/types';
import { type FormQuestion, formQuestions, localizedOf } from '@/utils/pack/form-questions';
import { localize } from '@/utils/pack/localize';
import type { PackForm } from '@/utils/pack/schema';

export interface AnswerWords {
  empty: string;
  yes: string;
  no: string;
}

/**
 * An answer stored under `key` as a member reads it: choice values become their texts, a
 * yes/no its labels, lists are joined; anything else (matrix, dynamic panel) shows as JSON.
 */
export function answerText(
  form: Pick<PackForm, 'survey'> | undefined,
  key: string,
  value: unknown,
  locale: Locale,
  words: AnswerWords,
): string {
  const question = form ? questionByKey(form, key) : undefined;
  const one = (item: unknown): string => {
    if (item === undefined || item === null || item === '') return words.empty;
    if (question?.type === 'boolean' && typeof item === 'boolean') {
      const label = localizedOf(question.node.json[item ? 'labelTrue' : 'labelFalse']);
      return label ? localize(label, locale) : item ? words.yes : words.no;
    }
    const choice = question?.choices?.find((option) => option.value === item);
    if (choice) return localize(choice.text, locale);
    return typeof item === 'object' ? JSON.stringify(item) : String(item);
  };
  return Array.isArray(value) ? value.map(one).join(', ') || words.empty : one(value);
}

/** The question whose answer survey-core stores under `key` (its valueName, else its name). */
function questionByKey(form: Pick<PackForm, 'survey'>, key: string): FormQuestion | undefined {
  for (const question of formQuestions(form).values()) {
    if ((question.valueName ?? question.name) === key) return question;
  }
  return undefined;
}
