import { useRef, useState } from 'preact/hooks';
import type { PanelModel, QuestionPanelDynamicModel } from 'survey-core';
import { useT } from '../i18n';
import { useFocusRequest, useLocText } from './hooks';
import { InlineConfirm } from './InlineConfirm';

/** The Remove button of one dynamic panel item; an item that holds answers asks first. */
export function RemovePanel(props: {
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
