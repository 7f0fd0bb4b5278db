// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RoundsServicesProvider } from '../RoundsServices';
import CreateRoundView from './CreateRoundView';
import { candidate, fakeRounds } from './test-rounds';

beforeEach(() => {
  location.hash = '#/rounds/new';
});
afterEach(cleanup);

const plain = candidate();
const noIndicator = candidate({
  packKey: 'khac@2.0.0',
  pack: { id: 'khac', version: '2.0.0', sha256: 'cd'.repeat(32) },
  packTitle: { vi: 'Bộ khác' },
  formId: 'phieu-ngan',
  formTitle: { vi: 'Phiếu ngắn' },
  hasIndicator: false,
});

function show(state: Parameters<typeof fakeRounds>[0] = {}) {
  const fake = fakeRounds({ candidates: [plain, noIndicator], ...state });
  render(
    <RoundsServicesProvider services={fake.services}>
      <CreateRoundView />
    </RoundsServicesProvider>,
  );
  return fake;
}

function type(label: string | RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('CreateRoundView', () => {
  it('shows each randomised option’s margin for the expected count before one is chosen', async () => {
    const fake = show();
    await screen.findByLabelText('Tên đợt');
    screen.getByRole('radio', { name: 'Đếm chính xác, che số nhỏ', checked: true });
    const half = screen.getByRole('radio', {
      name: 'Ngẫu nhiên hóa câu trả lời: 1 trong 2 câu trả lời được giữ',
    });
    expect(half.getAttribute('aria-describedby')).toContain('mode-margin-0.5');
    screen.getByText('Sai số dự kiến với 10 người: ± 36 điểm phần trăm, tức ± 4 người trên 10.');
    type('Số đảng viên dự kiến tham gia', '20');
    await screen.findByText(
      'Sai số dự kiến với 20 người: ± 21 điểm phần trăm, tức ± 4 người trên 20.',
    );
    expect(fake.services.marginOfError).toHaveBeenCalledWith(
      { kind: 'randomised', k: 5, truth: 0.75 },
      20,
    );
    screen.getByText(/một bí thư cố ý: người đó vẫn có thể tự đọc riêng một tệp/);
  });

  it('shows every error inline, focuses the first, and creates nothing', async () => {
    const fake = show();
    await screen.findByLabelText('Tên đợt');
    type('Số đảng viên dự kiến tham gia', '1');
    type('Cụm mật khẩu bảo vệ tệp sao lưu khóa', 'ngan');
    fireEvent.click(screen.getByRole('button', { name: 'Tạo đợt' }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent)).toEqual([
      'Hãy đặt tên cho đợt (tối đa 120 ký tự).',
      'Hãy nhập tên chi bộ (tối đa 120 ký tự).',
      'Số đảng viên dự kiến phải là số nguyên từ 2 đến 200.',
      'Cụm mật khẩu cần ít nhất 10 ký tự.',
    ]);
    const label = screen.getByLabelText('Tên đợt');
    await waitFor(() => expect(document.activeElement).toBe(label));
    expect(label.getAttribute('aria-invalid')).toBe('true');
    expect(label.getAttribute('aria-describedby')).toBe('create-label-error');
    expect(fake.services.createRound).not.toHaveBeenCalled();
  });

  it('refuses two passphrases that differ', async () => {
    const fake = show();
    await screen.findByLabelText('Tên đợt');
    type('Tên đợt', 'Lần 1');
    type('Tên chi bộ', 'Chi bộ 3');
    type('Cụm mật khẩu bảo vệ tệp sao lưu khóa', 'mot hai ba bon');
    type('Nhập lại cụm mật khẩu', 'mot hai ba nam');
    fireEvent.click(screen.getByRole('button', { name: 'Tạo đợt' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Hai lần nhập cụm mật khẩu không giống nhau.');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText('Nhập lại cụm mật khẩu')),
    );
    expect(fake.services.createRound).not.toHaveBeenCalled();
  });

  it('creates the round with what was entered, shows progress and opens the round', async () => {
    const fake = show({
      series: [
        {
          seriesId: 's-old',
          seriesLabel: 'Loạt 2025',
          packId: 'khac',
          formId: 'phieu-ngan',
          rounds: 2,
        },
        {
          seriesId: 's-other',
          seriesLabel: 'Loạt khác',
          packId: 'nq04-27',
          formId: 'x',
          rounds: 1,
        },
      ],
    });
    const form = await screen.findByLabelText('Biểu mẫu');
    screen.getByRole('option', {
      name: 'Phiếu ngắn — Bộ khác 2.0.0 (không có chỉ số chung)',
    });
    fireEvent.change(form, { target: { value: 'khac@2.0.0#phieu-ngan' } });
    const series = screen.getByLabelText<HTMLSelectElement>('Loạt so sánh');
    // Only the series of the chosen pack and form are offered, the newest chosen.
    await waitFor(() => expect(series.value).toBe('s-old'));
    expect([...series.options].map((option) => option.textContent)).toEqual([
      'Loạt 2025 (2 đợt)',
      'Loạt mới',
    ]);
    type('Tên đợt', '  Tự soi lần 3 — Quý IV/2026 ');
    type('Tên chi bộ', 'Chi bộ Khu phố 2');
    type('Số đảng viên dự kiến tham gia', '12');
    fireEvent.click(
      screen.getByRole('radio', {
        name: 'Ngẫu nhiên hóa câu trả lời: 3 trong 4 câu trả lời được giữ',
      }),
    );
    fireEvent.change(screen.getByLabelText('Ngưỡng k'), { target: { value: '4' } });
    type('Cụm mật khẩu bảo vệ tệp sao lưu khóa', 'mot hai ba bon');
    type('Nhập lại cụm mật khẩu', 'mot hai ba bon');
    const passphrase = screen.getByLabelText('Cụm mật khẩu bảo vệ tệp sao lưu khóa');
    expect(passphrase.getAttribute('type')).toBe('password');
    fireEvent.click(screen.getByLabelText('Hiện cụm mật khẩu'));
    await waitFor(() => expect(passphrase.getAttribute('type')).toBe('text'));
    fireEvent.click(screen.getByRole('button', { name: 'Tạo đợt' }));
    await screen.findByText('Đang tạo khóa…');
    expect(fake.services.createRound).toHaveBeenCalledWith({
      packKey: 'khac@2.0.0',
      formId: 'phieu-ngan',
      label: 'Tự soi lần 3 — Quý IV/2026',
      cellName: 'Chi bộ Khu phố 2',
      expectedMembers: 12,
      series: { id: 's-old' },
      mode: { kind: 'randomised', k: 4, truth: 0.75 },
      passphrase: 'mot hai ba bon',
    });
    await waitFor(() => expect(location.hash).toBe('#/round/round-new'));
  });

  it('names a new series after the form unless renamed', async () => {
    const fake = show();
    await screen.findByLabelText('Tên đợt');
    const seriesLabel = screen.getByLabelText<HTMLInputElement>('Tên loạt mới');
    expect(seriesLabel.value).toBe('Tự soi 27 biểu hiện');
    type('Tên loạt mới', 'Loạt 2026');
    type('Tên đợt', 'Lần 1');
    type('Tên chi bộ', 'Chi bộ 3');
    type('Cụm mật khẩu bảo vệ tệp sao lưu khóa', '0123456789');
    type('Nhập lại cụm mật khẩu', '0123456789');
    fireEvent.click(screen.getByRole('button', { name: 'Tạo đợt' }));
    await waitFor(() => expect(fake.services.createRound).toHaveBeenCalledTimes(1));
    expect(fake.services.createRound.mock.calls[0]?.[0]).toMatchObject({
      packKey: 'nq04-27@1.0.0',
      expectedMembers: 10,
      series: { label: 'Loạt 2026' },
      mode: { kind: 'exact', k: 5 },
    });
  });
});
