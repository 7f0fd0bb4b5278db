import type { Question } from 'survey-core';
import type { FieldProps } from './QuestionFrame';

/** Props of the part of a question below its title: the inputs. */
export interface BodyProps<Q extends Question> {
  question: Q;
  field: FieldProps;
}

/**
 * Saves typed text on every keystroke rather than on blur, so that a draft never loses it.
 * An emptied field clears the answer instead of storing "".
 */
export function writeText(question: Question, text: string): void {
  if (text === '') question.clearValue();
  else question.value = text;
}

/** survey-core reports "no limit" as 0, -1 or null. */
export function positive(length: number | null | undefined): number | undefined {
  return length !== null && length !== undefined && length > 0 ? length : undefined;
}
