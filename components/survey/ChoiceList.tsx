import type { ComponentChildren } from 'preact';
import type { ItemValue } from 'survey-core';
import { useSurveyProperties } from './hooks';
import type { FieldProps } from './QuestionFrame';

export interface ChoiceOption {
  key: string;
  label: ComponentChildren;
  checked: boolean;
  onChange(checked: boolean): void;
  /** A survey-core choice, watched for `choicesEnableIf` and max-selection changes. */
  item?: ItemValue;
  /** Shown right after the option, e.g. the details box of "Other". */
  after?: ComponentChildren;
}

/**
 * The native radio or checkbox list behind radiogroup, checkbox, boolean, rating and matrix
 * rows: arrow keys, Space and the browser's focus ring all come for free.
 */
export function ChoiceList(props: {
  type: 'radio' | 'checkbox';
  name: string;
  options: ChoiceOption[];
  field: FieldProps;
  /** survey-core's colCount: 0 lets options flow on one line, n makes n columns. */
  columns?: number;
  class?: string;
}) {
  const columns = Math.min(props.columns ?? 1, 4);
  return (
    <div
      class={['ts-choices', `ts-choices--cols-${columns}`, props.class].filter(Boolean).join(' ')}
    >
      {props.options.map((option, index) => (
        <Choice
          key={option.key}
          id={`${props.name}-${index}`}
          type={props.type}
          name={props.name}
          option={option}
          field={props.field}
        />
      ))}
    </div>
  );
}

function Choice(props: {
  id: string;
  type: 'radio' | 'checkbox';
  name: string;
  option: ChoiceOption;
  field: FieldProps;
}) {
  const { option, field } = props;
  const item = option.item;
  useSurveyProperties(item, ['isEnabled']);
  const disabled = field.disabled || (item !== undefined && !item.isEnabled);
  return (
    <div class="ts-choice">
      <label class="ts-choice__control" for={props.id}>
        <input
          id={props.id}
          type={props.type}
          name={props.name}
          checked={option.checked}
          disabled={disabled}
          aria-invalid={field.invalid ? true : undefined}
          onChange={(event) => option.onChange(event.currentTarget.checked)}
        />
        <span class="ts-choice__label">{option.label}</span>
      </label>
      {option.after}
    </div>
  );
}
