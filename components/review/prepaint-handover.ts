import type { Model } from 'survey-core';
import { type AnswerSink, adoptAnswers, handoffKey } from '@/utils/prepaint/handoff';
import { finishPrepaint } from '../prepaint/boot';
import { domId } from '../survey/dom';
import { writeText } from '../survey/question-body';
import type { ReviewTarget } from './useReviewSession';

/**
 * The live form of `target` is rendered (hidden) with its watchers in place: the answers given
 * on the pre-painted page are set on the model now, as the member's own changes, so that the
 * session saves them and the form reacts as to any answer (a box that appears, the notice of a
 * box hidden with text in it). The swap follows once the form shows them.
 */
export function handOverPrepaint(target: ReviewTarget, model: Model): void {
  const key = handoffKey('responseId' in target ? target : target.start);
  adoptAnswers(key, answerSink(model));
  // A task later, when the form has re-rendered with them. Not a frame: a tab in the
  // background gets none, and its page would stay pre-painted.
  setTimeout(() => finishPrepaint((name, index) => liveInput(model, name, index)));
}

/** The page opened on something else (a completed review, an error): no hand-over. */
export function endPrepaint(): void {
  finishPrepaint(() => null);
}

function answerSink(model: Model): AnswerSink {
  return {
    setValue(name, value) {
      const question = model.getQuestionByName(name);
      if (!question) return;
      if (typeof value === 'string') writeText(question, value);
      else question.value = value;
    },
  };
}

/** The input of the live form that stands where the pre-painted one did. */
function liveInput(model: Model, name: string, index: number): HTMLElement | null {
  const question = model.getQuestionByName(name);
  const box = question && document.getElementById(domId(question));
  return box?.querySelectorAll<HTMLElement>('input, textarea, select')[index] ?? null;
}
