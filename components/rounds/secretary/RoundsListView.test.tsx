// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RoundsServicesProvider } from '../RoundsServices';
import RoundsListView from './RoundsListView';
import { fakeRounds, summary } from './test-rounds';

afterEach(cleanup);

function show(state: Parameters<typeof fakeRounds>[0]) {
  const fake = fakeRounds(state);
  render(
    <RoundsServicesProvider services={fake.services}>
      <RoundsListView />
    </RoundsServicesProvider>,
  );
  return fake;
}

describe('RoundsListView', () => {
  it('lists rounds in the service’s order with their state', async () => {
    show({
      rounds: [
        summary({ round: { id: 'r-2', label: 'Lần 2' }, received: 3 }),
        summary({
          round: { id: 'r-1', label: 'Lần 1', expectedMembers: 8 },
          keyBackupSaved: true,
          keyLossAcknowledged: true,
          received: 7,
          reportCount: 1,
        }),
      ],
    });
    const cards = await screen.findAllByRole('article');
    expect(cards.map((card) => card.getAttribute('aria-labelledby'))).toEqual([
      'round-r-2',
      'round-r-1',
    ]);
    const newest = within(cards[0] as HTMLElement);
    expect(newest.getByRole('link', { name: 'Lần 2' }).getAttribute('href')).toBe('#/round/r-2');
    newest.getByText('Chưa lưu khóa');
    newest.getByText('Đang thu');
    newest.getByText('Đã nhận 3 / dự kiến 6');
    newest.getByText('Tự soi 27 biểu hiện · 27 biểu hiện suy thoái phiên bản 1.0.0');
    const older = within(cards[1] as HTMLElement);
    older.getByText('Đã có báo cáo');
    older.getByText('Đã nhận 7 / dự kiến 8');
    expect(older.queryByText('Chưa lưu khóa')).toBeNull();
    expect(screen.getByRole('link', { name: 'Tạo đợt mới' }).getAttribute('href')).toBe(
      '#/rounds/new',
    );
    expect(
      screen.getByRole('link', { name: 'Khôi phục khóa từ tệp sao lưu' }).getAttribute('href'),
    ).toBe('#/rounds/restore');
  });

  it('counts stored rounds it cannot read instead of leaving them out silently', async () => {
    show({ rounds: [summary({ round: { id: 'r-1', label: 'Lần 1' } })], unreadable: 2 });
    await screen.findByText(/^2 đợt lưu trên máy này không đọc được/);
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });

  it('explains what a round is when there is none', async () => {
    show({ rounds: [] });
    await screen.findByText(/^Chưa có đợt nào\. Một đợt là một lần cả chi bộ/);
    expect(screen.queryAllByRole('article')).toEqual([]);
    expect(screen.queryByText(/không đọc được/)).toBeNull();
  });
});
