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
        {
          type: 'matrix',
          name: 'm',
          rows: [{ value: 'r1', text: 'Hàng' }, 'r2|Hàng 2'],
          columns: [1],
          cells: { r1: { 1: { vi: 'Ô' } } },
        },
        { type: 'rating', name: 'diem', minRateDescription: 'Kém', rateValues: ['1|Một', 2] },
        { type: 'boolean', name: 'b', labelTrue: { vi: 'Có', en: 'Yes' }, valueTrue: 'co' },
        {
          type: 'radiogroup',
          name: 'c',
          choices: ['gia_tri', { value: 'v', text: 'Chữ' }, { value: 'chi_gia_tri' }, true],
        },
        { type: 'text', name: 'goi_y', dataList: ['Gợi ý 1'] },
      ],
    },
  ],
};

/** A choice item without a text of its own shows its value (after the `|` of a string item). */
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
    [`${element}[2].rows[1]`]: 'Hàng 2',
    [`${element}[2].cells.r1['1'].vi`]: 'Ô',
    [`${element}[3].minRateDescription`]: 'Kém',
    [`${element}[3].rateValues[0]`]: 'Một',
    [`${element}[4].labelTrue.vi`]: 'Có',
    [`${element}[4].labelTrue.en`]: 'Yes',
    [`${element}[5].choices[0]`]: 'gia_tri',
    [`${element}[5].choices[1].text`]: 'Chữ',
    [`${element}[5].choices[2].value`]: 'chi_gia_tri',
    [`${element}[6].dataList[0]`]: 'Gợi ý 1',
  });
});
