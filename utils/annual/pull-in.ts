import type { YearView } from '../commitments/service';
import { formatDay } from '../reviews/format-day';
import type { LatestResult } from '../reviews/latest-result';

const STATUS = { 'da-lam': 'đã làm', 'dang-lam': 'đang làm', 'chua-lam': 'chưa làm' } as const;

const day = (at: number) => {
  const date = new Date(at);
  return formatDay(date.getFullYear(), date.getMonth(), date.getDate(), 'vi');
};

/**
 * The latest self-review's result as a paragraph for section I.1 of the annual review, in
 * Vietnamese like the document: the member reads and edits it before it goes anywhere.
 */
export function latestResultText(result: LatestResult): string {
  const marked = result.groups.flatMap((group) => group.items);
  const head = `Đối chiếu 27 biểu hiện (bài tự soi hoàn thành ngày ${day(result.completedAt)}): `;
  if (marked.length === 0) return `${head}không tự nhận biểu hiện nào.`;
  const lines = result.groups.flatMap((group) =>
    group.items.map((item) => `- ${item.title.vi} (${item.answer.vi.toLowerCase()})`),
  );
  return `${head}tự nhận ${marked.length} biểu hiện:\n${lines.join('\n')}`;
}

/** The year's commitments, each task with its latest monthly status, for section I.3. */
export function commitmentsText(view: YearView): string {
  const lines = view.rows.map((row) => {
    const checked = row.months.flatMap((status, month) => (status ? [{ status, month }] : []));
    const last = checked.at(-1);
    const done = checked.filter((entry) => entry.status === 'da-lam').length;
    return last
      ? `- ${row.task}: tháng ${last.month + 1} ${STATUS[last.status]}; ${done}/${checked.length} tháng đã làm`
      : `- ${row.task}: chưa tự kiểm tra tháng nào`;
  });
  return `Thực hiện các việc đã đăng ký năm ${view.year}:\n${lines.join('\n')}`;
}
