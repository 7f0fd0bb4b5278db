import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { validatePackBytes } from '../../utils/pack/validate';
import { expectAccessible } from './axe';
import {
  cspViolations,
  type ExtensionSession,
  SCREENSHOT_DIR,
  screenshot,
  useExtension,
} from './extension';
import {
  BASE_TITLE,
  baseFile,
  brokenFile,
  conflictFile,
  dropFiles,
  otherFile,
  type PackFile,
  PREVIEW_TITLE,
  pickFiles,
  previewFile,
  START_PAGE_TITLE,
  startPageFile,
  updateFile,
} from './library-fixtures';

async function openLibrary(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Quản lý thư viện biểu mẫu' }).click();
  await page.getByRole('heading', { level: 1, name: 'Thư viện biểu mẫu' }).waitFor();
}

/** The result card of one chosen file. */
function card(page: Page, file: PackFile): Locator {
  return page.getByRole('article', { name: file.name });
}

/** `[path, code]` of every issue the card lists, in order. */
function listedIssues(result: Locator): Promise<[string, string][]> {
  return result
    .locator('.issue')
    .evaluateAll((items) =>
      items.map((item) => [
        item.querySelector('.issue__path')?.textContent ?? '',
        item.querySelector('.issue__code')?.textContent ?? '',
      ]),
    );
}

function expectedIssues(file: PackFile): [string, string][] {
  const result = validatePackBytes(new Uint8Array(file.buffer));
  return byForm(result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code]));
}

/**
 * The checker's issues in the order the UI lists them: the envelope's first, then form by form,
 * each group in the checker's order.
 */
function byForm(pairs: [string, string][]): [string, string][] {
  const formOf = ([path]: [string, string]) => Number(/^\$\.forms\[(\d+)\]/.exec(path)?.[1] ?? -1);
  return [...pairs].sort((a, b) => formOf(a) - formOf(b));
}

function installed(page: Page, version: string): Locator {
  return page.getByRole('region', { name: `${BASE_TITLE} ${version}` });
}

async function install(page: Page, file: PackFile, version: string): Promise<void> {
  await card(page, file)
    .getByRole('button', { name: `Cài đặt: ${BASE_TITLE} ${version}` })
    .click();
  await page.getByText(`Đã cài phiên bản ${version}.`).waitFor();
  await installed(page, version).waitFor();
}

async function expectNoCspViolations(page: Page) {
  expect(await cspViolations(page)).toEqual([]);
}

