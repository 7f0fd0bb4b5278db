// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nq04 from '@/forms/nq04-27.json';
import { installForTest } from '@/utils/library/test-utils';
import type { Pack } from '@/utils/pack/schema';
import { storedReview } from '@/utils/reviews/test-utils';
import { getCommitmentCheck } from '@/utils/storage/commitment-store';
import { useFreshDatabase } from '@/utils/storage/test-utils';
import { SettingsProvider } from '../app/settings-context';
import CommitmentsView from './CommitmentsView';
import MonthCheckView from './MonthCheckView';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function registration() {
  return storedReview(
    { packId: 'dang-ky-cam-ket', packVersion: '1.0.0', formId: 'dang-ky-nam' },
    {
      nam: 2027,
      'viec-lam': [
        {
          viec: 'Đọc 1 tác phẩm của Bác mỗi quý',
          'chi-tieu': 'Sổ ghi chép',
          'thoi-han': '2027-03-31',
        },
        { viec: 'Đi họp chi bộ đúng giờ' },
      ],
    },
  );
}

describe('the monthly check', () => {
  useFreshDatabase();

  it('refuses to save with a task unmarked, then saves each status and note', async () => {
    const id = await registration();
    render(<MonthCheckView registrationId={id} month="2027-01" />);
    screen.getByRole('heading', { level: 1, name: 'Tự kiểm tra tháng 1/2027' });
    const first = await screen.findByRole('group', { name: '1. Đọc 1 tác phẩm của Bác mỗi quý' });
    within(first).getByText('Chỉ tiêu: Sổ ghi chép · Thời hạn: 31/03/2027');
    fireEvent.click(within(first).getByRole('radio', { name: 'Đang làm' }));
    fireEvent.input(within(first).getByRole('textbox', { name: 'Ghi chú ngắn về việc 1' }), {
      target: { value: 'đọc được nửa' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu kết quả tháng này' }));
    const unmarked = await screen.findByText(/^Còn 1 việc chưa đánh dấu/);
    expect(document.activeElement).toBe(unmarked);
    expect(await getCommitmentCheck(id, '2027-01')).toBeUndefined();

    const second = screen.getByRole('group', { name: '2. Đi họp chi bộ đúng giờ' });
    fireEvent.click(within(second).getByRole('radio', { name: 'Đã làm' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu kết quả tháng này' }));
    await screen.findByText(/^Đã lưu lúc /);
    expect((await getCommitmentCheck(id, '2027-01'))?.entries).toEqual([
      { task: 'Đọc 1 tác phẩm của Bác mỗi quý', status: 'dang-lam', note: 'đọc được nửa' },
      { task: 'Đi họp chi bộ đúng giờ', status: 'da-lam', note: '' },
    ]);
  });

  it('shows the saved month in the year grid of the list', async () => {
    const id = await registration();
    render(<MonthCheckView registrationId={id} month="2027-02" />);
    await screen.findByRole('group', { name: '1. Đọc 1 tác phẩm của Bác mỗi quý' });
    for (const name of ['1. Đọc 1 tác phẩm của Bác mỗi quý', '2. Đi họp chi bộ đúng giờ']) {
      fireEvent.click(
        within(screen.getByRole('group', { name })).getByRole('radio', { name: 'Chưa làm' }),
      );
    }
    fireEvent.click(screen.getByRole('button', { name: 'Lưu kết quả tháng này' }));
    await screen.findByText(/^Đã lưu lúc /);
    cleanup();

    render(
      <SettingsProvider fallback={null}>
        <CommitmentsView />
      </SettingsProvider>,
    );
    const grid = await screen.findByRole('table', {
      name: 'Năm 2027: từng việc làm qua các tháng',
    });
    const rows = within(grid).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        [...row.querySelectorAll('td')].slice(0, 3).map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['—Chưa kiểm tra', '✗Chưa làm', '—Chưa kiểm tra'],
      ['—Chưa kiểm tra', '✗Chưa làm', '—Chưa kiểm tra'],
    ]);
    expect(
      within(grid).getByRole('link', { name: 'Tự kiểm tra tháng 2/2027' }).getAttribute('href'),
    ).toBe(`#/commitments/${id}/2027-02`);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
  });

  it('puts the latest completed 27-item result beside the month', async () => {
    const id = await registration();
    const pack = nq04 as unknown as Pack;
    await installForTest(pack, 'builtin');
    const review = await storedReview(
      { packId: pack.id, packVersion: pack.version, formId: 'bieu-hien-27' },
      { tt1: 'co', dd2: 'mot-phan', tt2: 'khong' },
    );
    render(<MonthCheckView registrationId={id} month="2027-01" />);
    const panel = await screen.findByRole('region', { name: 'Kết quả tự soi gần nhất' });
    await within(panel).findByText(/^Tự soi 27 biểu hiện suy thoái, hoàn thành lúc/);
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.split(' — ')[1]),
    ).toEqual(['Có biểu hiện', 'Có biểu hiện một phần']);
    expect(
      within(panel).getByRole('link', { name: 'Xem kết quả đầy đủ' }).getAttribute('href'),
    ).toBe(`#/review/${review}`);
  });

  it('goes straight to this month of the newest registration from the reminder', async () => {
    const id = await registration();
    const replace = vi.spyOn(location, 'replace').mockImplementation(() => undefined);
    render(
      <SettingsProvider fallback={null}>
        <CommitmentsView openThisMonth />
      </SettingsProvider>,
    );
    await waitFor(() => expect(replace).toHaveBeenCalledOnce());
    // The registration is for 2027: its month nearest to today.
    expect(replace.mock.calls[0]?.[0]).toMatch(new RegExp(`^#/commitments/${id}/2027-(01|12)$`));
  });

  it('says so when there is no registration with tasks yet', async () => {
    render(
      <SettingsProvider fallback={null}>
        <CommitmentsView />
      </SettingsProvider>,
    );
    await screen.findByText(/^Bạn chưa đăng ký việc làm nào/);
  });
});
