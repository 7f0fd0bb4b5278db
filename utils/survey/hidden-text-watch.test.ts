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
  const set = (name: string, value: unknown) => model.setValue(name, value);
  return { model, watch, set, calls: () => calls };
}

describe('HiddenTextWatch', () => {
  it('keeps a notice with the earlier answer when a change hides text, and undo restores it', () => {
    const { model, watch, set, calls } = watched();
    set('a', 'mot-phan');
    set('ac', 'Sửa ngay');
    expect(watch.notices).toEqual([]);
    set('a', 'khong');
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
    const { model, watch, set } = watched();
    set('a', 'co');
    set('ac', 'Sửa');
    set('a', 'khong');
    expect(watch.notices).toHaveLength(1);
    set('a', 'co');
    // The text was kept in the model while hidden.
    expect(model.getValue('ac')).toBe('Sửa');
    expect(watch.notices).toEqual([]);
  });

  it('brings the text back on undo even where survey-core cleared it on hiding', () => {
    const { model, watch, set } = watched({ clearInvisibleValues: 'onHidden' });
    set('a', 'co');
    set('ac', 'Sửa');
    set('a', 'khong');
    expect(model.getValue('ac')).toBeUndefined();
    // The answer changed, not the text survey-core cleared inside that change.
    expect(watch.notices[0]?.name).toBe('a');
    watch.undo(watch.notices[0] as never);
    expect(model.getValue('a')).toBe('co');
    expect(model.getValue('ac')).toBe('Sửa');
  });

  it('is not thrown off by a change survey-core refuses (the same value again)', () => {
    const { watch, set } = watched();
    set('a', 'co');
    set('ac', 'Sửa');
    // survey-core announces the change, then drops it without onValueChanged.
    set('ac', 'Sửa');
    set('a', 'co');
    set('a', 'khong');
    expect(watch.notices.map((notice) => [notice.name, notice.oldValue])).toEqual([['a', 'co']]);
  });

  it('sees boxes inside repeated panels, and undo restores the panel as it was', () => {
    const model = createSurveyModel(
      {
        elements: [
          {
            type: 'paneldynamic',
            name: 'viec',
            panelCount: 1,
            templateElements: [
              { type: 'radiogroup', name: 'xong', choices: ['co', 'khong'] },
              { type: 'comment', name: 'ly-do', visibleIf: "{panel.xong} = 'khong'" },
            ],
          },
        ],
      },
      'vi',
    );
    const watch = new HiddenTextWatch(model);
    model.setValue('viec', [{ xong: 'khong' }]);
    model.setValue('viec', [{ xong: 'khong', 'ly-do': 'Thiếu thời gian' }]);
    model.setValue('viec', [{ xong: 'co', 'ly-do': 'Thiếu thời gian' }]);
    const [notice] = watch.notices;
    expect(notice?.hidden.map(({ question }) => question.name)).toEqual(['ly-do']);
    watch.undo(notice as never);
    expect(model.getValue('viec')).toEqual([{ xong: 'khong', 'ly-do': 'Thiếu thời gian' }]);
  });

  it('takes answers replaced in bulk as they are after resync, and stops on dispose', () => {
    const { watch, set, calls, model } = watched();
    set('a', 'co');
    set('ac', 'Sửa');
    set('a', 'khong');
    replaceAnswers(model, { a: 'co', ac: 'Khác' });
    watch.resync();
    expect(watch.notices).toEqual([]);
    const before = calls();
    watch.dispose();
    set('a', 'khong');
    expect(watch.notices).toEqual([]);
    expect(calls()).toBe(before);
  });
});
