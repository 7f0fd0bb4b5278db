import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { cspViolations, SCREENSHOT_DIR, screenshot, useExtension } from './extension';
import { choose, REMEDY_BOX } from './review-page';

const PDFTOPPM = '/usr/bin/pdftoppm';
const PDFTOTEXT = '/usr/bin/pdftotext';
const PDF = join(SCREENSHOT_DIR, '40-result.pdf');

/** Item → [answer, remedy] for the items not answered "Không có"; one per group. */
const MARKED: Record<string, Record<number, [string, string]>> = {
  'Nhóm I.': { 2: ['Có biểu hiện', 'Đọc lại Điều lệ Đảng và báo cáo chi bộ mỗi tháng.'] },
  'Nhóm II.': { 5: ['Có biểu hiện một phần', 'Công khai tài sản.\nTừ chối quà biếu.'] },
  'Nhóm III.': { 8: ['Có biểu hiện', 'Nhận xét thẳng thắn trong sinh hoạt chi bộ.'] },
};

async function answerPage(page: Page, group: string) {
  await page.getByRole('heading', { name: new RegExp(`^${group.replace('.', '\\.')}`) }).waitFor();
  const marked = MARKED[group] ?? {};
  for (let no = 1; no <= 9; no++) {
    const [choice, remedy] = marked[no] ?? ['Không có', undefined];
    await choose(page, no, choice);
    if (remedy) await page.getByRole('textbox', REMEDY_BOX).fill(remedy);
  }
}

interface ShownGroup {
  group: string;
  /** Per item: its number, its answer and the remedy text under it (null when none). */
  items: Array<[string, string, string | null]>;
}

/** What the summary's part shows: group headings and, per item, its number and answers. */
function partContents(page: Page, name: string): Promise<ShownGroup[]> {
  return page.getByRole('region', { name, exact: true }).evaluate((part) =>
    [...part.querySelectorAll('.result__group')].map((group) => ({
      group: group.querySelector('h3')?.textContent?.slice(0, 9) ?? '',
      items: [...group.querySelectorAll('.result-item')].map(
        (entry): [string, string, string | null] => [
          entry.querySelector('.result-item__title')?.textContent?.split(' ')[0] ?? '',
          entry.querySelector('.result-item__answer .result-answer')?.textContent ?? '',
          entry.querySelector('.result-item__written')?.textContent ?? null,
        ],
      ),
    })),
  );
}

