// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureBuiltinPacks } from '@/utils/packs/builtin';
import { builtinReviewAt as reviewAt } from '@/utils/reviews/test-utils';
import { useFreshDatabase } from '@/utils/storage/test-utils';
import { openAppPage } from './open-surfaces';
import { Popup } from './Popup';

vi.mock('./open-surfaces', () => ({
  openAppPage: vi.fn(async () => undefined),
  openSidePanel: vi.fn(),
  currentWindowId: vi.fn(async () => 7),
}));

useFreshDatabase();
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Popup', () => {
  it('lists the three newest drafts, newest first, each with its progress and "Tiếp tục"', async () => {
    await ensureBuiltinPacks();
    vi.useFakeTimers({ toFake: ['Date'] });
    await reviewAt(1_000, 1, 'draft');
    await reviewAt(2_000, 5, 'draft');
    await reviewAt(3_000, 27, 'completed');
    await reviewAt(4_000, 9, 'draft');
    const newest = await reviewAt(5_000, 12, 'draft');
    vi.useRealTimers();
    render(<Popup />);

    const entries = await screen.findAllByRole('listitem');
    expect(entries.map((entry) => within(entry).getByText(/^Đã trả lời/).textContent)).toEqual([
      'Đã trả lời 12/27',
      'Đã trả lời 9/27',
      'Đã trả lời 5/27',
    ]);
    const first = within(entries[0] as HTMLElement);
    first.getByRole('button', { name: 'Mở trong khung bên cạnh (side panel)' });
    fireEvent.click(first.getByRole('button', { name: 'Tiếp tục' }));
    expect(openAppPage).toHaveBeenCalledWith(`#/review/${newest}`);

    fireEvent.click(screen.getByRole('button', { name: 'Hướng dẫn' }));
    expect(openAppPage).toHaveBeenLastCalledWith('#/help');
  });

  it('shows the latest completed review when no draft is left', async () => {
    await ensureBuiltinPacks();
    vi.useFakeTimers({ toFake: ['Date'] });
    await reviewAt(10_000, 27, 'completed');
    vi.useRealTimers();
    render(<Popup />);
    const entry = within(await screen.findByRole('listitem'));
    entry.getByText('Đã hoàn thành');
    entry.getByRole('button', { name: 'Xem kết quả' });
  });

  it('says there is no review yet and offers to choose a form', async () => {
    render(<Popup />);
    await screen.findByText('Bạn chưa bắt đầu bài tự soi nào.');
    screen.getByRole('button', { name: 'Chọn biểu mẫu để bắt đầu' });
    expect(screen.queryByRole('listitem')).toBeNull();
  });
});
