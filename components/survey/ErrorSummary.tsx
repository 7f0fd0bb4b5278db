import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import type { Model, PageModel, PanelModel, Question, SurveyElement } from 'survey-core';
import { elementsWithErrors, onlyMissingAnswers, pageOf } from '@/utils/survey/errors';
import { useT } from '../i18n';
import { useLocText, useRerenderOnAnswers } from './hooks';
import { ElementTitle } from './QuestionFrame';

/**
 * After a failed "next" or "complete": how many questions still need attention, each a button
 * that takes the member there. Recounted as they answer; gone once nothing is left.
 */
export function ErrorSummary(props: {
  model: Model;
  containerRef: Ref<HTMLElement>;
  onJump(element: SurveyElement): void;
  /** Count them as "biểu hiện" rather than questions. */
  manifestations?: boolean;
}) {
  const t = useT();
  const headingId = useId();
  useRerenderOnAnswers(props.model);
  const elements = elementsWithErrors(props.model);
  if (elements.length === 0) return null;
  const unanswered = props.manifestations
    ? 'remedy.unanswered.manifestations'
    : 'survey.errors.unanswered';
  const key = onlyMissingAnswers(elements) ? unanswered : 'survey.errors.invalid';
  const groups = groupByPage(props.model, elements);
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
      {groups.map(({ page, elements: onPage }) => (
        <div key={page?.id ?? 'none'}>
          {/* Item numbers restart on each page, so say which page an item is on. */}
          {groups.length > 1 && page && (
            <p class="ts-error-summary__page">
              <PageTitle page={page} />
            </p>
          )}
          <ul class="ts-error-summary__list">
            {onPage.map((element) => {
              const titled = element as Question | PanelModel;
              return (
                <li key={element.id}>
                  <button
                    type="button"
                    class="ts-link-button"
                    onClick={() => props.onJump(element)}
                  >
                    <ElementTitle element={titled} no={titled.no} required={false} />
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}

function PageTitle(props: { page: PageModel }) {
  const t = useT();
  const title = useLocText(props.page.locTitle);
  return <>{title || t('survey.pageHeading', { page: props.page.visibleIndex + 1 })}</>;
}

/** Elements in page order, split where the page changes. */
function groupByPage(model: Model, elements: SurveyElement[]) {
  const groups: { page: PageModel | null; elements: SurveyElement[] }[] = [];
  for (const element of elements) {
    const page = pageOf(model, element);
    const last = groups.at(-1);
    if (last && last.page === page) last.elements.push(element);
    else groups.push({ page, elements: [element] });
  }
  return groups;
}