describe('importing form packs', () => {
  const extension = useExtension();

  it('checks picked and dropped files, lists every error of a broken one, previews and installs', async () => {
    const page = await extension().open('app.html');
    await openLibrary(page);
    // A new view's heading takes focus, so screen readers announce it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await pickFiles(page, [baseFile, brokenFile]);
    await page.getByText('Đã kiểm tra 2 tệp.').waitFor();
    await card(page, baseFile).getByText('Bộ biểu mẫu mới, chưa cài').waitFor();

    const broken = card(page, brokenFile);
    const expected = expectedIssues(brokenFile);
    expect(expected.length).toBeGreaterThan(1);
    await broken.getByText(`Không cài được: tệp có ${expected.length} lỗi`).waitFor();
    expect(await listedIssues(broken)).toEqual(expected);
    await broken.getByRole('heading', { name: 'Phần thông tin chung của bộ' }).waitFor();
    await broken.getByRole('heading', { name: 'Biểu mẫu 2: Ý kiến' }).waitFor();
    expect(await broken.getByRole('button', { name: /^Cài đặt/ }).count()).toBe(0);
    await screenshot(page, 'library-01-import-errors');
    await expectAccessible(page, "the library with a broken file's errors");

    await dropFiles(page, '.drop-zone', [otherFile]);
    await card(page, otherFile).getByText('Bộ biểu mẫu mới, chưa cài').waitFor();

    // Preview before installing: labelled, every page reachable, nothing stored.
    const previewButton = card(page, baseFile).getByRole('button', {
      name: `Xem trước: ${BASE_TITLE} 1.2.0`,
    });
    await previewButton.click();
    await page.getByText('Xem trước — câu trả lời không được lưu').waitFor();
    await page.getByRole('heading', { level: 1, name: `Xem trước: ${BASE_TITLE}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Phần chung' }).waitFor();
    // Read only: every page opens in turn, with the required question unanswered.
    await page.getByRole('button', { name: 'Trang sau' }).click();
    await page.getByRole('heading', { level: 2, name: 'Chi tiết' }).waitFor();
    expect(await page.getByRole('button', { name: 'Trang sau' }).count()).toBe(0);
    await screenshot(page, 'library-02-preview');
    await expectAccessible(page, 'a pack preview');
    // As the member sees it after turning the page: the label stays on top, the heading clear of it.
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'library-02b-preview-viewport.png') });
    await page.getByRole('button', { name: 'Ý kiến' }).click();
    await page.getByText('Bảng tự soi có hữu ích không?').waitFor();
    await page.getByRole('button', { name: 'Đóng xem trước' }).click();
    await expect
      .poll(() => previewButton.evaluate((el) => el === document.activeElement))
      .toBe(true);
    expect(await installed(page, '1.2.0').count()).toBe(0);

    await install(page, baseFile, '1.2.0');
    await card(page, baseFile).getByText('Đã cài (tệp giống hệt bản đã cài)').waitFor();

    // The drop zone is a button: the keyboard opens the picker too.
    await pickFiles(page, [conflictFile], 'keyboard');
    const conflict = card(page, conflictFile);
    await conflict.getByText(/đã có phiên bản 1\.2\.0 của bộ này nhưng nội dung khác/).waitFor();
    await conflict.getByText(/Mã băm: đã cài [0-9a-f]{12}…, tệp này [0-9a-f]{12}…/).waitFor();
    expect(await conflict.getByRole('button', { name: /^Cài đặt/ }).count()).toBe(0);
    await screenshot(page, 'library-03-installed-and-conflict');
    await expectAccessible(page, 'the library after install and a conflict');
    await expectNoCspViolations(page);
    await page.close();
  });
});

describe('updating a pack that a draft was made on', () => {
  const extension = useExtension();

  it('exports the exact bytes, summarises the update, moves the draft, removes only when unused', async () => {
    const page = await extension().open('app.html');
    await openLibrary(page);
    await pickFiles(page, [baseFile]);
    await install(page, baseFile, '1.2.0');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `Xuất tệp: ${BASE_TITLE} 1.2.0` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(baseFile.name);
    const path = await file.path();
    expect(Buffer.compare(await readFile(path), baseFile.buffer)).toBe(0);

    // A draft on 1.2.0.
    await page.getByRole('link', { name: /Quay lại/ }).click();
    const packCard = page.getByRole('article').filter({ hasText: BASE_TITLE });
    await packCard.getByRole('button', { name: 'Bắt đầu tự soi' }).first().click();
    await page.getByRole('heading', { name: 'Phần chung' }).waitFor();
    await page.getByRole('radio', { name: 'Đã đọc' }).check();
    await page.getByRole('radio', { name: 'Có một phần' }).check();
    await page.getByText('Đã lưu', { exact: false }).first().waitFor();
    // Stored since the first answer, under this address.
    const reviewUrl = page.url();

    // Removing 1.2.0 is refused while the draft uses it, with a link to that draft.
    await page.getByRole('link', { name: /Bài tự soi của tôi/ }).click();
    await openLibrary(page);
    await installed(page, '1.2.0')
      .getByRole('button', { name: `Gỡ: ${BASE_TITLE} 1.2.0` })
      .click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Chưa gỡ được phiên bản 1.2.0' });
    await refusal.getByText(/còn 1 bài tự soi/).waitFor();
    const link = refusal.getByRole('link', { name: /^Tự kiểm điểm · Đang làm/ });
    expect(await link.getAttribute('href')).toBe(new URL(reviewUrl).hash);
    expect(await page.getByRole('dialog').count()).toBe(0);

    // The update, with what changed.
    await pickFiles(page, [updateFile]);
    const update = card(page, updateFile);
    await update.getByText('Bản cập nhật của phiên bản 1.2.0 đã cài').waitFor();
    await update.getByRole('heading', { name: 'Thay đổi so với phiên bản 1.2.0' }).waitFor();
    await update.getByText('Câu hỏi thêm mới (1)').waitFor();
    await update.getByText('Sa sút ý chí phấn đấu').waitFor();
    await update.getByText('Câu hỏi bị bỏ (1)').waitFor();
    await update.getByText('Câu hỏi đổi lời (1)').waitFor();
    await update.getByText(/^Câu hỏi đổi mã, câu trả lời được chuyển theo \(1\)/).waitFor();
    await update.getByText('bh01 → bh01_moi').waitFor();
    // Reworded: shown before and after.
    await update
      .locator('.before-after')
      .getByText('Phai nhạt lý tưởng cách mạng, dao động')
      .waitFor();
    await update.scrollIntoViewIfNeeded();
    await screenshot(page, 'library-04-change-summary');
    await install(page, updateFile, '1.3.0');

    // The draft offers to move; nothing moves until confirmed.
    await page.goto(reviewUrl);
    await page.getByRole('heading', { name: 'Có phiên bản mới hơn của biểu mẫu này' }).waitFor();
    await page.getByRole('button', { name: 'Xem những gì sẽ thay đổi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Chuyển bài sang phiên bản 1.3.0?' });
    const kept = dialog.locator('.move-plan__group--kept');
    await kept.getByRole('heading', { name: 'Giữ nguyên (1)' }).waitFor();
    await kept.getByText('Đồng chí đã đọc Nghị quyết?').waitFor();
    await kept.getByText('Đã đọc', { exact: true }).waitFor();
    const mapped = dialog.locator('.move-plan__group--mapped');
    await mapped.getByText('Phai nhạt lý tưởng cách mạng, dao động').waitFor();
    await mapped.getByText('bh01 → bh01_moi').waitFor();
    await mapped.getByText('Có một phần', { exact: true }).waitFor();
    await screenshot(page, 'library-05-move-draft-dialog');
    await dialog.getByRole('button', { name: 'Chuyển sang phiên bản 1.3.0' }).click();
    await expect.poll(() => page.url()).not.toBe(reviewUrl);
    await page.getByText(`${BASE_TITLE} · phiên bản 1.3.0`).waitFor();
    expect(await page.getByRole('radio', { name: 'Đã đọc' }).isChecked()).toBe(true);
    // The renamed question kept its answer.
    expect(await page.getByRole('radio', { name: 'Có một phần' }).isChecked()).toBe(true);

    // Now 1.2.0 is unused and can go, after confirmation; 1.3.0 still has the draft.
    await page.getByRole('link', { name: /Bài tự soi của tôi/ }).click();
    await openLibrary(page);
    await installed(page, '1.2.0')
      .getByRole('button', { name: `Gỡ: ${BASE_TITLE} 1.2.0` })
      .click();
    await page
      .getByRole('dialog', { name: 'Gỡ phiên bản 1.2.0?' })
      .getByRole('button', { name: 'Gỡ phiên bản này' })
      .click();
    await page.getByText(`Đã gỡ phiên bản 1.2.0 của “${BASE_TITLE}”.`).waitFor();
    await expect.poll(() => installed(page, '1.2.0').count()).toBe(0);
    await installed(page, '1.3.0')
      .getByRole('button', { name: `Gỡ: ${BASE_TITLE} 1.3.0` })
      .click();
    await page.getByText(/Chưa gỡ được phiên bản 1\.3\.0/).waitFor();
    await expectNoCspViolations(page);
    await page.close();
  });
});

describe('the library in the side panel with large text', () => {
  const extension = useExtension();

  it('fits a 360 px panel', async () => {
    const settings = await extension().open('app.html#/settings');
    await settings.getByRole('checkbox', { name: 'Chữ to' }).check();
    await settings.close();
    const page = await extension().open('sidepanel.html', { width: 360, height: 800 });
    await page.getByRole('link', { name: 'Quản lý thư viện biểu mẫu' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'library-00-sidepanel-home.png') });
    await openLibrary(page);
    await pickFiles(page, [baseFile, brokenFile]);
    await page.getByText('Đã kiểm tra 2 tệp.').waitFor();
    await install(page, baseFile, '1.2.0');
    // Nothing wider than the panel: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await screenshot(page, 'library-06-sidepanel-large-text');
    // What the panel shows at once, at its real size.
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'library-07-sidepanel-viewport.png') });
    await page.getByRole('article', { name: brokenFile.name }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'library-08-sidepanel-errors.png') });
    await page.close();
  });
});

describe('forms with a start page or a preview before completing', () => {
  const extension = useExtension();

  /** Installs the file, starts a review of its first form from the home page. */
  async function startFrom(page: Page, file: PackFile, title: string): Promise<void> {
    await openLibrary(page);
    await pickFiles(page, [file]);
    await card(page, file)
      .getByRole('button', { name: /^Cài đặt:/ })
      .click();
    await page.getByText('Đã cài phiên bản 1.2.0.').waitFor();
    await page.getByRole('link', { name: /Quay lại/ }).click();
    await page
      .getByRole('article')
      .filter({ hasText: title })
      .getByRole('button', { name: 'Bắt đầu tự soi' })
      .first()
      .click();
  }

  async function answerBoth(page: Page): Promise<void> {
    await page.getByRole('radio', { name: 'Đã đọc' }).check();
    await page.getByRole('button', { name: 'Trang sau' }).click();
    await page.getByRole('heading', { name: 'Chi tiết' }).waitFor();
  }

  it('begins on the start page and finishes', async () => {
    const page = await extension().open('app.html');
    await startFrom(page, startPageFile, START_PAGE_TITLE);
    await page.getByRole('heading', { name: 'Trước khi bắt đầu' }).waitFor();
    await page.getByRole('button', { name: 'Bắt đầu', exact: true }).click();
    await page.getByRole('heading', { name: 'Phần chung' }).waitFor();
    await answerBoth(page);
    await page.getByRole('button', { name: 'Hoàn thành' }).click();
    await page.getByRole('heading', { name: 'Bạn đã hoàn thành bài tự soi này' }).waitFor();
    await page.close();
  });

  it('shows the answers for review before completing, and finishes', async () => {
    const page = await extension().open('app.html');
    await startFrom(page, previewFile, PREVIEW_TITLE);
    await page.getByRole('heading', { name: 'Phần chung' }).waitFor();
    await answerBoth(page);
    expect(await page.getByRole('button', { name: 'Hoàn thành' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Xem lại', exact: true }).click();
    await page.getByRole('heading', { name: 'Xem lại câu trả lời' }).waitFor();
    await page.getByRole('button', { name: 'Hoàn thành' }).click();
    await page.getByRole('heading', { name: 'Bạn đã hoàn thành bài tự soi này' }).waitFor();
    await page.close();
  });
});

/** Our own forms written the way SurveyJS Creator writes them (utils/pack/creator-style.test.ts). */
const CREATOR_STYLE = resolve('tests/fixtures/creator-style');
/**
 * The SurveyJS documentation forms of tests/fixtures/real-world/README.md, kept out of the
 * repository: in its git-ignored `local/` folder or in TU_SOI_REAL_WORLD_DIR. Skipped without them.
 */
const REAL_WORLD = resolve(process.env.TU_SOI_REAL_WORLD_DIR ?? 'tests/fixtures/real-world/local');

describe('the library and `pack:check --json` agree on forms written by others', () => {
  const extension = useExtension();

  it('lists the same [path, code] pairs for each Creator-style form, picked at once', async () => {
    await expectSameVerdicts(extension(), CREATOR_STYLE);
  });

  it.skipIf(!existsSync(REAL_WORLD))(
    'lists the same [path, code] pairs for each real-world SurveyJS form, picked at once',
    async () => {
      await expectSameVerdicts(extension(), REAL_WORLD);
    },
  );
});

async function expectSameVerdicts(extension: ExtensionSession, dir: string): Promise<void> {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  expect(names.length).toBeGreaterThan(5);
  // The CLI exits with 1 when a file is invalid: read its output whatever the exit code.
  const cli = spawnSync(
    'npx',
    ['tsx', 'utils/cli/pack-check.ts', '--json', ...names.map((name) => join(dir, name))],
    { encoding: 'utf8' },
  );
  const report = JSON.parse(cli.stdout) as CliEntry[];
  expect(report.map((entry) => basename(entry.file))).toEqual(names);
  // Both verdicts occur, so the comparison covers accepted and rejected forms.
  expect(new Set(report.map((entry) => entry.ok))).toEqual(new Set([true, false]));

  const page = await extension.open('app.html');
  await openLibrary(page);
  const files = await Promise.all(
    names.map(async (name) => ({ name, buffer: await readFile(join(dir, name)) })),
  );
  await pickFiles(page, files);
  await page.getByText(`Đã kiểm tra ${names.length} tệp.`).waitFor({ timeout: 60_000 });
  for (const entry of report) {
    const result = card(page, { name: basename(entry.file), buffer: Buffer.alloc(0) });
    await result.waitFor();
    const expected = byForm(entry.issues.map((issue) => [issue.path, issue.code]));
    expect(await listedIssues(result), entry.file).toEqual(expected);
    const rejected = await result.getByText(/^Không cài được: tệp có/).count();
    expect(rejected, entry.file).toBe(entry.ok ? 0 : 1);
  }
  await page.close();
}

interface CliEntry {
  file: string;
  ok: boolean;
  issues: { path: string; code: string }[];
}
