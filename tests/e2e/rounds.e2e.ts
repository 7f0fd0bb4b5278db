import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { type ExtensionSession, launchExtension, SCREENSHOT_DIR, screenshot } from './extension';
import { choose } from './review-page';

const PASSPHRASE = 'ngựa ô qua cầu 2026';
type Choice = 'Có biểu hiện' | 'Có biểu hiện một phần';
/** Per member, item numbers to mark on the pages of groups I, II and III. */
type Marks = Partial<Record<'I' | 'II' | 'III', Record<number, Choice>>>;

/** Six members: three flag something (two "Có" on item I.1, one "một phần"), three nothing. */
const MEMBERS: Marks[] = [
  { I: { 1: 'Có biểu hiện' }, II: { 2: 'Có biểu hiện một phần' } },
  { I: { 1: 'Có biểu hiện' } },
  { I: { 1: 'Có biểu hiện một phần' } },
  {},
  {},
  {},
];

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const waiting = page.waitForEvent('download');
  await click();
  const file = await waiting;
  return readFile(await file.path());
}

async function chooseFile(page: Page, testId: string, name: string, buffer: Buffer) {
  await page
    .locator(`input[data-testid=${testId}]`)
    .setInputFiles({ name, mimeType: 'application/json', buffer });
}

/** The secretary creates a round and returns its invitation, key backup and fingerprint. */
async function createRound(
  secretary: ExtensionSession,
  label: string,
  mode: 'exact' | 'randomised',
): Promise<{ invitation: Buffer; backup: Buffer; fingerprint: string; page: Page }> {
  const page = await secretary.open('app.html#/rounds/new');
  await page.getByLabel('Tên đợt').waitFor();
  await expectAccessible(page, 'create a round');
  await page.getByLabel('Tên đợt').fill(label);
  await page.getByLabel('Tên chi bộ').fill('Chi bộ Khu phố 4');
  await page.getByLabel('Số đảng viên dự kiến tham gia').fill('6');
  if (mode === 'randomised') await page.getByRole('radio', { name: /3 trong 4/ }).check();
  await page.getByLabel('Ngưỡng k').selectOption('3');
  await page.getByLabel('Cụm mật khẩu bảo vệ tệp sao lưu khóa').fill(PASSPHRASE);
  await page.getByLabel('Nhập lại cụm mật khẩu').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Tạo đợt' }).click();
  await page.getByRole('heading', { name: label, level: 1 }).waitFor({ timeout: 20_000 });

  const invite = page.getByRole('button', { name: 'Xuất thư mời' });
  expect(await invite.isDisabled()).toBe(true);
  await expectAccessible(page, 'a new round, key not yet saved');
  const backup = await download(page, () =>
    page.getByRole('button', { name: 'Lưu tệp sao lưu khóa' }).click(),
  );
  await page.getByRole('checkbox', { name: /Tôi hiểu: mất khóa/ }).check();
  const invitation = await download(page, () => invite.click());
  const fingerprint = (await page.getByTestId('fingerprint').first().innerText()).trim();
  expect(fingerprint).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
  await expectAccessible(page, 'a round ready to collect');
  return { invitation, backup, fingerprint, page };
}

/**
 * A member joins with the invitation, answers all 27 items and saves a contribution file.
 * `audit`: check the pages' accessibility (once per mode is enough: every member sees the same).
 */
async function contribute(
  member: ExtensionSession,
  invitation: Buffer,
  fingerprint: string,
  marks: Marks,
  audit: boolean,
): Promise<{ file: Buffer; page: Page }> {
  member.context.setDefaultTimeout(15_000);
  const page = await member.open('app.html#/join');
  await chooseFile(page, 'invitation-file-input', 'thu-moi.json', invitation);
  expect((await page.getByTestId('fingerprint').innerText()).trim()).toBe(fingerprint);
  if (audit) await expectAccessible(page, 'an invitation read');
  await page.getByRole('button', { name: 'Tham gia và bắt đầu' }).click();
  for (const [group, next] of [
    ['I', 'Trang sau'],
    ['II', 'Trang sau'],
    ['III', 'Hoàn thành'],
  ] as const) {
    await page.getByRole('heading', { name: new RegExp(`Nhóm ${group}\\.`) }).waitFor();
    for (let no = 1; no <= 9; no++) {
      await choose(page, no, marks[group]?.[no] ?? 'Không có');
    }
    await page.getByRole('button', { name: next }).click();
  }
  await page.getByRole('link', { name: 'Tạo tệp đóng góp' }).click();
  await page.getByRole('heading', { name: 'Tạo tệp đóng góp' }).waitFor();
  await page.getByText('KHÔNG chứa', { exact: false }).first().waitFor();
  if (audit) await expectAccessible(page, 'the contribution preview');
  const file = await download(page, () =>
    page.getByRole('button', { name: 'Lưu tệp đóng góp' }).click(),
  );
  return { file, page };
}

