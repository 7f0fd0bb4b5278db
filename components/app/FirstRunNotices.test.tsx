// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { getSettings, saveSettings } from '@/utils/storage/settings';
import { useFreshDatabase } from '@/utils/storage/test-utils';
import { FirstRunNotices } from './FirstRunNotices';
import { SettingsProvider } from './settings-context';

useFreshDatabase();
afterEach(cleanup);

const PRIVACY = /^Câu trả lời lưu trên máy này, để bạn tự soi/;

/** The notices under a stand-in for the home page's heading. */
function showNotices() {
  return render(
    <SettingsProvider fallback={null}>
      <h1 tabIndex={-1}>Tự soi</h1>
      <FirstRunNotices />
    </SettingsProvider>,
  );
}

describe('FirstRunNotices', () => {
  it('explains Tự soi on the first open, with its heading focused', async () => {
    showNotices();
    const heading = await screen.findByRole('heading', { name: 'Lần đầu dùng Tự soi?' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    screen.getByText(/27 biểu hiện suy thoái/);
    screen.getByText(/khoảng 15–20 phút \(chỉ là ước chừng/);
    screen.getByText(/câu trả lời tự lưu sau mỗi lần chọn/);
    screen.getByText(/biểu tượng mảnh ghép/);
    for (const answer of ['Không có', 'Có biểu hiện một phần', 'Có biểu hiện']) {
      expect(screen.getByText(answer, { selector: 'dt' }).nextElementSibling?.textContent).toMatch(
        /^Bạn |^Có lúc/,
      );
    }
    expect(screen.getAllByText(PRIVACY)).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Xem hướng dẫn đầy đủ' }).getAttribute('href')).toBe(
      '#/help',
    );
    // The data notice waits until the orientation is dismissed.
    expect(screen.queryByRole('heading', { name: 'Giữ kết quả của bạn' })).toBeNull();
  });

  it.each(['Bỏ qua', 'Bắt đầu'])(
    '"%s" dismisses it for good and focuses the page heading',
    async (button) => {
      showNotices();
      fireEvent.click(await screen.findByRole('button', { name: button }));
      await waitFor(() =>
        expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })),
      );
      await screen.findByRole('heading', { name: 'Giữ kết quả của bạn' });
      expect(screen.queryByRole('heading', { name: 'Lần đầu dùng Tự soi?' })).toBeNull();
      expect(screen.getAllByText(PRIVACY)).toHaveLength(1);
      expect((await getSettings()).orientationSeen).toBe(true);

      cleanup();
      showNotices();
      await screen.findByText(PRIVACY);
      expect(screen.queryByRole('heading', { name: 'Lần đầu dùng Tự soi?' })).toBeNull();
    },
  );

  it('shows the data notice until it is dismissed, then only the privacy sentence', async () => {
    await saveSettings({ orientationSeen: true });
    showNotices();
    await screen.findByRole('heading', { name: 'Giữ kết quả của bạn' });
    screen.getByText(/Gỡ tiện ích, hoặc đặt lại hay xóa dữ liệu của trình duyệt/);
    screen.getByText(/mở bài đã hoàn thành và bấm “In kết quả”/);
    fireEvent.click(screen.getByRole('button', { name: 'Đã hiểu' }));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Giữ kết quả của bạn' })).toBeNull(),
    );
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect((await getSettings()).dataNoticeSeen).toBe(true);
    expect(screen.getAllByText(PRIVACY)).toHaveLength(1);
  });
});
