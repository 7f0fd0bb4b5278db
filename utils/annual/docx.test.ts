import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../pack/schema';
import { annualDocument } from './document';
import { annualDocx } from './docx';
import { PAPER_FORMS } from './forms';

const PACK = JSON.parse(
  readFileSync(new URL('../../forms/kiem-diem-2025.json', import.meta.url), 'utf8'),
) as Pack;

describe('annualDocx', () => {
  it('writes a Word file whose document XML holds the answers with their diacritics and the form code', async () => {
    const survey = PACK.forms.find((form) => form.id === 'mau-02b')?.survey ?? {};
    const doc = annualDocument(
      PAPER_FORMS['mau-02b'] as never,
      survey,
      {
        'ho-ten': 'Trần Văn Hưởng',
        'chi-bo': 'Chi bộ Khu phố 4',
        nam: 2026,
        'han-che': 'Có lúc còn nể nang, ngại va chạm.\nChưa đọc hết nghị quyết.',
        'diem-chung': 28,
        'diem-nhiem-vu': 64,
        'tong-diem': 92,
        'tu-xep-loai': 'xuat-sac',
      },
      new Date(2026, 11, 2).getTime(),
    );
    const bytes = await annualDocx(doc);
    // A .docx is a zip: "PK" first.
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);
    for (const text of [
      'Mẫu 02B-HD KĐ.ĐG 2025',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'CHI BỘ KHU PHỐ 4',
      'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN',
      'Trần Văn Hưởng',
      'Có lúc còn nể nang, ngại va chạm.',
      'Chưa đọc hết nghị quyết.',
      'Tổng điểm: 92/100',
      '☒ Hoàn thành xuất sắc nhiệm vụ',
      '☐ Hoàn thành tốt nhiệm vụ',
      'NGƯỜI TỰ KIỂM ĐIỂM',
      'ngày 02 tháng 12 năm 2026',
    ]) {
      expect(xml, text).toContain(text);
    }
    expect(xml).toContain('Times New Roman');
  });
});
