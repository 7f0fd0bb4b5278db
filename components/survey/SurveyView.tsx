import './survey.css';
import type { ComponentChildren } from 'preact';
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { Model, PageModel, PanelModel, Question, SurveyElement } from 'survey-core';
import { pageOf } from '@/utils/survey/errors';
import { useT } from '../i18n';
import { DropHiddenTextConfirm } from './DropHiddenTextConfirm';
import { domId, focusFirstControl, focusFromTop } from './dom';
import { ErrorSummary } from './ErrorSummary';
import { HiddenTextContext, useHiddenTextWatch } from './HiddenTextNotice';
import { useFocusRequest, useRerenderOn, useSurveyEvent, useSurveyProperties } from './hooks';
import { PageView } from './PageView';
import { PreviewView } from './PreviewView';
import { SurveyHeader } from './SurveyHeader';
import { SurveyProgress } from './SurveyProgress';
import { useHiddenTextGuard } from './useHiddenTextGuard';

export interface SurveyViewProps {
  model: Model;
  /** Shown instead of the pages once the survey is completed (default: a thank-you line). */
  completed?: ComponentChildren;
  /** The form's items are "biểu hiện" (a pack form with aggregate groups), not plain questions. */
  manifestations?: boolean;
  /** Simple mode: one question per screen (survey-core's questionPerPage), plain button words. */
  simple?: boolean;
}

type FocusTarget = 'heading' | 'summary' | 'completed' | 'complete' | { element: SurveyElement };

const SURVEY_PROPERTIES = [
  'state',
  'currentPage',
  'activePage',
  'showPageTitles',
  'isShowPrevButton',
  'isShowNextButton',
  'isCompleteButtonVisible',
  'isPreviewButtonVisible',
  'isCancelPreviewButtonVisible',
];

/**
 * Renders a survey-core model with our own accessible markup. Re-renders only on page, state
 * and locale changes; each question watches its own properties. Besides the running pages it
 * shows survey-core's start page (`firstPageIsStartPage`, with a Start button) and its preview
 * before complete (`showPreviewBeforeComplete`, with an Edit button per page). A model in
 * display mode (`model.mode = 'display'`) is shown read-only; nothing here saves anything.
 */
