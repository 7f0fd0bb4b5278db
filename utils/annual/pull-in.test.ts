import { describe, expect, it } from 'vitest';
import { commitmentsText, latestResultText } from './pull-in';

describe('texts the annual review can pull in', () => {
  it('writes the latest result with each marked item and its answer', () => {
    const text = latestResultText({
      responseId: 'r',
      formTitle: { vi: 'Tự soi 27 biểu hiện' },
      completedAt: new Date(2026, 10, 20).getTime(),
      groups: [
        {
          title: { vi: 'Nhóm I' },
          items: [
            { title: { vi: '1. Phai nhạt lý tưởng' }, answer: { vi: 'Có biểu hiện một phần' } },
          ],
        },
      ],
    });
    expect(text).toBe(
      'Đối chiếu 27 biểu hiện (bài tự soi hoàn thành ngày 20/11/2026): tự nhận 1 biểu hiện:\n- 1. Phai nhạt lý tưởng (có biểu hiện một phần)',
    );
    expect(
      latestResultText({ responseId: 'r', formTitle: { vi: 'x' }, completedAt: 0, groups: [] }),
    ).toMatch(/không tự nhận biểu hiện nào\.$/);
  });

  it('writes each task with its latest month and how many months it was done', () => {
    const months = (entries: Record<number, 'da-lam' | 'dang-lam' | 'chua-lam'>) =>
      Array.from({ length: 12 }, (_, index) => entries[index]);
    const text = commitmentsText({
      registration: { responseId: 'r', year: 2026, completed: true, tasks: [], updatedAt: 0 },
      year: 2026,
      rows: [
        { task: 'Đọc sách', months: months({ 9: 'da-lam', 10: 'dang-lam' }) },
        { task: 'Họp đúng giờ', months: months({}) },
      ],
    });
    expect(text).toBe(
      'Thực hiện các việc đã đăng ký năm 2026:\n- Đọc sách: tháng 11 đang làm; 1/2 tháng đã làm\n- Họp đúng giờ: chưa tự kiểm tra tháng nào',
    );
  });
});
