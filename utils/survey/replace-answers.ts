import type { Model } from 'survey-core';

/**
 * A model property that changes whenever the answers are replaced in bulk. survey-core fires no
 * `onValueChanged` for `model.data = …`, so views that count answers watch this as well.
 */
export const ANSWERS_REPLACED = 'tuSoiAnswersReplaced';

/** Replaces all answers in one bulk assignment (a `setValue` per answer is O(n²)). */
export function replaceAnswers(model: Model, data: Record<string, unknown>): void {
  model.data = data;
  model.setPropertyValue(
    ANSWERS_REPLACED,
    Number(model.getPropertyValue(ANSWERS_REPLACED) ?? 0) + 1,
  );
}