export function SurveyView(props: SurveyViewProps) {
  const t = useT();
  const { model } = props;
  useSurveyProperties(model, SURVEY_PROPERTIES);
  useRerenderOn(model.onLocaleChangedEvent);
  // Failed attempts since the last page turn: the error summary shows while above zero, and
  // each bump re-renders so that focus moves again even if the summary is already there.
  const [attempts, setAttempts] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLElement>(null);
  const completedRef = useRef<HTMLDivElement>(null);
  const focusRequest = useRef<FocusTarget | null>(null);
  const completeRef = useRef<HTMLButtonElement>(null);
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const watch = useHiddenTextWatch(model);
  const guard = useHiddenTextGuard(model);
  const simple = props.simple === true;
  useSimpleMode(model, simple, rerender);

  useSurveyEvent(model.onCurrentPageChanged, () => {
    // In simple mode this fires for each question too: show it and move to it.
    const single = model.isSingleVisibleQuestion ? model.currentSingleQuestion : undefined;
    focusRequest.current = single ? { element: single } : 'heading';
    if (single) rerender(0);
    // Notices belong to the page where the answer changed; completion warns about the rest.
    watch.resync();
  });
  useSurveyEvent(model.onComplete, () => {
    focusRequest.current = 'completed';
  });
  useFocusRequest(focusRequest, (target) => {
    if (target === 'heading') focusFromTop(headingRef.current);
    else if (target === 'summary') focusFromTop(summaryRef.current ?? headingRef.current);
    else if (target === 'completed') focusFromTop(completedRef.current);
    else if (target === 'complete') completeRef.current?.focus();
    else focusFirstControl(domId(target.element));
  });

  // survey-core has already validated and may have moved to the page of the first error.
  const failed = () => {
    focusRequest.current = 'summary';
    setAttempts((count) => count + 1);
  };
  const turnPage = (ok: boolean) => (ok ? setAttempts(0) : failed());
  const jumpTo = (element: SurveyElement) => {
    const page = pageOf(model, element);
    if (page && page !== model.currentPage) model.currentPage = page;
    // A collapsed panel (`state`) hides its questions: open every one around the target.
    (element as Partial<Question>).expandAllParents?.();
    if (element.isCollapsed) element.expand();
    focusRequest.current = { element };
    setAttempts((count) => count + 1);
  };
  const focusElement = (element: SurveyElement) => {
    focusRequest.current = { element };
    rerender(0);
  };
  const keepEditing = () => {
    guard.goBack();
    focusRequest.current = 'complete';
  };

  if (model.state === 'completed') {
    return (
      <div class="ts-survey ts-survey--completed" ref={completedRef} tabIndex={-1}>
        {props.completed ?? <p>{model.getLocalizationString('completingSurvey')}</p>}
      </div>
    );
  }
  // The start page while starting, the preview page while previewing, else the current page.
  const page = model.activePage as PageModel | undefined;
  if (!page) return <p class="ts-survey">{model.emptySurveyText}</p>;
  const starting = model.state === 'starting';
  const previewing = model.state === 'preview';
  // survey-core's own state changes (start, preview, edit) do not always fire onCurrentPageChanged.
  const act = (change: () => unknown) => {
    focusRequest.current = 'heading';
    if (change() === false) failed();
    else setAttempts(0);
  };
  // widthMode "static" with a `width`: survey-core's renderedWidth, never wider than our page.
  const width = model.renderedWidth;
  return (
    <div class="ts-survey" style={width ? { maxWidth: `min(${width}, 48rem)` } : undefined}>
      <SurveyHeader model={model} />
      {!starting && <SurveyProgress model={model} />}
      {attempts > 0 && (
        <ErrorSummary
          model={model}
          containerRef={summaryRef}
          onJump={jumpTo}
          manifestations={props.manifestations}
        />
      )}
      {previewing ? (
        <PreviewView
          key={page.id}
          page={page}
          editText={model.editText}
          headingRef={headingRef}
          onEdit={(section: PanelModel) => act(() => model.cancelPreviewByPage(section))}
        />
      ) : (
        <HiddenTextContext.Provider value={{ watch, focus: focusElement }}>
          <PageView
            key={page.id}
            page={page}
            pageNo={starting ? 0 : model.currentPageNo}
            pageCount={starting ? 1 : model.visiblePageCount}
            showTitle={model.showPageTitles}
            headingRef={headingRef}
            only={model.isSingleVisibleQuestion ? model.currentSingleQuestion : undefined}
          />
        </HiddenTextContext.Provider>
      )}
      {guard.dropping.length > 0 && (
        <DropHiddenTextConfirm
          questions={guard.dropping}
          onConfirm={guard.completeAnyway}
          onCancel={keepEditing}
        />
      )}
      <nav class="ts-nav" aria-label={t('survey.navigation')}>
        {starting ? (
          <button
            type="button"
            class="button button--primary"
            onClick={() => act(() => model.start())}
          >
            {model.startSurveyText}
          </button>
        ) : (
          <>
            {model.isShowPrevButton && (
              <button
                type="button"
                class="button"
                onClick={() => turnPage(simple ? model.performPrevious() : model.prevPage())}
              >
                {simple ? t('simple.previous') : model.pagePrevText}
              </button>
            )}
            {model.isCancelPreviewButtonVisible && (
              <button type="button" class="button" onClick={() => act(() => model.cancelPreview())}>
                {model.editText}
              </button>
            )}
            {model.isShowNextButton && (
              <button
                type="button"
                class="button button--primary"
                onClick={() => turnPage(simple ? model.performNext() : model.nextPage())}
              >
                {simple ? t('simple.next') : model.pageNextText}
              </button>
            )}
            {model.isPreviewButtonVisible && (
              <button
                type="button"
                class="button button--primary"
                onClick={() => act(() => model.showPreview())}
              >
                {model.previewText}
              </button>
            )}
            {model.isCompleteButtonVisible && (
              <button
                type="button"
                class="button button--primary"
                ref={completeRef}
                onClick={() => guard.tryComplete() || failed()}
              >
                {model.completeText}
              </button>
            )}
          </>
        )}
      </nav>
    </div>
  );
}

/**
 * Simple mode asks survey-core for one question per screen, and gives the form back its own
 * layout when turned off. survey-core keeps the current question in a plain field, so the view
 * re-renders itself after switching.
 */
function useSimpleMode(model: Model, simple: boolean, rerender: (value: number) => void): void {
  useEffect(() => {
    if (!simple) return;
    const own = model.questionsOnPageMode;
    model.questionsOnPageMode = 'questionPerPage';
    rerender(0);
    return () => {
      model.questionsOnPageMode = own;
      rerender(0);
    };
  }, [model, simple, rerender]);
}
