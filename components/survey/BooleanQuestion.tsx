import type { QuestionBooleanModel } from 'survey-core';
import { ChoiceList } from './ChoiceList';
import { domId } from './dom';
import type { BodyProps } from './question-body';

/** Two radios rather than a switch: "Có" and "Không" both stay visible and explicit. */
export function BooleanQuestion({ question, field }: BodyProps<QuestionBooleanModel>) {
  const answers = question.swapOrder ? [true, false] : [false, true];
  return (
    <ChoiceList
      type="radio"
      name={domId(question)}
      field={field}
      columns={0}
      options={answers.map((answer) => ({
        key: String(answer),
        label: answer ? question.labelTrue : question.labelFalse,
        checked: question.booleanValue === answer,
        onChange: (checked) => {
          if (checked) question.value = answer ? question.getValueTrue() : question.getValueFalse();
        },
      }))}
    />
  );
}
