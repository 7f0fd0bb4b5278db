import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../pack/schema';
import { annualDocument } from './document';
import { PAPER_FORMS } from './forms';

const PACK = JSON.parse(
  readFileSync(new URL('../../forms/kiem-diem-2025.json', import.meta.url), 'utf8'),
) as Pack;
const surveyOf = (id: string) => PACK.forms.find((form) => form.id === id)?.survey ?? {};

const ANSWERS = {
  'ho-ten': 'Nguyễn Thị Hoà',
  'ngay-sinh': '12/05/1968',
  'don-vi': 'Trường Tiểu học Phú Lợi',
  'dang-bo': 'Đảng bộ phường Phú Lợi',
  'chi-bo': 'Chi bộ Khu phố 4',
  nam: 2026,
  'uu-diem-pham-chat': 'Giữ vững lập trường; không có biểu hiện suy thoái.',
  'uu-diem-nhiem-vu': 'Hoàn thành 12/12 chỉ tiêu được giao.',
  'han-che': 'Có lúc còn nể nang trong phê bình.',
  'nguyen-nhan': 'Ngại va chạm.',
  'phuong-huong': 'Mỗi quý góp ý ít nhất một lần trong sinh hoạt chi bộ.',
  'diem-chung': 27.5,
  'diem-nhiem-vu': 60,
  'tong-diem': 87.5,
  'tu-xep-loai': 'tot',
};

describe('annualDocument', () => {
  it('lays out a 02B review like the paper form, with the 2025 code', () => {
    const doc = annualDocument(
      PAPER_FORMS['mau-02b'] as never,
      surveyOf('mau-02b'),
      ANSWERS,
      new Date(2026, 11, 2).getTime(),
    );
    expect(doc.code).toBe('Mẫu 02B-HD KĐ.ĐG 2025');
    expect([doc.partyCommittee, doc.cell]).toEqual(['Đảng bộ phường Phú Lợi', 'Chi bộ Khu phố 4']);
    expect(doc.placeDate).toBe('……, ngày 02 tháng 12 năm 2026');
    expect([doc.title, doc.subtitle, doc.audience]).toEqual([
      'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN',
      'Năm 2026',
      '(Cá nhân không giữ chức vụ lãnh đạo, quản lý)',
    ]);
    expect(doc.profile).toEqual([
      { label: 'Họ và tên', value: 'Nguyễn Thị Hoà' },
      { label: 'Ngày sinh', value: '12/05/1968' },
      { label: 'Đơn vị công tác', value: 'Trường Tiểu học Phú Lợi' },
    ]);
    expect(doc.sections.map((section) => section.heading)).toEqual([
      'I. Ưu điểm, kết quả đạt được',
      'II. Hạn chế, khuyết điểm và nguyên nhân',
      'III. Kết quả khắc phục hạn chế, khuyết điểm đã được chỉ ra',
      'IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)',
      'V. Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)',
      'VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm',
      'VII. Tự đánh giá, chấm điểm và tự xếp loại',
    ]);
    const first = doc.sections[0]?.parts[0];
    expect(first?.heading).toMatch(/^1\. Về phẩm chất chính trị, đạo đức, lối sống;/);
    expect(first?.heading).not.toMatch(/[“”]/);
    expect(first?.text).toBe('Giữ vững lập trường; không có biểu hiện suy thoái.');
    // An optional section left empty says so; a required-looking one keeps a line to fill.
    expect(doc.sections[3]?.parts[0]?.text).toBe('Không có.');
    expect(doc.sections[2]?.parts[0]?.text).toBe('……');
    expect(doc.sections[6]?.score).toEqual({
      lines: [
        { label: '1. Nhóm tiêu chí chung', value: '27,5/30' },
        { label: '2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ', value: '60/70' },
        { label: 'Tổng điểm', value: '87,5/100' },
      ],
      levels: [
        { text: 'Hoàn thành xuất sắc nhiệm vụ', checked: false },
        { text: 'Hoàn thành tốt nhiệm vụ', checked: true },
        { text: 'Hoàn thành nhiệm vụ', checked: false },
        { text: 'Không hoàn thành nhiệm vụ', checked: false },
      ],
    });
    expect(doc.signer).toEqual({
      role: 'NGƯỜI TỰ KIỂM ĐIỂM',
      hint: '(Ký, ghi rõ họ tên)',
      name: 'Nguyễn Thị Hoà',
    });
  });

  it('names the period of a quarterly form and leaves blanks for what is missing', () => {
    const doc = annualDocument(
      PAPER_FORMS['mau-05'] as never,
      surveyOf('mau-05'),
      { ky: 'quy-3', nam: 2026 },
      0,
    );
    expect(doc.subtitle).toBe('Quý III năm 2026');
    expect(doc.partyCommittee).toBe('……');
    expect(doc.profile.map((line) => line.label)).not.toContain('Kỳ tự đánh giá');
    expect(doc.sections.at(-1)?.score?.lines[2]).toEqual({ label: 'Tổng điểm', value: '……/100' });
  });
});
