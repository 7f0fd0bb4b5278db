// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBytes } from '../../app/library/download';
import { RoundsServicesProvider } from '../RoundsServices';
import RoundView from './RoundView';
import { chooseFiles, fakeRounds, gate, summary } from './test-rounds';

vi.mock('../../app/library/download', () => ({ downloadBytes: vi.fn() }));

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

function show(state: Parameters<typeof fakeRounds>[0]) {
  const fake = fakeRounds(state);
  render(
    <RoundsServicesProvider services={fake.services}>
      <RoundView roundId="round-1" />
    </RoundsServicesProvider>,
  );
  return fake;
}

function step(name: string | RegExp) {
  return within(screen.getByRole('region', { name }));
}

function choose(...files: File[]) {
  chooseFiles('contribution-file-input', files);
}

const file = (name: string) => new File(['{}'], name, { type: 'application/json' });

describe('RoundView', () => {
  it('shows the round, its mode and its fingerprint to read aloud', async () => {
    show({
      rounds: [summary({ round: { mode: { kind: 'randomised', k: 4, truth: 0.75 } } })],
    });
    await screen.findByRole('heading', { level: 1, name: 'Tự soi lần 3 — Quý IV/2026' });
    screen.getByText('Chi bộ Khu phố 2');
    screen.getByText('Ngẫu nhiên hóa câu trả lời (3 trong 4 câu trả lời được giữ, k = 4)');
    const fingerprint = within(screen.getByRole('region', { name: 'Mã kiểm tra của đợt' }));
    expect(fingerprint.getByText('1234 5678 9012 3456').dataset.testid).toBe('fingerprint');
    fingerprint.getByText(
      'Đọc to mã này tại cuộc họp; mỗi đảng viên so với mã hiện trên màn hình của mình.',
    );
  });

  it('keeps the invitation disabled, saying why, until the backup is saved and the risk acknowledged', async () => {
    const fake = show({ rounds: [summary()] });
    await screen.findByRole('heading', { level: 1 });
    const invite = () => step('Bước 2. Gửi thư mời').getByRole('button', { name: 'Xuất thư mời' });
    const reason = () => document.getElementById('invitation-reason')?.textContent;
    expect(invite().hasAttribute('disabled')).toBe(true);
    expect(invite().getAttribute('aria-describedby')).toBe('invitation-reason');
    expect(reason()).toBe(
      'Chưa xuất được: trước tiên hãy lưu tệp sao lưu khóa và đánh dấu ô “Tôi hiểu” ở bước 1.',
    );

    const keyStep = step('Bước 1. Giữ an toàn khóa của đợt');
    fireEvent.click(keyStep.getByRole('button', { name: 'Lưu tệp sao lưu khóa' }));
    await keyStep.findByText('Đã lưu tệp sao lưu khóa.');
    expect(downloadBytes).toHaveBeenCalledWith('sao-luu-khoa.json', new Uint8Array([4, 5, 6]));
    expect(fake.services.markKeyBackupSaved).toHaveBeenCalledWith('round-1');
    expect(invite().hasAttribute('disabled')).toBe(true);
    expect(reason()).toBe('Chưa xuất được: trước tiên hãy đánh dấu ô “Tôi hiểu” ở bước 1.');

    fireEvent.click(
      keyStep.getByRole('checkbox', {
        name: 'Tôi hiểu: mất khóa thì không đọc được các tệp đóng góp của đợt này',
      }),
    );
    await waitFor(() => expect(invite().hasAttribute('disabled')).toBe(false));
    expect(fake.services.setKeyLossAcknowledged).toHaveBeenCalledWith('round-1', true);
    expect(reason()).toBeUndefined();
    expect(invite().getAttribute('aria-describedby')).toBeNull();
    fireEvent.click(invite());
    await waitFor(() =>
      expect(downloadBytes).toHaveBeenLastCalledWith('thu-moi.json', new Uint8Array([1, 2, 3])),
    );
  });

  it('imports many files with progress, then each file’s outcome and received vs expected', async () => {
    const hold = gate();
    show({
      rounds: [summary({ received: 4, round: { expectedMembers: 6 } })],
      importGate: hold.promise,
      outcomes: {
        'b.json': { kind: 'replaced' },
        'c.json': { kind: 'unchanged' },
        'd.json': { kind: 'rejected', error: { code: 'undecryptable' } },
        'e.json': { kind: 'rejected', error: { code: 'other-round' } },
        'f.json': {
          kind: 'rejected',
          error: { code: 'too-large', kind: 'contribution', size: 52428800, max: 1048576 },
        },
      },
    });
    const collect = within(
      await screen.findByRole('region', { name: 'Bước 3. Nhận tệp đóng góp' }),
    );
    collect.getByText('Đã nhận 4 / dự kiến 6');
    choose(...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => file(`${name}.json`)));
    await collect.findByText('Đang đọc các tệp: xong 1 / 7…');
    const bar = document.querySelector('progress');
    expect(bar?.getAttribute('value')).toBe('1');
    expect(bar?.getAttribute('max')).toBe('7');
    expect(
      collect.getByRole('button', { name: /Chọn các tệp đóng góp/ }).hasAttribute('disabled'),
    ).toBe(true);
    hold.open();
    await collect.findByText('Đã đọc xong 7 tệp.');
    expect(document.querySelector('progress')).toBeNull();
    const results = collect.getByRole('list', { name: 'Kết quả từng tệp' });
    expect(
      within(results)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'a.json: Đã nhận',
      'b.json: Thay bản trước của cùng người',
      'c.json: Đã có',
      'd.json: Không giải mã được tệp đóng góp bằng khóa của đợt này: tệp đã bị sửa, hỏng, hoặc làm cho đợt khác.',
      'e.json: Tệp đóng góp này thuộc một đợt khác, không phải đợt đang thu.',
      'f.json: Tệp quá lớn cho một tệp đóng góp (52428800 byte, tối đa 1048576 byte). Tệp không được đọc.',
      'g.json: Đã nhận',
    ]);
    collect.getByText('Đã nhận 6 / dự kiến 6');
    expect(collect.queryByText(/Nhiều tệp hơn số đảng viên dự kiến/)).toBeNull();
  });

  it('warns when more files came in than members are expected', async () => {
    show({ rounds: [summary({ received: 6, round: { expectedMembers: 6 } })] });
    const collect = within(
      await screen.findByRole('region', { name: 'Bước 3. Nhận tệp đóng góp' }),
    );
    choose(file('x.json'));
    await collect.findByText('Đã nhận 7 / dự kiến 6');
    collect.getByText(
      'Nhiều tệp hơn số đảng viên dự kiến — kiểm tra có ai gửi hai lần bằng hai máy không.',
    );
  });

  it('says how many more contributions a report needs', async () => {
    const fake = show({ rounds: [summary({ received: 3 })] });
    const report = within(await screen.findByRole('region', { name: 'Bước 4. Lập báo cáo' }));
    expect(report.queryByRole('link', { name: 'Xem báo cáo' })).toBeNull();
    fireEvent.click(report.getByRole('button', { name: 'Lập báo cáo' }));
    const alert = await report.findByRole('alert');
    expect(alert.textContent).toBe(
      'Mới nhận 3 tệp đóng góp; cần ít nhất 5 mới lập được báo cáo (còn thiếu 2).',
    );
    expect(fake.services.makeReport).toHaveBeenCalledWith('round-1');
    expect(report.queryByRole('link', { name: 'Xem báo cáo' })).toBeNull();
  });

  it('makes a report and links to it', async () => {
    show({ rounds: [summary({ received: 5 })] });
    const report = within(await screen.findByRole('region', { name: 'Bước 4. Lập báo cáo' }));
    fireEvent.click(report.getByRole('button', { name: 'Lập báo cáo' }));
    await report.findByText('Đã lập báo cáo từ 5 tệp đóng góp.');
    const link = await report.findByRole('link', { name: 'Xem báo cáo' });
    expect(link.getAttribute('href')).toBe('#/round/round-1/report');
    expect(report.queryByRole('alert')).toBeNull();
  });

  it('says so when the round is not on this device', async () => {
    show({ rounds: [] });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Không tìm thấy đợt này trên máy này.');
  });
});
