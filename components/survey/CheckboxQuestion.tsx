import type { QuestionCheckboxModel } from 'survey-core';
import { ChoiceComment } from './ChoiceComment';
import { ChoiceList } from './ChoiceList';
import { domId } from './dom';
import { LocText } from './LocText';
import type { BodyProps } from './question-body';

export function CheckboxQuestion({ question, field }: BodyProps<QuestionCheckboxModel>) {
  return (
    <ChoiceList
      type="checkbox"
      name={domId(question)}
      field={field}
      columns={question.colCount}
      options={question.visibleChoices.map((item, index) => ({
        key: String(item.value),
        item,
        label: <LocText str={item.locText} />,
        checked: question.isItemSelected(item),
        // survey-core's click handler sets `question.value` and applies the rules of the
        // "None" and "Select all" items and of maxSelectedChoices.
        onChange: (checked) => question.clickItemHandler(item, checked),
        after: <ChoiceComment question={question} item={item} index={index} field={field} />,
      }))}
    />
  );
}
