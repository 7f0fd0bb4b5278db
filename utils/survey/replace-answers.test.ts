import { describe, expect, it } from 'vitest';
import { createSurveyModel } from './create-model';
import { getProgress } from './progress';
import { ANSWERS_REPLACED, replaceAnswers } from './replace-answers';

describe('replaceAnswers', () => {
  it('replaces the answers and signals it, so counting views can redraw', () => {
    const model = createSurveyModel(
      { elements: [{ type: 'radiogroup', name: 'a', choices: ['khong', 'co'] }] },
      'vi',
    );
    const signals: unknown[] = [];
    model.registerPropertyChangedHandlers([ANSWERS_REPLACED], () => signals.push(1), 'test');

    replaceAnswers(model, { a: 'co' });
    replaceAnswers(model, {});
    expect(signals).toHaveLength(2);
    expect(model.data).toEqual({});
    replaceAnswers(model, { a: 'khong' });
    expect(getProgress(model)).toEqual({ answered: 1, total: 1 });
  });
});
