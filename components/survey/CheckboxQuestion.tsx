import type { QuestionCheckboxModel } from 'survey-core';
import type { BodyProps } from './question-body';
import { SelectBaseChoices } from './SelectBaseChoices';

export function CheckboxQuestion({ question, field }: BodyProps<QuestionCheckboxModel>) {
  return (
    <SelectBaseChoices
      type="checkbox"
      question={question}
      field={field}
      // survey-core's click handler sets `question.value` and applies the rules of the "None"
      // and "Select all" items and of maxSelectedChoices.
      select={(item, checked) => question.clickItemHandler(item, checked)}
    />
  );
}
