import type { QuestionRadiogroupModel } from 'survey-core';
import { useT } from '../i18n';
import { ChoiceComment } from './ChoiceComment';
import { ChoiceList } from './ChoiceList';
import { domId } from './dom';
import { LocText } from './LocText';
import type { BodyProps } from './question-body';

export function RadioGroupQuestion({ question, field }: BodyProps<QuestionRadiogroupModel>) {
  const t = useT();
  return (
    <>
      <ChoiceList
        type="radio"
        name={domId(question)}
        field={field}
        columns={question.colCount}
        options={question.visibleChoices.map((item, index) => ({
          key: String(item.value),
          item,
          label: <LocText str={item.locText} />,
          checked: question.isItemSelected(item),
          onChange: (checked) => {
            if (checked) question.value = item.value;
          },
          after: <ChoiceComment question={question} item={item} index={index} field={field} />,
        }))}
      />
      {/* A radio cannot be unticked: this undoes a mistaken answer to an optional question. */}
      {question.canShowClearButton && !question.isEmpty() && (
        <button type="button" class="ts-link-button" onClick={() => question.clearValue()}>
          {t('survey.clearChoice')}
        </button>
      )}
    </>
  );
}
