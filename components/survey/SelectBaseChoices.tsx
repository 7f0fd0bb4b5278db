import type { ItemValue, QuestionCheckboxModel, QuestionSelectBase } from 'survey-core';
import { ChoiceComment } from './ChoiceComment';
import { ChoiceList } from './ChoiceList';
import { domId } from './dom';
import { LocText } from './LocText';
import type { FieldProps } from './QuestionFrame';

/** The visible choices of a radiogroup or checkbox, each with its "Other" details box. */
export function SelectBaseChoices(props: {
  type: 'radio' | 'checkbox';
  question: QuestionSelectBase;
  field: FieldProps;
  select(item: ItemValue, checked: boolean): void;
}) {
  const { question, field } = props;
  const watchItems = choicesMayToggle(question);
  return (
    <ChoiceList
      type={props.type}
      name={domId(question)}
      field={field}
      columns={question.colCount}
      question={question}
      options={question.visibleChoices.map((item, index) => ({
        key: String(item.value),
        item: watchItems ? item : undefined,
        label: <LocText str={item.locText} />,
        checked: question.isItemSelected(item),
        onChange: (checked) => props.select(item, checked),
        after: <ChoiceComment question={question} item={item} index={index} field={field} />,
      }))}
    />
  );
}

/**
 * Whether survey-core may enable or disable a choice while the form is open: by
 * `choicesEnableIf`, a choice's own `enableIf`, `maxSelectedChoices` or the "Select all" item.
 * Only then is each choice watched; otherwise none changes, and a long page saves a
 * subscription per choice.
 */
function choicesMayToggle(question: QuestionSelectBase): boolean {
  const checkbox = question as Partial<QuestionCheckboxModel>;
  return (
    Boolean(question.choicesEnableIf) ||
    (checkbox.maxSelectedChoices ?? 0) > 0 ||
    checkbox.showSelectAllItem === true ||
    question.visibleChoices.some((item) => Boolean(item.enableIf) || !item.isEnabled)
  );
}
