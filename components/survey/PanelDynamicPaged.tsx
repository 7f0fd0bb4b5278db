import { useRef } from 'preact/hooks';
import type { LocalizableString, PanelModel, QuestionPanelDynamicModel } from 'survey-core';
import { useT } from '../i18n';
import { domId, focusFirstControl } from './dom';
import { useFocusRequest, useLocText, useSurveyProperties } from './hooks';
import { PanelView } from './PanelView';
import type { BodyProps } from './question-body';
import { RemovePanel } from './RemovePanel';

type FocusTarget = { panel: PanelModel } | { tab: PanelModel } | 'root';

// survey-core announces a new current item as `_renderedPanels`.
const PAGED_PROPERTIES = ['currentPanel', '_renderedPanels', 'panelCount'];

/**
 * survey-core only offers Add on the last item outside list mode (SurveyJS's own toolbar adds
 * elsewhere); here Add is always offered while the rules allow one more item.
 */
function canAdd(question: QuestionPanelDynamicModel): boolean {
  return (
    question.allowAddPanel &&
    !question.isReadOnly &&
    !question.panelCountExpression &&
    question.panelCount < question.maxPanelCount
  );
}

/**
 * One item at a time: as tabs (`displayMode: "tab"`, a keyboard-operable tablist) or as a
 * carousel (`"carousel"`, Previous/Next with "Mục n/N"). Add and Remove work in both.
 */
export function PanelDynamicPaged(
  props: BodyProps<QuestionPanelDynamicModel> & { mode: 'tab' | 'carousel' },
) {
  const t = useT();
  const { question, field, mode } = props;
  useSurveyProperties(question, PAGED_PROPERTIES);
  const rootRef = useRef<HTMLDivElement>(null);
  const focusRequest = useRef<FocusTarget | null>(null);
  useFocusRequest(focusRequest, (target) => {
    if (target === 'root') rootRef.current?.focus();
    else if ('panel' in target) focusFirstControl(domId(target.panel));
    else document.getElementById(domId(target.tab, 'tab'))?.focus();
  });
  const panels = question.visiblePanels;
  const current = panels.includes(question.currentPanel) ? question.currentPanel : panels[0];
  const index = current ? panels.indexOf(current) : -1;
  const titleOf = (position: number) => t('survey.panelItem', { index: position + 1 });
  const show = (panel: PanelModel | undefined, focus: FocusTarget | null) => {
    if (!panel) return;
    question.currentPanel = panel;
    focusRequest.current = focus;
  };
  const add = () => {
    // Without an index survey-core inserts after the current item, whatever newPanelPosition says.
    const at = question.newPanelPosition === 'next' ? undefined : question.panelCount;
    const panel = question.addPanel(at);
    show(panel, { panel });
  };
  const panelId = domId(question, 'current');
  // survey-core's default texts are the page buttons' ("Trang trước"), which would be confusing
  // right above them; unless the pack wrote its own, say "Mục trước" / "Mục sau".
  const progress = (
    <p class="ts-hint" aria-live="polite">
      {t('survey.itemOf', { index: index + 1, count: panels.length })}
    </p>
  );
  return (
    <div class="ts-dynamic ts-dynamic--paged" ref={rootRef} tabIndex={-1}>
      {panels.length === 0 && <p class="ts-description">{question.noEntriesText}</p>}
      {mode === 'tab' && panels.length > 0 && (
        <div
          class={`ts-tabs ts-tabs--${question.tabAlign || 'center'}`}
          role="tablist"
          aria-label={question.locTitle.calculatedText || t('survey.tabs')}
        >
          {panels.map((panel, position) => (
            <Tab
              key={panel.id}
              question={question}
              panel={panel}
              fallbackTitle={titleOf(position)}
              selected={panel === current}
              controls={panelId}
              onSelect={() => show(panel, null)}
              onMove={(step) => {
                const next = panels[(position + step + panels.length) % panels.length];
                show(next, next ? { tab: next } : null);
              }}
            />
          ))}
        </div>
      )}
      {mode === 'carousel' && panels.length > 0 && question.isProgressTopShowing && progress}
      {current && (
        <div
          id={panelId}
          {...(mode === 'tab' && { role: 'tabpanel', 'aria-labelledby': domId(current, 'tab') })}
        >
          <PanelView
            key={current.id}
            panel={current}
            // A tab already names its item (the tabpanel is labelled by it).
            fallbackTitle={mode === 'tab' ? undefined : titleOf(index)}
            footer={
              question.canRemovePanel &&
              !field.disabled && (
                <RemovePanel
                  question={question}
                  panel={current}
                  fallbackTitle={titleOf(index)}
                  onRemoved={() => {
                    focusRequest.current = 'root';
                  }}
                />
              )
            }
          />
        </div>
      )}
      {mode === 'carousel' && panels.length > 1 && (
        <div class="actions">
          <StepButton
            label={
              question.locPrevPanelText.isEmpty ? t('survey.itemPrev') : question.panelPrevText
            }
            enabled={index > 0}
            onClick={() => show(panels[index - 1], null)}
          />
          <StepButton
            label={
              question.locNextPanelText.isEmpty ? t('survey.itemNext') : question.panelNextText
            }
            enabled={index < panels.length - 1}
            onClick={() => show(panels[index + 1], null)}
          />
        </div>
      )}
      {mode === 'carousel' && panels.length > 0 && question.isProgressBottomShowing && progress}
      {canAdd(question) && !field.disabled && (
        <button type="button" class="button" onClick={add}>
          {question.panelAddText}
        </button>
      )}
    </div>
  );
}

