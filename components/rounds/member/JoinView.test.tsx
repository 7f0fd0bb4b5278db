// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RoundFileError } from '@/utils/rounds/files/errors';
import { RoundsServicesProvider } from '../RoundsServices';
import { fakeRounds, invitationPreview } from '../test-rounds';
import JoinView from './JoinView';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  location.hash = '';
});

function show(services: ReturnType<typeof fakeRounds>) {
  render(
    <RoundsServicesProvider services={services}>
      <JoinView />
    </RoundsServicesProvider>,
  );
}

/** Chooses a file through the hidden picker input, as the file dialog would. */
function choose(file: File) {
  const input = document.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent(input, new Event('change', { bubbles: true }));
}

const invitationFile = () => new File([new Uint8Array([7, 8, 9])], 'thu-moi.json');

describe('JoinView', () => {
  it('shows the round, the fingerprint to compare, the mode, then joins and opens the review', async () => {
    const services = fakeRounds({ invitation: invitationPreview() });
    show(services);
    screen.getByRole('button', { name: /Chọn tệp thư mời/ });
    choose(invitationFile());

    const card = within(
      await screen.findByRole('region', { name: 'Thư mời: Tự soi lần 3 — Quý IV/2026' }),
    );
    expect([...(services.readInvitation.mock.calls[0]?.[0] ?? [])]).toEqual([7, 8, 9]);
    card.getByText('Chi bộ 4');
    card.getByText('Tự soi 27 biểu hiện · phiên bản 1.1.0');
    expect(card.getByTestId('fingerprint').textContent).toBe('1234 5678 9012 3456');
    card.getByText('So mã này với mã bí thư đọc tại cuộc họp. Nếu khác, đừng dùng thư mời này.');
    card.getByText(/^Đợt này đếm chính xác: .* ít nhất 5 người/);

    fireEvent.click(card.getByRole('button', { name: 'Tham gia và bắt đầu' }));
    await waitFor(() => expect(location.hash).toBe('#/review/r-new'));
    expect([...(services.joinRound.mock.calls[0]?.[0] ?? [])]).toEqual([7, 8, 9]);
  });

  it('states the share of real answers in randomised mode', async () => {
    const preview = invitationPreview();
    preview.invitation.round.mode = { kind: 'randomised', k: 5, truth: 0.75 };
    show(fakeRounds({ invitation: preview }));
    choose(invitationFile());
    await screen.findByText(
      /đổi ngẫu nhiên một số câu trả lời \(60% số câu vẫn là câu trả lời thật\)/,
    );
  });

  it('offers to continue the review already made for this round, and does not join again', async () => {
    const services = fakeRounds({ invitation: invitationPreview({ existingResponseId: 'r-old' }) });
    show(services);
    choose(invitationFile());
    await screen.findByText('Bạn đã có bài của đợt này.');
    const resume = screen.getByRole('link', { name: 'Tiếp tục' });
    expect(resume.getAttribute('href')).toBe('#/review/r-old');
    expect(screen.queryByRole('button', { name: 'Tham gia và bắt đầu' })).toBeNull();
    expect(services.joinRound).not.toHaveBeenCalled();
  });

  it('shows a refused invitation with its round-errors sentence', async () => {
    const services = fakeRounds();
    services.readInvitation.mockRejectedValue(
      new RoundFileError({ code: 'fingerprint', kind: 'invitation' }),
    );
    show(services);
    choose(invitationFile());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Mã kiểm tra của thư mời không khớp khóa của đợt/);
    expect(screen.queryByTestId('fingerprint')).toBeNull();
  });

  it('refuses a file over 3 MiB from its size alone, without reading it', async () => {
    const services = fakeRounds({ invitation: invitationPreview() });
    show(services);
    const huge = invitationFile();
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'arrayBuffer');
    choose(huge);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Tệp quá lớn cho một thư mời (52428800 byte, tối đa 3145728 byte). Tệp không được đọc.',
    );
    expect(read).not.toHaveBeenCalled();
    expect(services.readInvitation).not.toHaveBeenCalled();
  });
});
