import { useRef } from 'preact/hooks';
import type { QuestionCommentModel } from 'survey-core';
import { growsWithText } from '@/utils/survey/auto-grow';
import { useT } from '../i18n';
import { domId, idList } from './dom';
import { type BodyProps, positive, writeText } from './question-body';
import { useAutoGrow } from './useAutoGrow';

export function CommentQuestion({ question, field }: BodyProps<QuestionCommentModel>) {
  const t = useT();
  const value = typeof question.value === 'string' ? question.value : '';
  const maxLength = positive(question.getMaxLength());
  // The remaining-characters hint only helps while the member can type.
  const showCounter = maxLength !== undefined && !field.disabled;
  const counterId = domId(question, 'counter');
  const grows = growsWithText(question);
  const ref = useRef<HTMLTextAreaElement>(null);
  useAutoGrow(ref, value, grows);
  return (
    <>
      <textarea
        ref={ref}
        id={field.inputId}
        class={[
          'ts-input ts-textarea',
          // A box grows with its text unless told not to; allowResize / allowResizeComment as resolved.
          grows && 'ts-textarea--grow',
          !question.renderedAllowResize && 'ts-textarea--fixed',
        ]
          .filter(Boolean)
          .join(' ')}
        rows={question.rows}
        value={value}
        placeholder={question.renderedPlaceholder || undefined}
        maxLength={maxLength}
        disabled={field.disabled}
        aria-invalid={field.invalid ? true : undefined}
        aria-describedby={idList(field.describedBy, showCounter && counterId)}
        onKeyDown={(event) => {
          // acceptCarriageReturn: false keeps the answer on one line.
          if (event.key === 'Enter' && !question.acceptCarriageReturn) event.preventDefault();
        }}
        onInput={(event) => writeText(question, event.currentTarget.value)}
      />
      {showCounter && (
        <p class="ts-hint" id={counterId}>
          {t('survey.charactersLeft', { count: Math.max(maxLength - value.length, 0) })}
        </p>
      )}
    </>
  );
}
