import { describe, expect, it } from 'vitest';
import { answerText } from './answer-text';

const form = {
  survey: {
    elements: [
      {
        type: 'boolean',
        name: 'da_doc',
        labelTrue: { vi: 'Đã đọc' },
        labelFalse: { vi: 'Chưa đọc' },
      },
      { type: 'boolean', name: 'co_khong' },
      {
        type: 'checkbox',
        name: 'linh_vuc',
        valueName: 'cac_linh_vuc',
        choices: [
          { value: 'hoc_tap', text: { vi: 'Học tập', en: 'Study' } },
          { value: 'cong_tac', text: { vi: 'Công tác', en: 'Work' } },
        ],
      },
    ],
  },
};
const words = { empty: '(trống)', yes: 'Có', no: 'Không' };

describe('answerText', () => {
  it('names yes/no answers by their labels, or Có/Không without labels', () => {
    expect(answerText(form, 'da_doc', false, 'vi', words)).toBe('Chưa đọc');
    expect(answerText(form, 'co_khong', true, 'vi', words)).toBe('Có');
  });

  it('names choices by their text, under the key survey-core stores them (valueName)', () => {
    expect(answerText(form, 'cac_linh_vuc', ['cong_tac', 'hoc_tap'], 'en', words)).toBe(
      'Work, Study',
    );
    // A value the question does not offer shows as stored.
    expect(answerText(form, 'cac_linh_vuc', ['khac'], 'vi', words)).toBe('khac');
  });

  it('shows other answers as text, and empty ones as empty', () => {
    expect(answerText(form, 'ghi_chu', 'Viết thêm', 'vi', words)).toBe('Viết thêm');
    expect(answerText(undefined, 'ma_tran', { a: 1 }, 'vi', words)).toBe('{"a":1}');
    expect(answerText(form, 'ghi_chu', '', 'vi', words)).toBe('(trống)');
    expect(answerText(form, 'cac_linh_vuc', [], 'vi', words)).toBe('(trống)');
  });
});