async function setLargeText(page: Page, on: boolean) {
  const settings = await page.context().newPage();
  await settings.goto(page.url().replace(/#.*$/, '#/settings'));
  await settings.getByRole('checkbox', { name: 'Chữ to' }).setChecked(on);
  await expect
    .poll(() => page.evaluate(() => document.documentElement.classList.contains('large-text')))
    .toBe(on);
  await settings.close();
}

/** Under print media: the header, every item, black on white, and no control or navigation. */
async function expectPrintedResult(page: Page) {
  const header = page.locator('.result__print-header');
  expect(await header.isVisible()).toBe(true);
  const headerText = await header.innerText();
  expect(headerText).toMatch(/27 biểu hiện suy thoái theo Nghị quyết 04-NQ\/TW · phiên bản \d/);
  expect(headerText).toMatch(/Hoàn thành lúc \d\d:\d\d, \d\d\/\d\d\/\d{4} · In lúc /);

  for (const role of ['button', 'link', 'navigation', 'banner'] as const) {
    const shown = await page
      .getByRole(role)
      .evaluateAll((nodes) => nodes.filter((node) => node.checkVisibility()).length);
    expect(shown, role).toBe(0);
  }
  expect(await page.locator('.topbar').isVisible()).toBe(false);
  const items = page.locator('.result-item');
  expect(await items.count()).toBe(27);
  expect(await items.evaluateAll((nodes) => nodes.every((node) => node.checkVisibility()))).toBe(
    true,
  );
  const colours = await page
    .locator('.result, .result *')
    .evaluateAll(
      (nodes) =>
        new Set(nodes.map((node) => getComputedStyle(node).color)).size === 1 &&
        getComputedStyle(nodes[0] as Element).color,
    );
  expect(colours).toBe('rgb(0, 0, 0)');
}

describe('the result of a completed review: read, print, find again', () => {
  const extension = useExtension();
  let reviewHash: string;

  it('completes the 27 items and shows the marked ones first, each with its remedy', async () => {
    const session = extension();
    session.context.setDefaultTimeout(15_000);
    const page = await session.open('app.html');
    await page.getByRole('button', { name: /^Bắt đầu tự soi: Tự soi 27 biểu hiện/ }).click();
    for (const [index, group] of Object.keys(MARKED).entries()) {
      if (index > 0) await page.getByRole('button', { name: 'Trang sau' }).click();
      await answerPage(page, group);
    }
    await page.getByText('27/27', { exact: false }).first().waitFor();
    await page.getByRole('button', { name: 'Hoàn thành' }).click();
    await page.getByRole('heading', { name: 'Bạn đã hoàn thành bài tự soi này' }).waitFor();
    reviewHash = new URL(page.url()).hash;

    expect(await partContents(page, 'Biểu hiện bạn đã đánh dấu')).toEqual([
      { group: 'Nhóm I. S', items: [['2.', 'Có biểu hiện', MARKED['Nhóm I.']?.[2]?.[1]]] },
      {
        group: 'Nhóm II. ',
        items: [['5.', 'Có biểu hiện một phần', 'Công khai tài sản.\nTừ chối quà biếu.']],
      },
      { group: 'Nhóm III.', items: [['8.', 'Có biểu hiện', MARKED['Nhóm III.']?.[8]?.[1]]] },
    ]);
    const others = await partContents(page, 'Các biểu hiện còn lại');
    expect(others.map(({ group, items }) => [group, items.length])).toEqual([
      ['Nhóm I. S', 8],
      ['Nhóm II. ', 8],
      ['Nhóm III.', 8],
    ]);
    expect(others[1]?.items.map(([no]) => no).join(' ')).toBe('1. 2. 3. 4. 6. 7. 8. 9.');
    const rest = others.flatMap(({ items }) => items);
    expect(rest.every(([, answer, remedy]) => answer === 'Không có' && remedy === null)).toBe(true);
    expect(await page.getByRole('heading', { name: 'Chưa trả lời' }).count()).toBe(0);
    // The form is gone: no answer control is left on the page.
    expect(await page.getByRole('radio').count()).toBe(0);
    // Full ink: nothing of the result is faded.
    const faded = await page
      .locator('.result *')
      .evaluateAll(
        (nodes) => nodes.filter((node) => Number(getComputedStyle(node).opacity) < 1).length,
      );
    expect(faded).toBe(0);
    await screenshot(page, '40-result-screen');
    // Printing straight after completing shows the same result.
    await page.emulateMedia({ media: 'print' });
    await expectPrintedResult(page);
    await page.emulateMedia({ media: 'screen' });
    await expectAccessible(page, 'result just completed');
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('reaches the same result from the list, legible at normal and large text', async () => {
    const page = await extension().open('app.html');
    const listed = page
      .getByRole('region', { name: 'Bài tự soi của tôi' })
      .getByRole('listitem')
      .filter({ hasText: 'Tự soi 27 biểu hiện suy thoái' });
    await listed.getByRole('link', { name: /^Xem kết quả/ }).click();
    await page.getByRole('heading', { name: 'Biểu hiện bạn đã đánh dấu' }).waitFor();
    expect(new URL(page.url()).hash).toBe(reviewHash);
    await page.getByText('Công khai tài sản.', { exact: false }).waitFor();
    await expectAccessible(page, 'result from the list');

    await setLargeText(page, true);
    const size = await page
      .locator('.result-answer')
      .first()
      .evaluate((node) => getComputedStyle(node).fontSize);
    expect(size).toBe('22px');
    // Nothing runs off the side at large text.
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true);
    await screenshot(page, '41-result-large-text');
    await expectAccessible(page, 'result at large text');

    // The side panel at its narrowest, large text: long words wrap, nothing scrolls sideways.
    const panel = await extension().open(`sidepanel.html${reviewHash}`, {
      width: 320,
      height: 800,
    });
    await panel.getByRole('heading', { name: 'Biểu hiện bạn đã đánh dấu' }).waitFor();
    expect(
      await panel.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true);
    await screenshot(panel, '42-result-sidepanel-large-text');
    await panel.close();
    await setLargeText(page, false);
    await page.close();
  });

  it('prints every item with a header and no controls, A4 with page numbers', async () => {
    const page = await extension().open(`app.html${reviewHash}`);
    await page.getByRole('heading', { name: 'Biểu hiện bạn đã đánh dấu' }).waitFor();
    await page.emulateMedia({ media: 'print' });

    await expectPrintedResult(page);

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.pdf({ path: PDF, format: 'A4' });
    expect(existsSync(PDF)).toBe(true);
    // Only where poppler is installed (this machine, not CI): pages to look at.
    if (existsSync(PDFTOPPM) && existsSync(PDFTOTEXT)) {
      for (const old of readdirSync(SCREENSHOT_DIR)) {
        if (old.startsWith('40-result-page')) rmSync(join(SCREENSHOT_DIR, old));
      }
      const run = spawnSync(PDFTOPPM, [
        '-r',
        '60',
        '-png',
        PDF,
        join(SCREENSHOT_DIR, '40-result-page'),
      ]);
      expect(run.status, String(run.stderr)).toBe(0);
      const pages = readdirSync(SCREENSHOT_DIR).filter((name) => name.startsWith('40-result-page'));
      expect(pages.length).toBeGreaterThanOrEqual(2);
      // Each page is numbered "n / total" in its footer (pdftotext drops the spaces).
      const text = spawnSync(PDFTOTEXT, [PDF, '-'], { encoding: 'utf8' }).stdout;
      for (let no = 1; no <= pages.length; no++) expect(text).toContain(`${no}/${pages.length}`);
    }
    await page.close();
  });
});
