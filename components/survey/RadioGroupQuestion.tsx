import type { QuestionRadiogroupModel } from 'survey-core';
import { useT } from '../i18n';
import type { BodyProps } from './question-body';
import { SelectBaseChoices } from './SelectBaseChoices';

export function RadioGroupQuestion({ question, field }: BodyProps<QuestionRadiogroupModel>) {
  const t = useT();
  return (
    <>
      <SelectBaseChoices
        type="radio"
        question={question}
        field={field}
        select={(item, checked) => {
          if (checked) question.value = item.value;
        }}
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