async function importFiles(page: Page, files: Array<{ name: string; buffer: Buffer }>) {
  await page
    .locator('input[data-testid=contribution-file-input]')
    .setInputFiles(files.map((file) => ({ ...file, mimeType: 'application/json' })));
  await page.getByText(`Đã đọc xong ${files.length} tệp.`).waitFor({ timeout: 30_000 });
}

/** The report's per-group tables: for each, its body rows as cell texts without the title. */
async function groupTables(page: Page): Promise<string[][][]> {
  return page
    .locator('.report-group table')
    .evaluateAll((tables) =>
      tables.map((table) =>
        [...table.querySelectorAll('tbody tr')].map((row) =>
          [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim()),
        ),
      ),
    );
}

async function openReport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lập báo cáo' }).click();
  await page.getByRole('link', { name: 'Xem báo cáo' }).click();
  await page.getByRole('button', { name: 'In báo cáo' }).waitFor();
}

describe('a round across separate browser profiles', () => {
  it('runs from invitations to a printed report in both modes, and the key backup restores', async () => {
    const secretary = await launchExtension();
    // A step that fails says so within seconds, not at the test's timeout.
    secretary.context.setDefaultTimeout(15_000);
    const exact = await createRound(secretary, 'Tự soi lần 1 — Quý IV/2026', 'exact');
    const randomised = await createRound(secretary, 'Tự soi ẩn danh — Quý IV/2026', 'randomised');
    await screenshot(randomised.page, '30-round-page');

    const exactFiles: Buffer[] = [];
    const randomisedFiles: Buffer[] = [];
    for (const [index, marks] of MEMBERS.entries()) {
      const member = await launchExtension();
      try {
        const audit = index === 0;
        const one = await contribute(member, exact.invitation, exact.fingerprint, marks, audit);
        if (index === 0) await screenshot(one.page, '31-contribution-preview');
        exactFiles.push(one.file);
        const other = await contribute(
          member,
          randomised.invitation,
          randomised.fingerprint,
          marks,
          audit,
        );
        if (index === 0) await screenshot(other.page, '32-contribution-preview-randomised');
        randomisedFiles.push(other.file);
      } finally {
        await member.close();
      }
    }
    // Every file of a round has the same size, whatever was answered.
    expect(new Set(exactFiles.map((file) => file.length)).size).toBe(1);
    for (const file of exactFiles) {
      expect(file.toString('utf8')).not.toMatch(/Nguyễn|Chi bộ|Khu phố|\d{4}-\d\d-\d\d/);
    }

    // The exact round: six files, one duplicate, one tampered, one of another round.
    const tampered = Buffer.from(exactFiles[0] as Buffer);
    tampered[tampered.length - 20] = tampered[tampered.length - 20] === 65 ? 66 : 65;
    const desk = exact.page;
    await desk.reload();
    await importFiles(desk, [
      ...exactFiles.map((buffer, index) => ({ name: `dong-gop-${index + 1}.json`, buffer })),
      { name: 'dong-gop-1-lan-2.json', buffer: exactFiles[0] as Buffer },
      { name: 'bi-sua.json', buffer: tampered },
      { name: 'dot-khac.json', buffer: randomisedFiles[0] as Buffer },
    ]);
    const results = desk.getByRole('list', { name: 'Kết quả từng tệp' });
    const outcome = (text: RegExp) => results.getByRole('listitem').filter({ hasText: text });
    expect(await outcome(/: Đã nhận$/).count()).toBe(6);
    expect(await outcome(/: Đã có$/).count()).toBe(1);
    await results.getByText(/Không giải mã được tệp đóng góp/).waitFor();
    await results.getByText(/thuộc một đợt khác/).waitFor();
    await desk.getByText('Đã nhận 6 / dự kiến 6').first().waitFor();
    await screenshot(desk, '33-collected');
    await expectAccessible(desk, 'contributions collected');

    await openReport(desk);
    // 3 of 6 flagged something: 3 ≥ k and ≤ n − k, so it is printed exactly.
    const headline = desk.getByTestId('report-headline');
    expect(await headline.innerText()).toMatch(/\b3\b.*\b6\b/s);
    // Every cell as banding publishes it (n = 6, k = 3: only 0 and 3 print exactly). I.1 is
    // 3 "Không có", 1 "một phần", 2 "Có"; II.2 is 5 "Không có", 1 "một phần". Every other item
    // is six "Không có", which would name everyone's answer: hidden, with its flagged 0.
    const hiddenRow = ['Ẩn để bảo vệ người trả lời', '0'];
    const untouched = (count: number) => Array.from({ length: count }, () => hiddenRow);
    expect(await groupTables(desk)).toEqual([
      [['3', '1–2', '1–2', '3'], ...untouched(8)],
      [hiddenRow, ['4–6', '1–2', '0', '1–2'], ...untouched(7)],
      untouched(9),
    ]);
    expect(
      await desk
        .locator('.report__subtotal')
        .evaluateAll((lines) => lines.map((line) => line.textContent)),
    ).toEqual([
      '3 trên 6 đảng viên có ít nhất một biểu hiện trong nhóm này',
      '1–2 trên 6 đảng viên có ít nhất một biểu hiện trong nhóm này',
      '0 trên 6 đảng viên có ít nhất một biểu hiện trong nhóm này',
    ]);
    expect(await desk.getByTestId('report-hidden-note').innerText()).toMatch(
      /^25 trên 27 biểu hiện bị ẩn\. Đây không phải lỗi: chi bộ gửi 6 tệp/,
    );
    await screenshot(desk, '34-report-exact');
    await expectAccessible(desk, 'the exact report');
    await desk.screenshot({ path: join(SCREENSHOT_DIR, '34-report-exact-top.png') });
    const csv = await download(desk, async () => {
      await desk.getByRole('radio', { name: /Dấu chấm phẩy/ }).check();
      await desk.getByRole('button', { name: 'Tải CSV' }).click();
    });
    const text = csv.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('Chi bộ Khu phố 4');
    expect(text).toMatch(/Nhóm I\.[^\r\n]*;/);
    await desk.emulateMedia({ media: 'print' });
    await desk.pdf({ path: join(SCREENSHOT_DIR, '35-report-exact.pdf'), format: 'A4' });
    await screenshot(desk, '35-report-print');
    await desk.emulateMedia({ media: 'screen' });

    // The randomised round: estimates with intervals.
    await randomised.page.reload();
    await importFiles(
      randomised.page,
      randomisedFiles.map((buffer, index) => ({ name: `${index}.json`, buffer })),
    );
    await openReport(randomised.page);
    expect(await randomised.page.getByTestId('report-headline').innerText()).toMatch(/≈/);
    // Nothing is hidden or banded there: every cell is an estimate with its interval.
    const estimates = (await groupTables(randomised.page)).flat(2);
    expect(estimates).toHaveLength(27 * 4);
    for (const cell of estimates) expect(cell).toMatch(/^≈ \d+ \(\d+–\d+\)$/);
    await screenshot(randomised.page, '36-report-randomised');
    await expectAccessible(randomised.page, 'the randomised report');
    const list = await secretary.open('app.html#/rounds');
    await list.getByRole('article').first().waitFor();
    await expectAccessible(list, 'the rounds list');
    await secretary.close();

    // Another profile restores the exact round's key and reads its files.
    const restored = await launchExtension();
    try {
      restored.context.setDefaultTimeout(15_000);
      const page = await restored.open('app.html#/rounds/restore');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectAccessible(page, 'restore a key');
      await chooseFile(page, 'key-backup-file-input', 'sao-luu.json', exact.backup);
      await page.getByLabel('Cụm mật khẩu của tệp sao lưu').fill(PASSPHRASE);
      await expectAccessible(page, 'a key backup read');
      await page.getByRole('button', { name: 'Khôi phục' }).click();
      await page
        .getByRole('heading', { name: 'Tự soi lần 1 — Quý IV/2026', level: 1 })
        .waitFor({ timeout: 20_000 });
      await importFiles(
        page,
        exactFiles.map((buffer, index) => ({ name: `${index}.json`, buffer })),
      );
      await page.getByText('Đã nhận 6 / dự kiến 6').first().waitFor();
      await openReport(page);
      expect(await page.getByTestId('report-headline').innerText()).toMatch(/\b3\b.*\b6\b/s);
    } finally {
      await restored.close();
    }
  }, 300_000);
});
