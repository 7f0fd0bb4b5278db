/**
 * The paper forms behind the built-in annual review pack (forms/kiem-diem-2025.json): the
 * code printed top right and the line under the title. From 2025 (HD 43-HD/BTCTW) 02A is for
 * members holding a leadership post, 02B for those who do not, 02C for members outside the
 * political system — the reverse of the 2023 codes.
 */
export const ANNUAL_PACK_ID = 'kiem-diem-2025';

export interface PaperForm {
  code: string;
  title: string;
  audience?: string;
  /** The question holding the period, for forms that are not yearly only. */
  periodQuestion?: string;
}

const ANNUAL_TITLE = 'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN';

export const PAPER_FORMS: Readonly<Record<string, PaperForm>> = {
  'mau-02a': {
    code: 'Mẫu 02A-HD KĐ.ĐG 2025',
    title: ANNUAL_TITLE,
    audience: '(Cá nhân giữ chức vụ lãnh đạo, quản lý)',
  },
  'mau-02b': {
    code: 'Mẫu 02B-HD KĐ.ĐG 2025',
    title: ANNUAL_TITLE,
    audience: '(Cá nhân không giữ chức vụ lãnh đạo, quản lý)',
  },
  'mau-02c': {
    code: 'Mẫu 02C-HD KĐ.ĐG 2025',
    title: ANNUAL_TITLE,
    audience: '(Đảng viên không làm việc trong hệ thống chính trị)',
  },
  'mau-05': {
    code: 'Mẫu 05-HD KĐ.ĐG',
    title: 'BẢN TỰ ĐÁNH GIÁ, XẾP LOẠI CỦA CÁ NHÂN',
    periodQuestion: 'ky',
  },
};

/** The paper form of a response, if it is one of the annual review's forms. */
export function paperFormOf(packId: string, formId: string): PaperForm | undefined {
  return packId === ANNUAL_PACK_ID ? PAPER_FORMS[formId] : undefined;
}
