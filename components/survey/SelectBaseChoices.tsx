import type { ItemValue, QuestionSelectBase } from 'survey-core';
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
  return (
    <ChoiceList
      type={props.type}
      name={domId(question)}
      field={field}
      columns={question.colCount}
      question={question}
      options={question.visibleChoices.map((item, index) => ({
        key: String(item.value),
        item,
        label: <LocText str={item.locText} />,
        checked: question.isItemSelected(item),
        onChange: (checked) => props.select(item, checked),
        after: <ChoiceComment question={question} item={item} index={index} field={field} />,
      }))}
    />
  );
}
