import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { QuestionTextModel } from 'survey-core';
import { domId } from './dom';
import type { FieldProps } from './QuestionFrame';
import { type BodyProps, positive, writeText } from './question-body';

/** Input types that stay plain, typeable fields; the checker rejects the others (range, color…). */
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

/** Attributes every text input shares, masked or not. */
function commonProps(question: QuestionTextModel, field: FieldProps) {
  const dataList = question.dataList;
  const size = positive(question.inputSize);
  const align = question.inputTextAlignment;
  return {
    id: field.inputId,
    class: size ? 'ts-input ts-input--sized' : 'ts-input',
    // `dataList`: the browser offers these as suggestions; any other text is still allowed.
    list: dataList.length > 0 ? domId(question, 'datalist') : undefined,
    size,
    style: align === 'left' || align === 'right' ? { textAlign: align } : undefined,
    placeholder: question.renderedPlaceholder || undefined,
    maxLength: positive(question.getMaxLength()),
    autocomplete: question.autocomplete || 'off',
    disabled: field.disabled,
    'aria-invalid': field.invalid ? true : undefined,
    'aria-describedby': field.describedBy,
  };
}

export function TextQuestion(props: BodyProps<QuestionTextModel>) {
  const { question } = props;
  const dataList = question.dataList;
  return (
    <>
      {question.maskTypeIsEmpty ? <PlainInput {...props} /> : <MaskedInput {...props} />}
      {dataList.length > 0 && (
        <datalist id={domId(question, 'datalist')}>
          {dataList.map((item) => (
            <option key={item} value={item} />
          ))}
        </datalist>
      )}
    </>
  );
}

function PlainInput({ question, field }: BodyProps<QuestionTextModel>) {
  const value = question.value as unknown;
  return (
    <input
      {...commonProps(question, field)}
      // Preact types <input> props per type; the rest suits every typeable type.
      type={inputType(question.inputType) as 'text'}
      value={value === undefined || value === null ? '' : String(value)}
      min={question.renderedMin}
      max={question.renderedMax}
      step={question.renderedStep}
      onInput={(event) => writeText(question, event.currentTarget.value)}
    />
  );
}

/** The on-screen keyboard a phone should offer for each mask. */
const INPUT_MODES: Record<string, 'numeric' | 'decimal' | undefined> = {
  numeric: 'decimal',
  currency: 'decimal',
  datetime: 'numeric',
};

/**
 * An input with survey-core's mask (`maskType` numeric, currency, datetime or pattern, with
 * `maskSettings`): survey-core's InputElementAdapter formats every keystroke in the element
 * itself, so the element is left uncontrolled and survey-core reads it back, unmasked, on
 * change, Enter and blur, as in SurveyJS's own renderer.
 */
function MaskedInput({ question, field }: BodyProps<QuestionTextModel>) {
  const ref = useRef<HTMLInputElement>(null);
  const settings = JSON.stringify(question.maskSettings?.toJSON?.() ?? {});
  useLayoutEffect(() => {
    const input = ref.current;
    if (!input) return;
    question.afterRenderQuestionElement(input);
    return () => question.beforeDestroyQuestionElement(input);
  }, [question, question.maskType, settings]);
  useCommitBeforeHide(ref, question);
  return (
    <input
      {...commonProps(question, field)}
      ref={ref}
      type={inputType(question.inputType) as 'text'}
      defaultValue={question.inputValue}
      inputMode={INPUT_MODES[question.maskType]}
      onKeyUp={(event) => question.onKeyUp(event)}
      onKeyDown={(event) => question.onKeyDown(event)}
      onChange={(event) => question.onChange(event)}
      onFocus={(event) => question.onFocus(event)}
      onBlur={(event) => question.onBlur(event)}
    />
  );
}

/**
 * A masked value reaches survey-core only when the field is left (blur, change, Enter), and
 * closing the tab fires none of these: so when the page is hidden, the field's text is handed
 * to survey-core as leaving it would. Capturing on the window runs before the autosave's own
 * listeners (on the document), so its flush writes the value.
 */
function useCommitBeforeHide(
  ref: { current: HTMLInputElement | null },
  question: QuestionTextModel,
): void {
  useEffect(() => {
    const commit = () => {
      const input = ref.current;
      // survey-core reads the text from the event's target, and ignores it when unchanged.
      if (input) question.onBlur({ target: input } as unknown as FocusEvent);
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') commit();
    };
    window.addEventListener('visibilitychange', onVisibilityChange, true);
    window.addEventListener('pagehide', commit, true);
    return () => {
      window.removeEventListener('visibilitychange', onVisibilityChange, true);
      window.removeEventListener('pagehide', commit, true);
    };
  }, [ref, question]);
}
