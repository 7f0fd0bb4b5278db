// @vitest-environment happy-dom
import {
  cleanup,
  createEvent,
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportAnalysis, InstalledPack } from '@/utils/library';
import type { ResponseRecord } from '@/utils/storage/types';
import LibraryView from './LibraryView';
import { LibraryServicesContext } from './services';
import { captureDownloads } from './test-downloads';
import { analysis, emptyDiff, fakeServices, installed, packWith, response } from './test-library';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function show(state: Parameters<typeof fakeServices>[0]) {
  const fake = fakeServices(state);
  render(
    <LibraryServicesContext.Provider value={fake.services}>
      <LibraryView />
    </LibraryServicesContext.Provider>,
  );
  return fake;
}

function file(name: string, text = '{}') {
  return new File([text], name, { type: 'application/json' });
}

/** Chooses files through the (hidden) picker input, as the file dialog would. */
async function choose(...files: File[]) {
  await screen.findByText('Các bộ đã cài');
  const input = document.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  // A plain `change`: testing-library turns fireEvent.change into `input` once preact/compat
  // is loaded, which a browser does not do for a file input.
  fireEvent(input, new Event('change', { bubbles: true }));
}

const v120 = packWith();
const v130 = packWith({
  version: '1.3.0',
  sources: [
    {
      number: '37-QĐ/TW',
      title: { vi: 'Quy định 37-QĐ/TW về những điều đảng viên không được làm' },
      date: '2021-10-25',
      url: 'https://example.org/37',
      status: 'replaced',
      replacedBy: { number: '207-QĐ/TW', date: '2026-07-26', url: 'https://example.org/207' },
    } as InstalledPack['pack']['sources'][number],
  ],
});
const title = v120.title.vi;

