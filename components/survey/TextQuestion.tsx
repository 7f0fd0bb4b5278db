import type { QuestionTextModel } from 'survey-core';
import { type BodyProps, positive, writeText } from './question-body';

/** Input types that stay plain, typeable fields; anything else (range, color…) falls back to text. */
const TYPEABLE = [
  'text',
  'number',
  'date',
  'email',
  'tel',
  'url',
  'time',
  'month',
  'week',
] as const;

function inputType(type: string): (typeof TYPEABLE)[number] | 'datetime-local' {
  if (type === 'datetime-local') return type;
  return TYPEABLE.find((typeable) => typeable === type) ?? 'text';
}

export function TextQuestion({ question, field }: BodyProps<QuestionTextModel>) {
  const value = question.value as unknown;
  return (
    <input
      id={field.inputId}
      class="ts-input"
      // Preact types <input> props per type; the rest below suits every typeable type.
      type={inputType(question.inputType) as 'text'}
      value={value === undefined || value === null ? '' : String(value)}
      placeholder={question.renderedPlaceholder || undefined}
      maxLength={positive(question.getMaxLength())}
      min={question.renderedMin}
      max={question.renderedMax}
      step={question.renderedStep}
      autocomplete={question.autocomplete || 'off'}
      disabled={field.disabled}
      aria-invalid={field.invalid ? true : undefined}
      aria-describedby={field.describedBy}
      onInput={(event) => writeText(question, event.currentTarget.value)}
    />
  );
}
