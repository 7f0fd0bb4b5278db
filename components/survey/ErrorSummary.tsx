import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import type { Model, PanelModel, Question, SurveyElement } from 'survey-core';
import { elementsWithErrors, onlyMissingAnswers } from '@/utils/survey/errors';
import { useT } from '../i18n';
import { useRerenderOn } from './hooks';
import { ElementTitle } from './QuestionFrame';

/**
 * After a failed "next" or "complete": how many questions still need attention, each a button
 * that takes the member there. Recounted as they answer; gone once nothing is left.
 */
export function ErrorSummary(props: {
  model: Model;
  containerRef: Ref<HTMLElement>;
  onJump(element: SurveyElement): void;
}) {
  const t = useT();
  const headingId = useId();
  useRerenderOn(props.model.onValueChanged);
  const elements = elementsWithErrors(props.model);
  if (elements.length === 0) return null;
  const key = onlyMissingAnswers(elements) ? 'survey.errors.unanswered' : 'survey.errors.invalid';
  return (
    <section
      class="ts-error-summary"
      ref={props.containerRef}
      tabIndex={-1}
      aria-labelledby={headingId}
    >
      {/* A status region, so that the recount is announced as answers come in. */}
      <p class="ts-error-summary__title" id={headingId} role="status">
        {t(key, { count: elements.length })}
      </p>
      <ul class="ts-error-summary__list">
        {elements.map((element) => {
          const titled = element as Question | PanelModel;
          return (
            <li key={element.id}>
              <button type="button" class="ts-link-button" onClick={() => props.onJump(element)}>
                <ElementTitle element={titled} no={titled.no} required={false} />
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