describe('LibraryView', () => {
  it('lists installed versions newest first with origin, sources and their status', async () => {
    show({ packs: [installed(v130), installed(v120, { origin: 'builtin' })] });
    const group = within(await screen.findByRole('article', { name: title }));
    const versions = group.getAllByRole('region');
    expect(versions.map((version) => version.getAttribute('aria-label'))).toEqual([
      `${title} 1.3.0`,
      `${title} 1.2.0`,
    ]);
    within(versions[0] as HTMLElement).getByText(/cài từ tệp mau-kiem-tra-1\.3\.0\.json/);
    within(versions[1] as HTMLElement).getByText(/có sẵn trong Tự soi/);
    const newest = within(versions[0] as HTMLElement);
    newest.getByText('Đã được thay thế bởi 207-QĐ/TW ngày 26/07/2026');
    const replacement = newest.getByRole('link', { name: /Mở văn bản thay thế/ });
    expect(replacement.getAttribute('href')).toBe('https://example.org/207');
    expect(replacement.getAttribute('target')).toBe('_blank');
    within(versions[1] as HTMLElement).getByText('Đang có hiệu lực');
    for (const action of ['Xem trước', 'Xuất tệp', 'Gỡ']) {
      group.getByRole('button', { name: `${action}: ${title} 1.2.0` });
    }
  });

  it('lists every issue of a broken file by form, with path and code, and offers no install', async () => {
    const issues = [
      { path: '$.version', code: 'semver', vi: 'Phiên bản sai dạng', en: 'Bad version' },
      {
        path: '$.forms[1].survey.pages[0]',
        code: 'survey-json',
        vi: 'Trang thiếu tên',
        en: 'Page without a name',
      },
    ];
    const broken = analysis({ status: 'invalid', fileName: 'hong.json', issues });
    show({ analyses: { 'hong.json': broken } });
    await choose(file('hong.json', JSON.stringify(v120)));
    const card = within(await screen.findByRole('article', { name: 'hong.json' }));
    await card.findByText('Không cài được: tệp có 2 lỗi');
    card.getByRole('heading', { name: 'Phần thông tin chung của bộ' });
    card.getByRole('heading', { name: `Biểu mẫu 2: ${v120.forms[1]?.title.vi}` });
    const listed = card.getAllByRole('listitem').map((item) => ({
      path: item.querySelector('.issue__path')?.textContent,
      code: item.querySelector('.issue__code')?.textContent,
    }));
    expect(listed).toEqual([
      { path: '$.version', code: 'semver' },
      { path: '$.forms[1].survey.pages[0]', code: 'survey-json' },
    ]);
    card.getByText('Trang thiếu tên');
    expect(card.queryByRole('button', { name: /^Cài đặt/ })).toBeNull();
  });

  it('refuses a file over 2 MiB from its size alone, without reading it', async () => {
    const fake = show({ analyses: {} });
    const huge = file('video.mp4');
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'arrayBuffer');
    await choose(huge);
    const card = within(await screen.findByRole('article', { name: 'video.mp4' }));
    await card.findByText('Không cài được: tệp có 1 lỗi');
    card.getByText(/^Tệp quá lớn: 52428800 byte, tối đa 2097152 byte/);
    expect(read).not.toHaveBeenCalled();
    expect(fake.services.analyseImport).not.toHaveBeenCalled();
  });

  it('checks several files with progress, and shows an update with its change summary', async () => {
    const update = analysis({
      status: 'update',
      fileName: 'moi.json',
      pack: v130,
      previous: installed(v120),
      diff: {
        ...emptyDiff('1.2.0', '1.3.0'),
        forms: [
          {
            id: 'tu-kiem-diem',
            status: 'changed',
            title: { vi: 'Tự kiểm điểm' },
            questions: [
              { kind: 'added', name: 'bh02', title: { vi: 'Cá nhân chủ nghĩa' } },
              { kind: 'renamed', from: 'bh01', name: 'bh01_moi', title: { vi: 'Phai nhạt' } },
            ],
            groups: [],
            otherChanges: false,
          },
        ],
      },
    });
    const fresh = analysis({
      status: 'new',
      fileName: 'khac.json',
      pack: packWith({ id: 'khac' }),
    });
    const fake = show({
      packs: [installed(v120)],
      analyses: { 'moi.json': update, 'khac.json': fresh },
    });
    await choose(file('moi.json'), file('khac.json'));
    await screen.findByText('Đã kiểm tra 2 tệp.');
    expect(fake.services.analyseImport).toHaveBeenCalledTimes(2);
    const card = within(screen.getByRole('article', { name: 'moi.json' }));
    card.getByText('Bản cập nhật của phiên bản 1.2.0 đã cài');
    card.getByRole('heading', { name: 'Thay đổi so với phiên bản 1.2.0' });
    card.getByText('Câu hỏi thêm mới (1)');
    card.getByText('bh01 → bh01_moi');

    fireEvent.click(card.getByRole('button', { name: `Cài đặt: ${title} 1.3.0` }));
    await screen.findByText('Đã cài phiên bản 1.3.0.');
    expect(fake.services.installPack).toHaveBeenCalledWith(
      expect.objectContaining({ fileName: 'moi.json', status: 'update', pack: v130 }),
    );
    // Checked again against the library: the same file is now the installed one.
    await card.findByText('Đã cài (tệp giống hệt bản đã cài)');
    expect(card.queryByRole('button', { name: /^Cài đặt/ })).toBeNull();
    // The Install button is gone; focus stays with this file, on its new status.
    expect(document.activeElement).toBe(card.getByText('Đã cài (tệp giống hệt bản đã cài)'));
    await screen.findByRole('region', { name: `${title} 1.3.0` });
  });

  it('takes files dropped on the drop zone, and says when a parent mapping is unchecked', async () => {
    const fresh = analysis({
      status: 'new',
      fileName: 'keo.json',
      pack: v120,
      parentUnchecked: { id: 'nq04-27', version: '1.1.0' },
    });
    show({ analyses: { 'keo.json': fresh } });
    const zone = await screen.findByRole('button', { name: /Chọn tệp bộ biểu mẫu/ });
    const dataTransfer = { files: [file('keo.json')], types: ['Files'], dropEffect: 'none' };
    for (const type of ['dragover', 'drop'] as const) {
      const event = createEvent[type === 'drop' ? 'drop' : 'dragOver'](zone);
      Object.defineProperty(event, 'dataTransfer', { value: dataTransfer });
      fireEvent(zone, event);
      expect(event.defaultPrevented).toBe(true);
    }
    const card = within(await screen.findByRole('article', { name: 'keo.json' }));
    await card.findByText('Bộ biểu mẫu mới, chưa cài');
    card.getByRole('button', { name: `Xem trước: ${title} 1.2.0` });
    card.getByText(/gắn các câu hỏi của nó vào bộ nq04-27 phiên bản 1\.1\.0, nhưng bộ đó chưa cài/);

    fireEvent.click(card.getByRole('button', { name: 'Bỏ qua: keo.json' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'keo.json' })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Thêm bộ biểu mẫu' }));
  });

  it('refuses a conflicting file and shows the start of both hashes', async () => {
    const conflict: ImportAnalysis = analysis({
      status: 'conflict',
      fileName: 'trung.json',
      pack: v120,
      sha256: '0123456789abcdef'.repeat(4),
      installed: { sha256: 'fedcba9876543210'.repeat(4) },
    });
    show({ analyses: { 'trung.json': conflict } });
    await choose(file('trung.json'));
    const card = within(await screen.findByRole('article', { name: 'trung.json' }));
    await card.findByText(/đã có phiên bản 1\.2\.0 của bộ này nhưng nội dung khác/);
    card.getByText(/đã cài fedcba987654…, tệp này 0123456789ab…/);
    expect(card.queryByRole('button', { name: /^Cài đặt/ })).toBeNull();
  });

  it('refuses to remove a version while reviews depend on it, naming them', async () => {
    const dependents: ResponseRecord[] = [response({ id: 'r-9' })];
    const fake = show({ packs: [installed(v120)], dependents });
    fireEvent.click(await screen.findByRole('button', { name: `Gỡ: ${title} 1.2.0` }));
    const alert = within(await screen.findByRole('alert'));
    alert.getByText(/còn 1 bài tự soi làm trên phiên bản này/);
    const link = alert.getByRole('link', { name: /^Tự kiểm điểm · Đang làm · sửa lần cuối/ });
    expect(link.getAttribute('href')).toBe('#/review/r-9');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.services.removePack).not.toHaveBeenCalled();
  });

  it('removes a version only once confirmed, then continues from the list heading', async () => {
    const fake = show({ packs: [installed(v130), installed(v120)] });
    const remove = await screen.findByRole('button', { name: `Gỡ: ${title} 1.2.0` });
    remove.focus();
    fireEvent.click(remove);
    fireEvent.click(await screen.findByRole('button', { name: 'Hủy' }));
    expect(fake.services.removePack).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(remove));

    fireEvent.click(remove);
    fireEvent.click(await screen.findByRole('button', { name: 'Gỡ phiên bản này' }));
    await screen.findByText(`Đã gỡ phiên bản 1.2.0 của “${title}”.`);
    expect(fake.services.removePack).toHaveBeenCalledWith(v120.id, '1.2.0');
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: `${title} 1.2.0` })).toBeNull(),
    );
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Các bộ đã cài' }));
  });

  it('exports the stored bytes under the service’s file name', async () => {
    const record = installed(v120, { bytes: new Uint8Array([123, 10, 125]) });
    show({ packs: [record] });
    const { blobs, clicked } = captureDownloads();
    fireEvent.click(await screen.findByRole('button', { name: `Xuất tệp: ${title} 1.2.0` }));
    await waitFor(() => expect(clicked).toEqual(['mau-kiem-tra-1.2.0.json']));
    expect([...new Uint8Array(await (blobs[0] as Blob).arrayBuffer())]).toEqual([123, 10, 125]);
  });

  it('counts unreadable records and exports them as JSON', async () => {
    const unreadable = [
      { key: 'hong@1.0.0', reason: 'bytes: expected Uint8Array', value: { id: 'hong' } },
      { reason: 'not an object', value: 42 },
    ];
    show({ packs: [installed(v120)], unreadable });
    await screen.findByRole('heading', { name: '2 bản ghi không đọc được' });
    const { blobs, clicked } = captureDownloads();
    fireEvent.click(screen.getByRole('button', { name: 'Xuất các bản ghi không đọc được (JSON)' }));
    expect(clicked).toEqual(['tu-soi-ban-ghi-khong-doc-duoc.json']);
    const exported = JSON.parse(await (blobs[0] as Blob).text());
    expect(exported).toEqual({ unreadable });
  });
});
