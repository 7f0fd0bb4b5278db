import { useRef } from 'preact/hooks';
import type { PanelModel, QuestionPanelDynamicModel } from 'survey-core';
import { useT } from '../i18n';
import { domId, focusFirstControl } from './dom';
import { useFocusRequest } from './hooks';
import { PanelDynamicPaged } from './PanelDynamicPaged';
import { PanelView } from './PanelView';
import type { BodyProps } from './question-body';
import { RemovePanel } from './RemovePanel';

type FocusTarget = { panel: PanelModel } | 'add';

/**
 * Repeated groups of questions, as a list, or one at a time as tabs or a carousel
 * (`displayMode`, or its legacy `renderMode`, which survey-core maps onto it). survey-core's
 * add/remove texts and minPanelCount/maxPanelCount apply; removing a group that holds answers
 * asks first.
 */
export function PanelDynamicQuestion(props: BodyProps<QuestionPanelDynamicModel>) {
  const mode = props.question.displayMode;
  if (mode === 'tab' || mode === 'carousel') return <PanelDynamicPaged {...props} mode={mode} />;
  return <PanelDynamicList {...props} />;
}

function PanelDynamicList({ question, field }: BodyProps<QuestionPanelDynamicModel>) {
  const t = useT();
  const addRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const focusRequest = useRef<FocusTarget | null>(null);
  useFocusRequest(focusRequest, (target) => {
    if (target !== 'add') focusFirstControl(domId(target.panel));
    else (addRef.current ?? listRef.current)?.focus();
  });
  const panels = question.visiblePanels;
  const canAdd = question.canAddPanel && !field.disabled;
  return (
    <div class="ts-dynamic" ref={listRef} tabIndex={-1}>
      {panels.length === 0 && <p class="ts-description">{question.noEntriesText}</p>}
      {panels.map((panel, index) => {
        const fallbackTitle = t('survey.panelItem', { index: index + 1 });
        return (
          <PanelView
            key={panel.id}
            panel={panel}
            fallbackTitle={fallbackTitle}
            footer={
              question.canRemovePanel &&
              !field.disabled && (
                <RemovePanel
                  question={question}
                  panel={panel}
                  fallbackTitle={fallbackTitle}
                  onRemoved={() => {
                    focusRequest.current = 'add';
                  }}
                />
              )
            }
          />
        );
      })}
      {canAdd && (
        <button
          ref={addRef}
          type="button"
          class="button"
          onClick={() => {
            focusRequest.current = { panel: question.addPanel() };
          }}
        >
          {question.panelAddText}
        </button>
      )}
    </div>
  );
}
