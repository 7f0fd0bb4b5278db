import type { QuestionDropdownModel } from 'survey-core';
import { ChoiceComment } from './ChoiceComment';
import { LocText } from './LocText';
import type { BodyProps } from './question-body';

/** A native `<select>`: familiar, keyboard- and screen-reader-friendly on every platform. */
export function DropdownQuestion({ question, field }: BodyProps<QuestionDropdownModel>) {
  const choices = question.visibleChoices;
  const selected = choices.findIndex((item) => question.isItemSelected(item));
  return (
    <>
      <select
        id={field.inputId}
        class="ts-select"
        value={String(selected)}
        disabled={field.disabled}
        aria-invalid={field.invalid ? true : undefined}
        aria-describedby={field.describedBy}
        onChange={(event) => {
          const item = choices[Number(event.currentTarget.value)];
          if (item) question.value = item.value;
          else question.clearValue();
        }}
      >
        {/* Kept selectable: it is the only way to clear a native select. */}
        <option value="-1">{question.placeholder}</option>
        {choices.map((item, index) => (
          <option key={String(item.value)} value={String(index)} disabled={!item.isEnabled}>
            <LocText str={item.locText} />
          </option>
        ))}
      </select>
      {choices.map((item, index) => (
        <ChoiceComment
          key={String(item.value)}
          question={question}
          item={item}
          index={index}
          field={field}
        />
      ))}
    </>
  );
}
