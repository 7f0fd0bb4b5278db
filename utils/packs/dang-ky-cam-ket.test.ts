import { readFileSync } from 'node:fs';
import type { PanelModel, QuestionPanelDynamicModel } from 'survey-core';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../pack/schema';
import { createSurveyModel } from '../survey/create-model';

const PACK = JSON.parse(
  readFileSync(new URL('../../forms/dang-ky-cam-ket.json', import.meta.url), 'utf8'),
) as Pack;

/** The notices survey-core shows under the task of a one-task registration. */
function taskNotices(task: Record<string, unknown>) {
  const form = PACK.forms[0];
  if (!form) throw new Error('no form');
  const model = createSurveyModel(form.survey, 'vi');
  model.setValue('viec-lam', [task]);
  const panels = (model.getQuestionByName('viec-lam') as QuestionPanelDynamicModel).panels;
  const question = (panels[0] as PanelModel).getQuestionByName('viec');
  question.validate(true);
  return question.errors.map((error) => ({
    type: error.notificationType,
    text: error.getText(),
  }));
}

describe('the registration form’s gentle warnings on vague tasks', () => {
  it('accepts a short task with a target and a deadline without a word', () => {
    expect(
      taskNotices({
        viec: 'Đọc 1 tác phẩm của Bác mỗi quý',
        'chi-tieu': 'Sổ ghi chép',
        'thoi-han': '2027-03-31',
      }),
    ).toEqual([]);
  });

  it('warns, without blocking, on a task with no target or no deadline', () => {
    expect(taskNotices({ viec: 'Sống gương mẫu hơn', 'thoi-han': '2027-03-31' })).toEqual([
      { type: 'warning', text: expect.stringMatching(/^Việc này chưa có chỉ tiêu/) },
    ]);
    expect(taskNotices({ viec: 'Sống gương mẫu hơn', 'chi-tieu': 'Chi bộ nhận xét' })).toEqual([
      { type: 'warning', text: expect.stringMatching(/^Việc này chưa có chỉ tiêu/) },
    ]);
  });

  it('lets the member complete with only warnings left', () => {
    const form = PACK.forms[0];
    if (!form) throw new Error('no form');
    const model = createSurveyModel(form.survey, 'vi');
    for (const [name, value] of Object.entries({
      nam: 2027,
      'noi-dung-hoc': 'Chuyên đề năm 2027',
      'viec-lam': [{ viec: 'Sống gương mẫu hơn' }],
      'cam-ket': true,
    })) {
      model.setValue(name, value);
    }
    while (!model.isLastPage) model.nextPage();
    expect(model.completeLastPage()).toBe(true);
    expect(model.state).toBe('completed');
  });

  it('warns on a task too long to remember', () => {
    const long = 'Thực hiện '.repeat(15);
    expect(
      taskNotices({ viec: long, 'chi-tieu': 'Báo cáo chi bộ', 'thoi-han': '2027-06-30' }),
    ).toEqual([{ type: 'warning', text: expect.stringMatching(/^Việc này khá dài/) }]);
  });
});
