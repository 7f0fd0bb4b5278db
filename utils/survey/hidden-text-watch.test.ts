import { describe, expect, it } from 'vitest';
import { createSurveyModel } from './create-model';
import { HiddenTextWatch } from './hidden-text-watch';
import { replaceAnswers } from './replace-answers';

function watched(extra: Record<string, unknown> = {}) {
  const model = createSurveyModel(
    {
      ...extra,
      pages: [
        {
          elements: [
            { type: 'radiogroup', name: 'a', choices: ['khong', 'mot-phan', 'co'] },
            { type: 'comment', name: 'ac', visibleIf: "{a} notempty and {a} != 'khong'" },
          ],
        },
      ],
    },
    'vi',
  );
  const watch = new HiddenTextWatch(model);
  let calls = 0;
  watch.subscribe(() => calls++);
  return { model, watch, calls: () => calls };
}

describe('HiddenTextWatch', () => {
  it('keeps a notice with the earlier answer when a change hides text, and undo restores it', () => {
    const { model, watch, calls } = watched();
    model.setValue('a', 'mot-phan');
    model.setValue('ac', 'Sửa ngay');
    expect(watch.notices).toEqual([]);
    model.setValue('a', 'khong');
    const [notice] = watch.notices;
    expect(notice?.name).toBe('a');
    expect(notice?.oldValue).toBe('mot-phan');
    expect(notice?.hidden.map(({ question, text }) => [question.name, text])).toEqual([
      ['ac', 'Sửa ngay'],
    ]);
    expect(calls()).toBe(1);
    const shown = watch.undo(notice as never);
    expect(model.getValue('a')).toBe('mot-phan');
    expect(model.getValue('ac')).toBe('Sửa ngay');
    expect(shown.map((question) => question.name)).toEqual(['ac']);
    expect(watch.notices).toEqual([]);
  });

  it('ends the notice when the member re-chooses an answer that shows the box again', () => {
    const { model, watch } = watched();
    model.setValue('a', 'co');
    model.setValue('ac', 'Sửa');
    model.setValue('a', 'khong');
    expect(watch.notices).toHaveLength(1);
    model.setValue('a', 'co');
    // The text was kept in the model while hidden.
    expect(model.getValue('ac')).toBe('Sửa');
    expect(watch.notices).toEqual([]);
  });

  it('brings the text back on undo even where survey-core cleared it on hiding', () => {
    const { model, watch } = watched({ clearInvisibleValues: 'onHidden' });
    model.setValue('a', 'co');
    model.setValue('ac', 'Sửa');
    model.setValue('a', 'khong');
    expect(model.getValue('ac')).toBeUndefined();
    watch.undo(watch.notices[0] as never);
    expect(model.getValue('a')).toBe('co');
    expect(model.getValue('ac')).toBe('Sửa');
  });

  it('takes answers replaced in bulk as they are after resync, and stops on dispose', () => {
    const { model, watch, calls } = watched();
    model.setValue('a', 'co');
    model.setValue('ac', 'Sửa');
    model.setValue('a', 'khong');
    replaceAnswers(model, { a: 'co', ac: 'Khác' });
    watch.resync();
    expect(watch.notices).toEqual([]);
    const before = calls();
    watch.dispose();
    model.setValue('a', 'khong');
    expect(watch.notices).toEqual([]);
    expect(calls()).toBe(before);
  });
});
