import type { QuestionRadiogroupModel } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { createSurveyModel } from './create-model';

const json = {
  pages: [
    {
      title: { vi: 'Nhóm I' },
      elements: [
        {
          type: 'radiogroup',
          name: 'q1',
          isRequired: true,
          title: { vi: 'Phai nhạt lý tưởng', en: 'Fading ideals' },
          description: { vi: 'Nguyên văn Nghị quyết' },
          choices: [
            { value: 'khong', text: { vi: 'Không có', en: 'No' } },
            { value: 'co', text: { vi: 'Có biểu hiện' } },
          ],
        },
        { type: 'text', name: 'q2', title: 'Ghi chú' },
      ],
    },
  ],
};

function texts(locale: 'vi' | 'en') {
  const model = createSurveyModel(json, locale);
  const question = model.getQuestionByName('q1') as QuestionRadiogroupModel;
  return {
    model,
    page: model.pages[0]?.locTitle.calculatedText,
    title: question.locTitle.calculatedText,
    description: question.locDescription.calculatedText,
    choices: question.visibleChoices.map((item) => item.locText.calculatedText),
    plain: model.getQuestionByName('q2').locTitle.calculatedText,
  };
}

describe('createSurveyModel', () => {
  it('shows the Vietnamese pack text in Vietnamese', () => {
    expect(texts('vi')).toMatchObject({
      page: 'Nhóm I',
      title: 'Phai nhạt lý tưởng',
      description: 'Nguyên văn Nghị quyết',
      choices: ['Không có', 'Có biểu hiện'],
      plain: 'Ghi chú',
    });
  });

  it('shows English where given and falls back to Vietnamese where not', () => {
    expect(texts('en')).toMatchObject({
      page: 'Nhóm I',
      title: 'Fading ideals',
      description: 'Nguyên văn Nghị quyết',
      choices: ['No', 'Có biểu hiện'],
      plain: 'Ghi chú',
    });
  });

  it('keeps both languages when the locale is switched on a live model', () => {
    const { model } = texts('vi');
    const question = model.getQuestionByName('q1');
    model.locale = 'en';
    expect(question.locTitle.calculatedText).toBe('Fading ideals');
    expect(model.completeText).toBe('Complete');
    model.locale = 'vi';
    expect(question.locTitle.calculatedText).toBe('Phai nhạt lý tưởng');
    expect(model.completeText).toBe('Hoàn thành');
  });

  it('uses the reviewed Vietnamese for survey-core messages', () => {
    const { model } = texts('vi');
    model.tryComplete();
    expect(model.getQuestionByName('q1').errors[0]?.getText()).toBe('Vui lòng trả lời mục này.');
    expect(model.pagePrevText).toBe('Trang trước');
    expect(model.pageNextText).toBe('Trang sau');
  });

  it('leaves survey-core messages in English for the English locale', () => {
    const { model } = texts('en');
    model.tryComplete();
    expect(model.getQuestionByName('q1').errors[0]?.getText()).toBe('Response required.');
  });

  it('never renders markdown and keeps data keyed by value', () => {
    const { model } = texts('vi');
    expect(model.onTextMarkdown.isEmpty).toBe(true);
    model.getQuestionByName('q1').value = 'co';
    expect(model.data).toEqual({ q1: 'co' });
  });
});
