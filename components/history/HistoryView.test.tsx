// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nq04 from '@/forms/nq04-27.json';
import { installForTest } from '@/utils/library/test-utils';
import type { Pack } from '@/utils/pack/schema';
import { storedReview } from '@/utils/reviews/test-utils';
import { useFreshDatabase } from '@/utils/storage/test-utils';
import HistoryView from './HistoryView';

afterEach(cleanup);

const PACK = nq04 as unknown as Pack;

function completed(data: Record<string, unknown>) {
  return storedReview({ packId: PACK.id, packVersion: PACK.version, formId: 'bieu-hien-27' }, data);
}

describe('HistoryView', () => {
  useFreshDatabase();

  it('charts each review and compares the last two, item by item', async () => {
    await installForTest(PACK, 'builtin');
    // Distinct times: two saves within one millisecond would have no order.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 3, 1));
    await completed({ tt1: 'co', tt2: 'mot-phan', dd1: 'khong' });
    vi.setSystemTime(Date.UTC(2026, 6, 1));
    await completed({ tt1: 'mot-phan', tt2: 'khong', dd1: 'co' });
    vi.setSystemTime(Date.UTC(2026, 9, 1));
    await completed({ tt1: 'khong', tt2: 'khong', dd1: 'co' });
    vi.useRealTimers();
    render(<HistoryView />);
    const chart = await screen.findByRole('img', {
      name: /^Tự soi 27 biểu hiện suy thoái: số biểu hiện/,
    });
    expect(
      [...chart.querySelectorAll('.history-chart__value')].map((value) => value.textContent),
    ).toEqual(['2', '2', '1']);
    const rows = () =>
      within(screen.getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect(rows()).toEqual([['Có biểu hiện một phần', 'Không có', 'Tiến bộ']]);

    fireEvent.change(screen.getByRole('combobox', { name: 'Lần trước' }), {
      target: { value: '0' },
    });
    expect(rows()).toEqual([
      ['Có biểu hiện', 'Không có', 'Tiến bộ'],
      ['Có biểu hiện một phần', 'Không có', 'Tiến bộ'],
      ['Không có', 'Có biểu hiện', 'Cần lưu ý'],
    ]);
  });

  it('explains the page when nothing is completed yet', async () => {
    render(<HistoryView />);
    await screen.findByText(/^Chưa có bài tự soi nào hoàn thành/);
  });
});
