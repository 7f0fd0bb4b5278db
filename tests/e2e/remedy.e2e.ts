import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { SCREENSHOT_DIR, screenshot, useExtension } from './extension';
import { choose, item, liveForm, startReviewWithRemedyBox } from './review-page';

const GROUP_I = 'Nhóm I. Suy thoái về tư tưởng chính trị';
const REMEDY_3 = `Biện pháp khắc phục cho biểu hiện 3 — ${GROUP_I}`;
const TEXT = 'Đọc lại Nghị quyết mỗi tháng.';

/** The stored answer of item 3's remedy box, read straight from IndexedDB. */
function storedRemedy(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const opening = indexedDB.open('tu-soi');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const request = db.transaction('responses').objectStore('responses').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result.map((record) => record.data?.['tt3-khac-phuc']).find(Boolean));
          };
        };
      }),
  );
}

const remedyBox = (page: Page) => page.getByRole('textbox', { name: REMEDY_3, exact: true });
const undo = (page: Page) => page.getByRole('button', { name: 'Hoàn tác' });
const hiddenNotice = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Đã ẩn ô “Biện pháp khắc phục cho biểu hiện 3”' });

/** A capture of one part of the page, to look at it closely. */
async function shotOf(page: Page, selector: string, name: string) {
  await page.locator(selector).screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

async function turnPage(page: Page, heading: RegExp) {
  await page.getByRole('button', { name: 'Trang sau' }).click();
  await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
}

describe('remedy boxes: nothing lost without being told', () => {
  const extension = useExtension();
  let route: string;

  it('names the box by its item and group, and grows it with its text', async () => {
    const page = await extension().open('app.html');
    // Starts the built-in review with item 1 answered "Có biểu hiện" (its box left empty).
    route = await startReviewWithRemedyBox(page);
    await choose(page, 3, 'Có biểu hiện');
    const box = remedyBox(page);
    await box.waitFor();
    // The visible title stays as the pack wrote it.
    const visibleTitle = await box.evaluate((el) => {
      const label = (el as HTMLTextAreaElement).labels?.[0]?.cloneNode(true) as HTMLElement;
      label.querySelector('.ts-visually-hidden')?.remove();
      return label.textContent;
    });
    expect(visibleTitle).toBe('Biện pháp khắc phục cho biểu hiện 3');

    const size = () =>
      box.evaluate((el) => ({
        height: el.clientHeight,
        scrollHeight: el.scrollHeight,
        resize: getComputedStyle(el).resize,
      }));
    const empty = await size();
    await box.fill(Array.from({ length: 8 }, (_, i) => `${i + 1}. ${TEXT}`).join('\n'));
    const grown = await size();
    expect(grown.height).toBeGreaterThan(empty.height + 50);
    // No inner scrollbar: the box shows all its text, and the handle still resizes it.
    expect(grown.scrollHeight).toBeLessThanOrEqual(grown.height);
    expect(grown.resize).toBe('vertical');
    await box.fill(TEXT);
    expect((await size()).height).toBeLessThan(grown.height);
    // A very long text stops at the ceiling (60 % of the window) and scrolls from there.
    await box.fill(Array.from({ length: 60 }, (_, i) => `${i + 1}.`).join('\n'));
    const capped = await size();
    expect(capped.height).toBeLessThanOrEqual(900 * 0.6);
    expect(capped.scrollHeight).toBeGreaterThan(capped.height);
    await box.fill(Array.from({ length: 8 }, (_, i) => `${i + 1}. ${TEXT}`).join('\n'));
    await shotOf(page, `#${await item(page, 3).getAttribute('id')} + div`, 'remedy-01-grown-box');
    await box.fill(TEXT);
    // The next test reopens the review: wait until this text is stored, not only typed.
    await expect.poll(() => storedRemedy(page)).toBe(TEXT);
    await expectAccessible(page, 'a remedy box with text');
    await page.close();
  });

  it('says at once that "Không có" hid the box with text, and Hoàn tác brings both back', async () => {
    // As narrow as the side panel.
    const page = await extension().open(`app.html${route}`, { width: 360, height: 800 });
    const box = remedyBox(page);
    expect(await box.inputValue()).toBe(TEXT);
    await choose(page, 3, 'Không có');
    await hiddenNotice(page).waitFor();
    expect(await box.count()).toBe(0);
    expect(await hiddenNotice(page).textContent()).toContain(
      'Đã ẩn ô “Biện pháp khắc phục cho biểu hiện 3” (có nội dung).',
    );
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await screenshot(page, 'remedy-02-hidden-notice');
    await shotOf(page, '.ts-hidden-notice', 'remedy-02b-hidden-notice-close');
    await expectAccessible(page, 'the notice of a hidden remedy box');

    await undo(page).click();
    await box.waitFor();
    expect(
      await item(page, 3).getByRole('radio', { name: 'Có biểu hiện', exact: true }).isChecked(),
    ).toBe(true);
    expect(await box.inputValue()).toBe(TEXT);
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await undo(page).count()).toBe(0);

    // Hidden again: the text stays until completion, so re-choosing also brings it back.
    await choose(page, 3, 'Không có');
    await hiddenNotice(page).waitFor();
    await choose(page, 3, 'Có biểu hiện một phần');
    expect(await box.inputValue()).toBe(TEXT);
    await page.close();
  });

  it('"Hoàn thành" with 3 unanswered items says 3 and focuses the summary at the top', async () => {
    const page = await extension().open(`app.html${route}`);
    await page.getByRole('heading', { name: /Nhóm I\./, level: 2 }).waitFor();
    // Many answers in a row, then completion: on the live form, not across the hand-over.
    await liveForm(page);
    for (const no of [1, 2, 4, 5, 6, 7, 8]) await choose(page, no, 'Không có');
    await turnPage(page, /Nhóm II\./);
    for (const no of [1, 2, 3, 4, 5, 6, 7, 8]) await choose(page, no, 'Không có');
    await turnPage(page, /Nhóm III\./);
    for (const no of [1, 2, 3, 4, 5, 6, 7, 8]) await choose(page, no, 'Không có');
    await page.getByRole('button', { name: 'Hoàn thành' }).click();

    const summary = page.getByRole('region', { name: 'Còn 3 biểu hiện chưa trả lời' });
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    // survey-core went to the first page with a missing answer; the summary is above its heading.
    const heading = page.getByRole('heading', { level: 2 });
    expect(await heading.textContent()).toBe(GROUP_I);
    const above = await summary.evaluate(
      (el, headingEl) =>
        Boolean(
          headingEl && el.compareDocumentPosition(headingEl) & Node.DOCUMENT_POSITION_FOLLOWING,
        ),
      await heading.elementHandle(),
    );
    expect(above).toBe(true);
    const links = summary.getByRole('button');
    expect(await links.count()).toBe(3);
    await screenshot(page, 'remedy-03-unanswered-summary');
    await shotOf(page, '.ts-error-summary', 'remedy-03b-summary-close');
    await expectAccessible(page, 'the summary of 3 unanswered items');

    // Keyboard: Tab from the summary reaches its first link; following the last one (page III)
    // focuses that item's first answer.
    await page.keyboard.press('Tab');
    expect(await links.first().evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await links.nth(2).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Nhóm III\./, level: 2 }).waitFor();
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return { type: el.type, group: el.closest('[role=radiogroup]')?.textContent ?? '' };
    });
    expect(focused.type).toBe('radio');
    expect(focused.group).toMatch(/^9\. /);
    await page.close();
  });

  it('warns before completion drops hidden text, lets the member go back, then completes', async () => {
    const page = await extension().open(`app.html${route}`);
    // The review reopens on the page it was left on (III).
    await page.getByRole('heading', { name: /Nhóm III\./, level: 2 }).waitFor();
    await choose(page, 9, 'Không có');
    for (const group of [/Nhóm II\./, /Nhóm I\./]) {
      await page.getByRole('button', { name: 'Trang trước' }).click();
      await page.getByRole('heading', { name: group, level: 2 }).waitFor();
    }
    await choose(page, 9, 'Không có');
    await choose(page, 3, 'Không có');
    await hiddenNotice(page).waitFor();
    await turnPage(page, /Nhóm II\./);
    await choose(page, 9, 'Không có');
    await turnPage(page, /Nhóm III\./);
    await page.getByText('27/27', { exact: false }).first().waitFor();
    await page.getByRole('button', { name: 'Hoàn thành' }).click();

    const warning = page.getByRole('group', {
      name: '1 ô đã ẩn còn nội dung sẽ bị bỏ khi hoàn thành.',
    });
    await warning.waitFor();
    expect(await warning.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await warning.getByRole('listitem').textContent()).toBe(REMEDY_3);
    await screenshot(page, 'remedy-04-complete-warning');
    await shotOf(page, '.ts-confirm', 'remedy-04b-complete-warning-close');
    await expectAccessible(page, 'the warning before completion drops hidden text');

    await page.getByRole('button', { name: 'Quay lại sửa' }).click();
    expect(await warning.count()).toBe(0);
    const complete = page.getByRole('button', { name: 'Hoàn thành' });
    expect(await complete.evaluate((el) => el === document.activeElement)).toBe(true);

    await complete.click();
    await page.getByRole('button', { name: 'Vẫn hoàn thành' }).click();
    await page.getByRole('heading', { name: /^Bạn đã hoàn thành bài/ }).waitFor();
    await expectAccessible(page, 'completed after dropping hidden text');
    await page.close();
  });
});
