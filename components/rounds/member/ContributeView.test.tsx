// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RoundError } from '@/utils/rounds/service/errors';
import { captureDownloads } from '../../app/library/test-downloads';
import { RoundsServicesProvider } from '../RoundsServices';
import { contributionPreview, fakeRounds } from '../test-rounds';
import ContributeView from './ContributeView';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function show(services: ReturnType<typeof fakeRounds>) {
  render(
    <RoundsServicesProvider services={services}>
      <ContributeView responseId="r-1" />
    </RoundsServicesProvider>,
  );
}

/** The cells of a table's body rows: header cell first. */
function rows(caption: string) {
  const table = screen.getByRole('table', { name: caption });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

describe('ContributeView', () => {
  it('shows each item with the answer and the value sent, what the file lacks, and who sees what (exact)', async () => {
    const services = fakeRounds({ preview: contributionPreview({ kind: 'exact', k: 5 }) });
    show(services);
    await screen.findByRole('table', { name: 'Về tư tưởng chính trị' });
    expect(services.contributionPreview).toHaveBeenCalledWith('r-1');
    expect(rows('Về tư tưởng chính trị')).toEqual([
      ['Phai nhạt lý tưởng cách mạng', 'Một phần', 'Một phần'],
      ['Sa sút ý chí phấn đấu', 'Không có', 'Không có'],
    ]);
    expect(rows('Về đạo đức, lối sống')).toEqual([['Cá nhân chủ nghĩa', 'Không có', 'Không có']]);
    expect(rows('Chỉ báo tổng hợp')).toEqual([['Có ít nhất một biểu hiện', 'Có', 'Có']]);
    screen.getByText('Mọi tệp của đợt này đều cùng cỡ: 4096 byte.');
    expect(screen.getByTestId('fingerprint').textContent).toBe('1234 5678 9012 3456');

    const lacks = within(screen.getByRole('region', { name: 'Tệp này KHÔNG chứa' }));
    expect(lacks.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'tên của bạn hay bất cứ gì chỉ ra bạn là ai;',
      'văn bản bạn tự viết (ô ghi biện pháp khắc phục, ghi chú, giải thích…);',
      'thời gian: ngày giờ làm bài hay lưu tệp;',
      'thông tin về máy: trình duyệt, hệ điều hành, địa chỉ mạng.',
    ]);
    const who = within(screen.getByRole('region', { name: 'Ai thấy được gì' }));
    who.getByText(
      'Bản Tự soi của bí thư chỉ giải mã các tệp cùng lúc và chỉ cho thấy số tổng hợp, không bao giờ hiện riêng một tệp. Nhưng một bí thư cố tình có thể đọc riêng tệp của bạn.',
    );
    expect(screen.queryByText('đã ngẫu nhiên hóa')).toBeNull();
  });

  it('marks randomised values and says nobody knows which answers are real (randomised)', async () => {
    show(fakeRounds({ preview: contributionPreview({ kind: 'randomised', k: 5, truth: 0.5 }) }));
    await screen.findByRole('table', { name: 'Về tư tưởng chính trị' });
    expect(rows('Về tư tưởng chính trị')[0]).toEqual([
      'Phai nhạt lý tưởng cách mạng',
      'Một phần',
      'Cóđã ngẫu nhiên hóa',
    ]);
    expect(screen.getAllByText('đã ngẫu nhiên hóa')).toHaveLength(1);
    const who = within(screen.getByRole('region', { name: 'Ai thấy được gì' }));
    who.getByText(
      'Trước khi lưu, máy bạn đã đổi ngẫu nhiên một số câu trả lời (40% số câu vẫn là câu trả lời thật). Không ai, kể cả bí thư, biết câu nào là thật.',
    );
    expect(who.queryByText(/bí thư cố tình/)).toBeNull();
  });

  it('saves the service’s file under its name and confirms', async () => {
    const services = fakeRounds({ preview: contributionPreview({ kind: 'exact', k: 5 }) });
    show(services);
    const { blobs, clicked } = captureDownloads();
    fireEvent.click(await screen.findByRole('button', { name: 'Lưu tệp đóng góp' }));
    await screen.findByText(
      'Đã lưu. Gửi tệp này cho bí thư theo cách chi bộ đã thống nhất. Làm lại sẽ thay tệp trước.',
    );
    expect(services.contributionFile).toHaveBeenCalledWith('r-1');
    expect(clicked).toEqual(['tu-soi-dong-gop.json']);
    expect([...new Uint8Array(await (blobs[0] as Blob).arrayBuffer())]).toEqual([123, 125]);
  });

  it('explains why a review cannot become a contribution', async () => {
    const services = fakeRounds();
    services.contributionPreview.mockRejectedValue(
      new RoundError({ code: 'not-completed', responseId: 'r-1' }),
    );
    show(services);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Hãy hoàn thành bài trước khi tạo tệp đóng góp.');
    expect(screen.queryByRole('button', { name: 'Lưu tệp đóng góp' })).toBeNull();
  });
});
