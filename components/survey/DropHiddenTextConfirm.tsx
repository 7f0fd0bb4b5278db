import type { Question } from 'survey-core';
import { titledContainer } from '@/utils/survey/group-title';
import { useT } from '../i18n';
import { InlineConfirm } from './InlineConfirm';

/** Before completion clears hidden boxes that still hold text: which ones, complete or go back. */
export function DropHiddenTextConfirm(props: {
  questions: Question[];
  onConfirm(): void;
  onCancel(): void;
}) {
  const t = useT();
  return (
    <InlineConfirm
      message={t('remedy.complete.drops', { count: props.questions.length })}
      confirmLabel={t('remedy.complete.confirm')}
      cancelLabel={t('remedy.complete.back')}
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
    >
      <ul class="ts-confirm__list">
        {props.questions.map((question) => {
          // The box may be on another page: say which group it is in.
          const group = titledContainer(question)?.locTitle.calculatedText;
          return (
            <li key={question.id}>
              {question.locTitle.calculatedText}
              {group && t('remedy.inGroup', { group })}
            </li>
          );
        })}
      </ul>
    </InlineConfirm>
  );
}
