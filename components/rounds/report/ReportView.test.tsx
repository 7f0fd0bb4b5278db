// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureDownloads } from '../../app/library/test-downloads';
import { RoundsServicesProvider } from '../RoundsServices';
import { exactReport, fakeRounds, randomisedReport, trendOf } from '../test-rounds';
import ReportView from './ReportView';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function show(services: ReturnType<typeof fakeRounds>) {
  render(
    <RoundsServicesProvider services={services}>
      <ReportView roundId="round-3" />
    </RoundsServicesProvider>,
  );
  return services;
}

/** Body rows of a table as the text of their cells, header cell first. */
function rows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

const groupTable = 'Về tư tưởng chính trị: số đảng viên theo từng câu trả lời';

describe('ReportView', () => {
  it('shows the title block, the headline, exact, banded and hidden numbers, top items and the trend', async () => {
    const report = exactReport();
    const services = show(fakeRounds({ report, trend: trendOf(report) }));
    await screen.findByRole('heading', {
      level: 1,
      name: 'Báo cáo tự soi — Tự soi lần 3 — Quý IV/2026',
    });
    expect(services.latestReport).toHaveBeenCalledWith('round-3');
    screen.getByText('Đếm chính xác, ngưỡng k = 5');
    screen.getByText('12 trên 12 đảng viên dự kiến');
    screen.getByText('Tự soi 27 biểu hiện · phiên bản 1.1.0');
    screen.getByText('7 trên 12 đảng viên tự nhận có ít nhất một biểu hiện');
    screen.getByText('6 trên 12 đảng viên có ít nhất một biểu hiện trong nhóm này');

    const table = screen.getByRole('table', { name: groupTable });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Biểu hiện', 'Không có', 'Một phần', 'Có', 'Tự nhận (một phần hoặc có)']);
    expect(rows(table)).toEqual([
      ['Phai nhạt lý tưởng cách mạng', '6', '5', '1–4', '6'],
      ['Sa sút ý chí phấn đấu', 'Ẩn để bảo vệ người trả lời', '8–12'],
    ]);
    expect(screen.getByTestId('report-hidden-note').textContent).toBe(
      '1 trên 2 biểu hiện bị ẩn. Đây không phải lỗi: chi bộ gửi 12 tệp, và ở các hàng ấy có một câu trả lời chỉ ít người chọn (dưới 5) hoặc gần như tất cả cùng chọn; in hàng ấy ra thì có thể đoán được ai đã trả lời gì. Càng nhiều đảng viên gửi tệp, càng ít hàng bị ẩn.',
    );
    expect(services.formatReportNumber).toHaveBeenCalledWith(
      { kind: 'band', low: 1, high: 4 },
      'vi',
    );

    const top = within(screen.getByRole('region', { name: 'Biểu hiện được nêu nhiều nhất' }));
    expect(top.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Phai nhạt lý tưởng cách mạng: 6',
    ]);

    const trend = await screen.findByRole('table', { name: 'So sánh các lần: lần 1 → lần 2' });
    expect(services.seriesTrend).toHaveBeenCalledWith('series-1');
    expect(
      within(trend)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Nội dung',
      'Lần 1: Tự soi lần 1 (n = 10)',
      'Lần 2: Tự soi lần 3 — Quý IV/2026 (n = 12)',
    ]);
    expect(rows(trend)).toEqual([
      ['Có ít nhất một biểu hiện', '9', '7'],
      ['Về tư tưởng chính trị — số đảng viên có ít nhất một biểu hiện', '8', '6'],
      ['Phai nhạt lý tưởng cách mạng', '8', '6'],
      ['Về đạo đức, lối sống', '', ''],
      ['Sa sút ý chí phấn đấu', 'không có', '5'],
    ]);
    screen.getByText(/^Các số là số đảng viên, đếm chính xác từ 12 tệp đóng góp/);
  });

  it('draws each flagged number as the privacy rules published it: bar, range bar, nothing', async () => {
    const report = exactReport();
    show(fakeRounds({ report, trend: trendOf(report) }));
    const chart = await screen.findByRole('img', {
      name: 'Số đảng viên tự nhận từng biểu hiện — Về tư tưởng chính trị',
    });
    expect(chart.querySelector('title')?.textContent).toBe(
      'Số đảng viên tự nhận từng biểu hiện — Về tư tưởng chính trị',
    );
    const exact = chart.querySelector('.bar--exact');
    // Bars start at 220 units; 6 of 12 on a 210-unit scale; the band 8–12 runs from 8/12 to
    // the end.
    expect([exact?.getAttribute('x'), exact?.getAttribute('width')]).toEqual(['220', '105']);
    const band = chart.querySelector('.bar--band');
    expect([band?.getAttribute('x'), band?.getAttribute('width')].map(Number)).toEqual([
      220 + (8 / 12) * 210,
      210 - (8 / 12) * 210,
    ]);
    expect([...chart.querySelectorAll('.bars__label')].map((label) => label.textContent)).toEqual([
      'Phai nhạt lý tưởng cách mạng',
      'Sa sút ý chí phấn đấu',
    ]);
    expect([...chart.querySelectorAll('.bars__value')].map((value) => value.textContent)).toEqual([
      '6',
      '8–12',
    ]);
  });

  it('prints estimates with their interval in randomised mode, as bar and whisker', async () => {
    const report = randomisedReport();
    show(fakeRounds({ report, trend: trendOf(report) }));
    await screen.findByText('≈ 8 (5–12) trên 12 đảng viên tự nhận có ít nhất một biểu hiện');
    screen.getByText('Ngẫu nhiên hóa câu trả lời, xác suất giữ câu thật t = 75%, ngưỡng k = 5');
    expect(rows(screen.getByRole('table', { name: groupTable }))[0]).toEqual([
      'Phai nhạt lý tưởng cách mạng',
      '≈ 4 (1–8)',
      '≈ 4 (1–8)',
      '≈ 4 (1–8)',
      '≈ 5 (2–9)',
    ]);
    const chart = screen.getByRole('img', { name: /^Số đảng viên tự nhận từng biểu hiện/ });
    expect(chart.querySelectorAll('.bar--estimate')).toHaveLength(2);
    expect(chart.querySelectorAll('.bar__whisker')).toHaveLength(2);
    screen.getByText(/^Mỗi máy đã đổi ngẫu nhiên một số câu trả lời trước khi gửi/);
    expect(screen.queryByTestId('report-hidden-note')).toBeNull();
  });

  it('downloads the CSV with the chosen separator, the aggregate JSON, and prints', async () => {
    const report = exactReport();
    const services = show(fakeRounds({ report, trend: trendOf(report) }));
    const { blobs, clicked } = captureDownloads();
    const semicolon = await screen.findByRole('radio', { name: /Dấu chấm phẩy \(;\)/ });
    expect((semicolon as HTMLInputElement).checked).toBe(true);

    fireEvent.click(screen.getByRole('radio', { name: 'Dấu phẩy (,)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tải CSV' }));
    await waitFor(() => expect(clicked).toEqual(['tu-soi-round-3-bao-cao.csv']));
    expect(services.reportCsv).toHaveBeenCalledWith('round-3', ',', 'vi');
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    // The BOM survives as its three UTF-8 bytes, so Excel reads the file as UTF-8.
    expect([...new Uint8Array(await (blobs[0] as Blob).arrayBuffer()).slice(0, 4)]).toEqual([
      0xef, 0xbb, 0xbf, 0x61,
    ]);

    fireEvent.click(screen.getByRole('radio', { name: /Dấu chấm phẩy \(;\)/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Tải CSV' }));
    await waitFor(() => expect(services.reportCsv).toHaveBeenLastCalledWith('round-3', ';', 'vi'));

    fireEvent.click(screen.getByRole('button', { name: 'Tải tệp tổng hợp (JSON)' }));
    await waitFor(() => expect(clicked.at(-1)).toBe('tu-soi-round-3-tong-hop.json'));
    expect(services.aggregateJson).toHaveBeenCalledWith('round-3');

    // happy-dom has no window.print.
    const print = vi.fn();
    vi.stubGlobal('print', print);
    fireEvent.click(screen.getByRole('button', { name: 'In báo cáo' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('says there is no report yet and links back to the round', async () => {
    const services = show(fakeRounds());
    await screen.findByText(/^Đợt này chưa có báo cáo/);
    const links = screen.getAllByRole('link', { name: /Về trang của đợt/ });
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#/round/round-3',
      '#/round/round-3',
    ]);
    expect(services.seriesTrend).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Tải CSV' })).toBeNull();
  });
});
