// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { roundFingerprint } from '@/utils/rounds/crypto/fingerprint';
import { RoundsServicesProvider } from '../RoundsServices';
import RestoreView from './RestoreView';
import { chooseFiles, fakeRounds, keyBackup } from './test-rounds';

beforeEach(() => {
  location.hash = '#/rounds/restore';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function show(state: Parameters<typeof fakeRounds>[0]) {
  const fake = fakeRounds(state);
  render(
    <RoundsServicesProvider services={fake.services}>
      <RestoreView />
    </RoundsServicesProvider>,
  );
  return fake;
}

function choose(file: File) {
  const input = chooseFiles('key-backup-file-input', [file]);
  expect(input.multiple).toBe(false);
}

const backupFile = () => new File(['{"format":"x"}'], 'sao-luu.json', { type: 'application/json' });

describe('RestoreView', () => {
  it('shows what the backup holds, keeps a wrong passphrase and focuses it, then restores', async () => {
    const fake = show({
      backup: keyBackup({ id: 'round-9', label: 'Lần 2 — 2026', cellName: 'Chi bộ 5' }),
      passphrase: 'dung cum mat khau',
    });
    choose(backupFile());
    const contents = within(await screen.findByRole('region', { name: 'Trong tệp sao lưu' }));
    contents.getByText('Lần 2 — 2026');
    contents.getByText('Chi bộ 5');
    contents.getByText('tu-soi-27 (bộ nq04-27 phiên bản 1.0.0)');
    contents.getByText('Đếm chính xác, che số nhỏ (k = 5)');
    // Computed from the file's public key and round id, as the invitation's was.
    const code = await roundFingerprint(new Uint8Array(65), 'round-9');
    expect(contents.getByRole('region', { name: 'Mã kiểm tra của đợt' }).textContent).toContain(
      code,
    );
    expect(fake.services.readKeyBackup).toHaveBeenCalledWith(
      new TextEncoder().encode('{"format":"x"}'),
    );

    const field = screen.getByLabelText<HTMLInputElement>('Cụm mật khẩu của tệp sao lưu');
    fireEvent.input(field, { target: { value: 'sai cum mat khau' } });
    fireEvent.click(screen.getByRole('button', { name: 'Khôi phục' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Sai cụm mật khẩu (hoặc tệp sao lưu đã bị sửa). Kiểm tra chữ hoa, dấu và bộ gõ rồi thử lại.',
    );
    expect(field.value).toBe('sai cum mat khau');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(location.hash).toBe('#/rounds/restore');

    fireEvent.input(field, { target: { value: 'dung cum mat khau' } });
    fireEvent.click(screen.getByRole('button', { name: 'Khôi phục' }));
    await waitFor(() => expect(location.hash).toBe('#/round/round-9'));
    expect(fake.services.restoreKeyBackup).toHaveBeenLastCalledWith(
      new TextEncoder().encode('{"format":"x"}'),
      'dung cum mat khau',
    );
  });

  it('refuses a file over 3 MiB from its size alone, without reading it', async () => {
    const fake = show({ backup: keyBackup() });
    const huge = backupFile();
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'arrayBuffer');
    choose(huge);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Tệp quá lớn cho một tệp sao lưu khóa (52428800 byte, tối đa 3145728 byte). Tệp không được đọc.',
    );
    expect(read).not.toHaveBeenCalled();
    expect(fake.services.readKeyBackup).not.toHaveBeenCalled();
    expect(screen.queryByLabelText('Cụm mật khẩu của tệp sao lưu')).toBeNull();
  });

  it('says why a file is not a key backup', async () => {
    show({});
    choose(backupFile());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Đây không phải tệp sao lưu khóa của Tự soi: tệp không phải JSON UTF-8.',
    );
  });
});
