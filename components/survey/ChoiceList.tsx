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

/** What survey-core's auto-advance needs to tell a pointer choice from arrow keys. */
export interface ChoiceListQuestion {
  onMouseDown(): void;
  onKeyDown?(event: KeyboardEvent): void;
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
  /**
   * survey-core's auto-advance (`autoAdvanceEnabled`) turns the page after a pointer choice or
   * Enter, never after arrow keys, so that keyboard users can look before they leave; the
   * question learns which it was from these.
   */
  question?: ChoiceListQuestion;
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
          question={props.question}
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
  question?: ChoiceListQuestion;
}) {
  const { option, field } = props;
  const item = option.item;
  useSurveyProperties(item, ['isEnabled']);
  const disabled = field.disabled || (item !== undefined && !item.isEnabled);
  return (
    <div class="ts-choice">
      <label
        class="ts-choice__control"
        for={props.id}
        onMouseDown={() => props.question?.onMouseDown()}
      >
        <input
          id={props.id}
          type={props.type}
          name={props.name}
          checked={option.checked}
          disabled={disabled}
          aria-invalid={field.invalid ? true : undefined}
          onKeyDown={(event) => props.question?.onKeyDown?.(event)}
          onChange={(event) => option.onChange(event.currentTarget.checked)}
        />
        <span class="ts-choice__label">{option.label}</span>
      </label>
      {option.after}
    </div>
  );
}
