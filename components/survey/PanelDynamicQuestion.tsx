import { useRef, useState } from 'preact/hooks';
import type { PanelModel, QuestionPanelDynamicModel } from 'survey-core';
import { useT } from '../i18n';
import { domId, focusFirstControl } from './dom';
import { useFocusRequest, useLocText } from './hooks';
import { InlineConfirm } from './InlineConfirm';
import { PanelView } from './PanelView';
import type { BodyProps } from './question-body';

type FocusTarget = { panel: PanelModel } | 'add';

/**
 * Repeated groups of questions, always shown as a list. survey-core's add/remove texts and
 * minPanelCount/maxPanelCount apply; removing a group that holds answers asks first.
 */
export function PanelDynamicQuestion({ question, field }: BodyProps<QuestionPanelDynamicModel>) {
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

function RemovePanel(props: {
  question: QuestionPanelDynamicModel;
  panel: PanelModel;
  fallbackTitle: string;
  onRemoved(): void;
}) {
  const t = useT();
  const { question, panel } = props;
  const [confirming, setConfirming] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef<true | null>(null);
  useFocusRequest(refocus, () => buttonRef.current?.focus());
  const title = useLocText(panel.locTitle) || props.fallbackTitle;
  const remove = () => {
    props.onRemoved();
    question.removePanel(panel);
  };
  if (confirming) {
    return (
      <InlineConfirm
        message={question.confirmDeleteText}
        confirmLabel={question.panelRemoveText}
        onConfirm={remove}
        onCancel={() => {
          refocus.current = true;
          setConfirming(false);
        }}
      />
    );
  }
  return (
    <div class="actions">
      <button
        ref={buttonRef}
        type="button"
        class="button button--danger-quiet"
        aria-label={t('survey.removeItem', { action: question.panelRemoveText, item: title })}
        onClick={() => {
          if (panel.questions.some((inner) => !inner.isEmpty())) setConfirming(true);
          else remove();
        }}
      >
        {question.panelRemoveText}
      </button>
    </div>
  );
}
