import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../pack/schema';
import { createSurveyModel } from '../survey/create-model';

const PACK = JSON.parse(
  readFileSync(new URL('../../forms/kiem-diem-2025.json', import.meta.url), 'utf8'),
) as Pack;

function suggestion(
  formId: string,
  data: Record<string, unknown>,
): { total: unknown; level: unknown } {
  const form = PACK.forms.find((candidate) => candidate.id === formId);
  if (!form) throw new Error(`no form ${formId}`);
  const model = createSurveyModel(form.survey, 'vi');
  // As the member types: setValueExpression runs on each change, not on a bulk `data` load.
  for (const [name, value] of Object.entries(data)) model.setValue(name, value);
  return { total: model.getValue('tong-diem'), level: model.getValue('muc-goi-y') };
}

const ALL = ['dung-han', 'vuot-muc', 'khac-phuc-het', 'hoan-thanh-du'];

describe('the annual self-review forms (QĐ 366, HD 43)', () => {
  it('ships 02A, 02B, 02C and the quarterly form, with the 2025 codes', () => {
    expect(PACK.forms.map((form) => form.id)).toEqual(['mau-02a', 'mau-02b', 'mau-02c', 'mau-05']);
    expect(PACK.forms[0]?.title.vi).toMatch(/^Mẫu 02A — Đảng viên giữ chức vụ/);
    expect(PACK.forms[1]?.title.vi).toMatch(/^Mẫu 02B — Đảng viên không giữ chức vụ/);
    expect(PACK.forms[2]?.title.vi).toMatch(/^Mẫu 02C — Đảng viên không làm việc trong hệ thống/);
  });

  it('adds the two scores live and suggests the level at each threshold', () => {
    const at = (general: number, duties: number, conditions = ALL) =>
      suggestion('mau-02b', {
        'diem-chung': general,
        'diem-nhiem-vu': duties,
        'dieu-kien': conditions,
      });
    expect(at(20, 29.9)).toEqual({ total: 49.9, level: 'Không hoàn thành nhiệm vụ' });
    expect(at(20, 30)).toEqual({ total: 50, level: 'Hoàn thành nhiệm vụ' });
    expect(at(20, 49.9).level).toBe('Hoàn thành nhiệm vụ');
    expect(at(20, 50).level).toBe('Hoàn thành tốt nhiệm vụ');
    expect(at(30, 59.9).level).toBe('Hoàn thành tốt nhiệm vụ');
    expect(at(30, 60)).toEqual({ total: 90, level: 'Hoàn thành xuất sắc nhiệm vụ' });
  });

  it('suggests "xuất sắc" only with its extra conditions ticked, and nothing without a score', () => {
    const score = { 'diem-chung': 30, 'diem-nhiem-vu': 65 };
    expect(suggestion('mau-02a', { ...score, 'dieu-kien': ['dung-han', 'vuot-muc'] })).toEqual({
      total: 95,
      level: 'Hoàn thành tốt nhiệm vụ',
    });
    expect(suggestion('mau-02a', score).level).toBe(
      'Chưa đủ điều kiện đã đánh dấu để gợi ý một mức',
    );
    expect(suggestion('mau-02c', { 'diem-chung': 30 })).toEqual({
      total: undefined,
      level: undefined,
    });
  });

  it('suggests "không hoàn thành" for an exclusion case whatever the score', () => {
    expect(
      suggestion('mau-05', {
        'diem-chung': 30,
        'diem-nhiem-vu': 70,
        'dieu-kien': ALL,
        'truong-hop-loai-tru': ['dieu-cam'],
      }).level,
    ).toBe('Không hoàn thành nhiệm vụ');
  });
});