/** aria-disabled rather than disabled, so that focus stays on it at either end. */
function StepButton(props: { label: string; enabled: boolean; onClick(): void }) {
  return (
    <button
      type="button"
      class="button"
      aria-disabled={props.enabled ? undefined : true}
      onClick={() => props.enabled && props.onClick()}
    >
      {props.label}
    </button>
  );
}

/** survey-core's tab text (templateTabTitle, else tabTitlePlaceholder) for `panel`, if built. */
function tabTitleOf(
  question: QuestionPanelDynamicModel,
  panel: PanelModel,
): LocalizableString | undefined {
  const actions = question.tabbedMenu?.actions ?? [];
  const action = actions.find((item) => (item as { panelId?: string }).panelId === panel.id);
  return (action as { locTitle?: LocalizableString } | undefined)?.locTitle;
}

/** One tab; only the selected one is in the Tab order, arrows/Home/End move between them. */
function Tab(props: {
  question: QuestionPanelDynamicModel;
  panel: PanelModel;
  fallbackTitle: string;
  selected: boolean;
  controls: string;
  onSelect(): void;
  onMove(step: number): void;
}) {
  const str = tabTitleOf(props.question, props.panel);
  const title = useLocTextOf(str) || props.fallbackTitle;
  const count = props.question.visiblePanels.length;
  const position = props.question.visiblePanels.indexOf(props.panel);
  return (
    <button
      type="button"
      role="tab"
      class="ts-tab"
      id={domId(props.panel, 'tab')}
      aria-selected={props.selected}
      aria-controls={props.selected ? props.controls : undefined}
      tabIndex={props.selected ? 0 : -1}
      onClick={props.onSelect}
      onKeyDown={(event) => {
        const step =
          event.key === 'ArrowRight'
            ? 1
            : event.key === 'ArrowLeft'
              ? -1
              : event.key === 'Home'
                ? -position
                : event.key === 'End'
                  ? count - 1 - position
                  : 0;
        if (step === 0 && event.key !== 'Home' && event.key !== 'End') return;
        event.preventDefault();
        props.onMove(step);
      }}
    >
      {title}
    </button>
  );
}

const NO_TEXT = { calculatedText: '', onStringChanged: { add() {}, remove() {} } };

/** useLocText for a string that may not exist (a tab survey-core has not built). */
function useLocTextOf(str: LocalizableString | undefined): string {
  return useLocText((str ?? NO_TEXT) as LocalizableString);
}
