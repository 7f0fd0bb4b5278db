import type { Ref } from 'preact';
import type { IElement, PageModel } from 'survey-core';
import { useT } from '../i18n';
import { domId } from './dom';
import { ElementList } from './ElementView';
import { useLocText, useSurveyProperties } from './hooks';
import { Description } from './QuestionFrame';

/** One page: where we are, its heading (focused on page change) and its elements. */
export function PageView(props: {
  page: PageModel;
  pageNo: number;
  pageCount: number;
  /** survey-core's `showPageTitles`: when false the heading stays, for screen readers only. */
  showTitle?: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  /** In simple mode: the one question shown, instead of all the page's elements. */
  only?: IElement | undefined;
}) {
  const t = useT();
  const { page } = props;
  useSurveyProperties(page, ['elements']);
  const title = useLocText(page.locTitle);
  const headingId = domId(page, 'title');
  return (
    <section class="ts-page" aria-labelledby={headingId}>
      {props.pageCount > 1 && (
        <p class="ts-page__indicator">
          {t('survey.pageOf', { page: props.pageNo + 1, count: props.pageCount })}
        </p>
      )}
      <h2
        class={props.showTitle === false ? 'ts-visually-hidden' : 'ts-page__title'}
        id={headingId}
        ref={props.headingRef}
        tabIndex={-1}
      >
        {title || t('survey.pageHeading', { page: props.pageNo + 1 })}
      </h2>
      <Description element={page} />
      <ElementList elements={props.only ? [props.only] : page.elements} />
    </section>
  );
}
