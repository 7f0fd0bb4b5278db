import { useRef, useState } from 'preact/hooks';
import type { Model, Question } from 'survey-core';
import { hiddenTextDroppedOnComplete } from '@/utils/survey/hidden-text';
import { useSurveyEvent } from './hooks';

/**
 * Holds completion while hidden boxes still hold text that survey-core would clear, until the
 * member decides. survey-core fires `onCompleting` after validation, so missing answers are
 * reported first and the question is asked once.
 */
export function useHiddenTextGuard(model: Model) {
  // The hidden boxes holding text, while the member decides; empty otherwise.
  const [dropping, setDropping] = useState<Question[]>([]);
  const confirmed = useRef(false);
  const held = useRef(false);
  useSurveyEvent(model.onCompleting, (_, options) => {
    if (confirmed.current) return;
    const dropped = hiddenTextDroppedOnComplete(model);
    if (dropped.length === 0) return;
    options.allow = false;
    held.current = true;
    setDropping(dropped);
  });
  return {
    dropping,
    /** survey-core's `tryComplete`: false only when it failed validation, not when held here. */
    tryComplete(): boolean {
      held.current = false;
      return model.tryComplete() || held.current;
    },
    completeAnyway(): void {
      confirmed.current = true;
      setDropping([]);
      model.tryComplete();
      confirmed.current = false;
    },
    goBack(): void {
      setDropping([]);
    },
  };
}
