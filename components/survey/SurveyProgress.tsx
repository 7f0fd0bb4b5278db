import { useId } from 'preact/hooks';
import type { Model } from 'survey-core';
import { getProgress } from '@/utils/survey/progress';
import { useT } from '../i18n';
import { useRerenderOn, useRerenderOnAnswers } from './hooks';

/** "Đã trả lời 12/27" and a bar, counted the way survey-core counts progress. */
export function SurveyProgress(props: { model: Model }) {
  const t = useT();
  const textId = useId();
  const { model } = props;
  // Answers drive visibleIf/requiredIf too, so value changes cover almost every recount.
  useRerenderOnAnswers(model);
  useRerenderOn(model.onQuestionVisibleChanged);
  useRerenderOn(model.onDynamicPanelRemoved);
  const { answered, total } = getProgress(model);
  if (total === 0) return null;
  const text = t('survey.progress', { answered, total });
  return (
    <div class="ts-progress">
      <p class="ts-progress__text" id={textId}>
        {text}
      </p>
      <progress class="ts-progress__bar" max={total} value={answered} aria-labelledby={textId} />
    </div>
  );
}
