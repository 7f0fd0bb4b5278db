import { expect, it } from 'vitest';
import { forEachSurveyText } from './survey-texts';

const survey = {
  title: 'Tiêu đề',
  showQuestionNumbers: 'off',
  pages: [
    {
      name: 'trang',
      title: { default: 'Trang' },
      elements: [
        {
          type: 'panel',
          name: 'nhom',
          title: 'Nhóm',
          elements: [
            {
              type: 'text',
              name: 'ten',
              placeholder: 'Gợi ý',
              visibleIf: '{diem} notempty',
              validators: [{ type: 'expression', expression: '{ten} notempty', text: 'Lỗi' }],
            },
          ],
        },
        {
          type: 'paneldynamic',
          name: 'lap',
          templateElements: [{ type: 'comment', name: 'y', title: 'Ý kiến' }],
        },
        { type: 'matrix', name: 'm', rows: [{ value: 'r1', text: 'Hàng' }], columns: [1] },
        { type: 'rating', name: 'diem', minRateDescription: 'Kém' },
        { type: 'boolean', name: 'b', labelTrue: { vi: 'Có', en: 'Yes' }, valueTrue: 'co' },
        { type: 'radiogroup', name: 'c', choices: ['gia_tri', { value: 'v', text: 'Chữ' }] },
      ],
    },
  ],
};

it('visits exactly the texts shown to members, per locale, never expressions, names or values', () => {
  const visited: Record<string, string> = {};
  forEachSurveyText(survey, '$', (text, path) => {
    visited[path] = text;
  });
  const element = '$.pages[0].elements';
  expect(visited).toEqual({
    '$.title': 'Tiêu đề',
    '$.pages[0].title.default': 'Trang',
    [`${element}[0].title`]: 'Nhóm',
    [`${element}[0].elements[0].placeholder`]: 'Gợi ý',
    [`${element}[0].elements[0].validators[0].text`]: 'Lỗi',
    [`${element}[1].templateElements[0].title`]: 'Ý kiến',
    [`${element}[2].rows[0].text`]: 'Hàng',
    [`${element}[3].minRateDescription`]: 'Kém',
    [`${element}[4].labelTrue.vi`]: 'Có',
    [`${element}[4].labelTrue.en`]: 'Yes',
    [`${element}[5].choices[1].text`]: 'Chữ',
  });
});
