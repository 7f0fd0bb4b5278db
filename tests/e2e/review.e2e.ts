import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cspViolations, screenshot, useExtension } from './extension';
import { answer, item, liveForm } from './review-page';

const REMEDY = 'Tăng cường tự học lý luận chính trị mỗi tuần hai buổi.';

/** Entries of the "Bài tự soi của tôi" list (not the pack library below it). */
function myReviews(page: Page) {
  return page
    .getByRole('region', { name: 'Bài tự soi của tôi' })
    .getByRole('listitem')
    .filter({ hasText: 'Tự soi 27 biểu hiện suy thoái' });
}

/** The focused element's label or text, as a screen reader would start to announce it. */
function focusedName(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement;
    return focused?.getAttribute('aria-label') ?? focused?.textContent?.trim() ?? '';
  });
}

async function expectNoCspViolations(page: Page) {
  expect(await cspViolations(page)).toEqual([]);
}

describe('a member completes the built-in 27-item self-review', () => {
  const extension = useExtension();
  let reviewUrl: string;

  it('opens the app with the built-in pack and no reviews yet', async () => {
    const page = await extension().open('app.html');
    await page.getByRole('heading', { name: 'Thư viện biểu mẫu' }).waitFor();
    await page.getByText('27 biểu hiện suy thoái theo Nghị quyết 04-NQ/TW').waitFor();
    await page.getByText('Bạn chưa có bài nào.', { exact: false }).waitFor();
    await screenshot(page, '01-app-home-empty');
    await expectNoCspViolations(page);
    await page.close();
  });

  it('starts the review, answers items and reveals the remedy box', async () => {
    const page = await extension().open('app.html');
    await page.getByRole('button', { name: /^Bắt đầu tự soi: Tự soi 27 biểu hiện/ }).click();
    await page.getByRole('heading', { name: /Nhóm I\. Suy thoái về tư tưởng chính trị/ }).waitFor();
    expect(await page.title()).toBe('Tự soi 27 biểu hiện suy thoái — Tự soi');
    // Nothing is stored until the first answer: the address names the form, not a record.
    expect(page.url()).toMatch(/#\/start\/nq04-27@[\w.-]+\/bieu-hien-27$/);
    await page.getByText('0/27', { exact: false }).first().waitFor();

    const remedyBoxes = page.getByRole('textbox', { name: /Biện pháp khắc phục/ });
    expect(await remedyBoxes.count()).toBe(0);
    await answer(page, 1, 'Không có');
    // The first answer creates the record; the address becomes the record's.
    await expect.poll(() => page.url()).toMatch(/#\/review\/[\w-]+$/);
    reviewUrl = page.url();
    expect(await remedyBoxes.count()).toBe(0);
    await answer(page, 2, 'Có biểu hiện một phần');
    await remedyBoxes.first().waitFor();
    expect(await remedyBoxes.count()).toBe(1);
    await remedyBoxes.first().fill(REMEDY);
    await answer(page, 3, 'Có biểu hiện');
    await page.getByText('3/27', { exact: false }).first().waitFor();

    await page.getByRole('button', { name: 'Trang sau' }).click();
    const group2 = page.getByRole('heading', { name: /Nhóm II\. Suy thoái về đạo đức, lối sống/ });
    await group2.waitFor();
    // Focus moves to the new page's heading for screen-reader and keyboard users.
    expect(await group2.evaluate((el) => el === document.activeElement)).toBe(true);
    await answer(page, 1, 'Không có');
    await page.getByText('4/27', { exact: false }).first().waitFor();
    await page.getByText('Đã lưu', { exact: false }).first().waitFor();
    await screenshot(page, '02-review-page2');
    await expectNoCspViolations(page);
    await page.close();
  });

  it('restores answers, remedy text and page after the page was closed', async () => {
    const page = await extension().open('app.html');
    await page.getByRole('heading', { name: 'Bài tự soi của tôi' }).waitFor();
    const listed = myReviews(page);
    await listed.getByText('Đang làm', { exact: true }).waitFor();
    await listed.getByText('Đã trả lời 4/27').waitFor();
    await screenshot(page, '03-app-home-draft');
    await listed.getByRole('link', { name: /^Tiếp tục/ }).click();

    await page.getByRole('heading', { name: /Nhóm II\./ }).waitFor();
    expect(
      await item(page, 1).getByRole('radio', { name: 'Không có', exact: true }).isChecked(),
    ).toBe(true);
    await page.getByRole('button', { name: 'Trang trước' }).click();
    await page.getByRole('heading', { name: /Nhóm I\./ }).waitFor();
    expect(
      await item(page, 1).getByRole('radio', { name: 'Không có', exact: true }).isChecked(),
    ).toBe(true);
    expect(
      await item(page, 2)
        .getByRole('radio', { name: 'Có biểu hiện một phần', exact: true })
        .isChecked(),
    ).toBe(true);
    expect(
      await item(page, 3).getByRole('radio', { name: 'Có biểu hiện', exact: true }).isChecked(),
    ).toBe(true);
    expect(
      await page
        .getByRole('textbox', { name: /Biện pháp khắc phục/ })
        .first()
        .inputValue(),
    ).toBe(REMEDY);
    await expectNoCspViolations(page);
    await page.close();
  });

  it('shows the latest review and its progress in the popup', async () => {
    const page = await extension().open('popup.html', { width: 360, height: 420 });
    await page.getByText('Tự soi 27 biểu hiện suy thoái').waitFor();
    await page.getByText('Đã trả lời 4/27').waitFor();
    expect(await page.locator('progress').getAttribute('value')).toBe('4');
    await page.getByRole('button', { name: 'Tiếp tục' }).waitFor();
    await page.getByRole('button', { name: 'Mở trong khung bên cạnh (side panel)' }).waitFor();
    await screenshot(page, '04-popup');
    await expectNoCspViolations(page);
    await page.close();
  });

  it('keeps two tabs of the same review in step without losing an edit', async () => {
    const hash = new URL(reviewUrl).hash;
    const tabA = await extension().open(`app.html${hash}`);
    const tabB = await extension().open(`app.html${hash}`);
    for (const tab of [tabA, tabB]) await tab.getByRole('heading', { name: /Nhóm I\./ }).waitFor();

    await answer(tabA, 4, 'Không có');
    await tabA.getByText('Đã lưu', { exact: false }).first().waitFor();
    await expect
      .poll(() => item(tabB, 4).getByRole('radio', { name: 'Không có', exact: true }).isChecked())
      .toBe(true);
    await answer(tabB, 5, 'Không có');
    await expect
      .poll(() => item(tabA, 5).getByRole('radio', { name: 'Không có', exact: true }).isChecked())
      .toBe(true);
    await tabB.getByText('6/27', { exact: false }).first().waitFor();
    for (const tab of [tabA, tabB]) {
      expect(await tab.getByText('vừa được sửa ở một thẻ', { exact: false }).count()).toBe(0);
      await tab.close();
    }
  });

  it('renders the form in the side panel page', async () => {
    const hash = new URL(reviewUrl).hash;
    const page = await extension().open(`sidepanel.html${hash}`, { width: 400, height: 900 });
    // The member last left the review on page I.
    await page.getByRole('heading', { name: /Nhóm I\./ }).waitFor();
    expect(
      await item(page, 2)
        .getByRole('radio', { name: 'Có biểu hiện một phần', exact: true })
        .isChecked(),
    ).toBe(true);
    await screenshot(page, '05-sidepanel-review');
    await expectNoCspViolations(page);
    await page.close();
  });

  it('shows a new page from its top in its first frame, focused, never at the old offset', async () => {
    const page = await extension().open(`app.html${new URL(reviewUrl).hash}`);
    await page.getByRole('heading', { name: /Nhóm I\./ }).waitFor();
    await liveForm(page);
    const next = page.getByRole('button', { name: 'Trang sau' });
    await next.scrollIntoViewIfNeeded();
    // Before each paint: where the next page's heading is, once it exists. A scroll made after
    // the paint would show the page at the old offset for a frame and move it under a click.
    await page.evaluate(`(() => {
      const frames = (window.__frames = []);
      const record = () => {
        const heading = [...document.querySelectorAll('h2')].find((h) => /^Nhóm II./.test(h.textContent));
        if (heading) frames.push({ top: heading.getBoundingClientRect().top, focused: document.activeElement === heading });
        if (frames.length < 3) requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    })()`);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    await next.click();
    await page.getByRole('heading', { name: /Nhóm II\./ }).waitFor();
    await expect
      .poll(() => page.evaluate('window.__frames.length'), { timeout: 5000 })
      .toBeGreaterThanOrEqual(3);
    const frames = (await page.evaluate('window.__frames')) as { top: number; focused: boolean }[];
    for (const frame of frames) {
      expect(frame.focused).toBe(true);
      // Below the sticky bar, in the upper part of the window.
      expect(frame.top).toBeGreaterThanOrEqual(0);
      expect(frame.top).toBeLessThan(200);
    }
    // Back to page I, where the next test expects the review.
    await page.getByRole('button', { name: 'Trang trước' }).click();
    await page.getByRole('heading', { name: /Nhóm I\./ }).waitFor();
    await page.getByText('Đã lưu', { exact: false }).first().waitFor();
    await page.close();
  });

  it('refuses to complete with unanswered items, then completes once all are answered', async () => {
    const page = await extension().open(`app.html${new URL(reviewUrl).hash}`);
    await page.getByRole('heading', { name: /Nhóm I\./ }).waitFor();
    await page.getByRole('button', { name: 'Trang sau' }).click();
    await page.getByRole('heading', { name: /Nhóm II\./ }).waitFor();
    await page.getByRole('button', { name: 'Trang sau' }).click();
    await page.getByRole('heading', { name: /Nhóm III\./ }).waitFor();
    await page.getByRole('button', { name: 'Hoàn thành' }).click();
    await page.getByRole('status').filter({ hasText: 'Còn 21 biểu hiện chưa trả lời' }).waitFor();
    await screenshot(page, '06-review-errors');

    // survey-core may have moved to the first page with an error; start from page I.
    const previous = page.getByRole('button', { name: 'Trang trước' });
    while (!(await page.getByRole('heading', { name: /Nhóm I\./ }).isVisible())) {
      await previous.click();
      await page.waitForTimeout(50);
    }
    for (let no = 6; no <= 9; no++) await answer(page, no, 'Không có');
    await page.getByRole('button', { name: 'Trang sau' }).click();
    await page.getByRole('heading', { name: /Nhóm II\./ }).waitFor();
    for (let no = 2; no <= 9; no++) await answer(page, no, 'Không có');
    await page.getByRole('button', { name: 'Trang sau' }).click();
    await page.getByRole('heading', { name: /Nhóm III\./ }).waitFor();
    for (let no = 1; no <= 9; no++) await answer(page, no, 'Không có');
    await page.getByText('27/27', { exact: false }).first().waitFor();
    await page.getByRole('button', { name: 'Hoàn thành' }).click();
    await page.getByRole('heading', { name: 'Bạn đã hoàn thành bài tự soi này' }).waitFor();
    await page.getByText('Đã trả lời 27/27.', { exact: false }).waitFor();
    await screenshot(page, '07-review-completed');

    await page.getByRole('link', { name: 'Bài tự soi của tôi' }).first().click();
    const listed = myReviews(page);
    await listed.getByText('Đã hoàn thành', { exact: true }).waitFor();
    await listed.getByText('Đã trả lời 27/27').waitFor();
    await screenshot(page, '08-app-home-completed');

    await listed.getByRole('link', { name: /^Xem kết quả/ }).click();
    // The result, not the form: item 2 "một phần" heads it with its remedy text.
    const flagged = page.getByRole('region', { name: 'Biểu hiện bạn đã đánh dấu' });
    await flagged.getByRole('listitem').first().getByText(REMEDY).waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Hoàn thành' }).count()).toBe(0);
    await screenshot(page, '08b-completed-review-result');

    // Changing answers turns the review back into a draft, answers kept.
    await page.getByRole('button', { name: 'Sửa lại câu trả lời' }).click();
    await page
      .getByRole('dialog', { name: 'Sửa lại bài đã hoàn thành?' })
      .getByRole('button', { name: 'Sửa lại câu trả lời' })
      .click();
    await flagged.waitFor({ state: 'detached' });
    // It reopens where the member left it: the last page.
    await page.getByRole('heading', { name: /Nhóm III\./ }).waitFor();
    const editable = item(page, 2).getByRole('radio', { name: 'Không có', exact: true });
    expect(await editable.isChecked()).toBe(true);
    expect(await editable.isDisabled()).toBe(false);
    await page.getByRole('link', { name: 'Bài tự soi của tôi' }).first().click();
    await listed.getByText('Đang làm', { exact: true }).waitFor();
    await listed.getByText('Đã trả lời 27/27').waitFor();
    await expectNoCspViolations(page);
    await page.close();
  });

  it('deletes a review only after confirmation', async () => {
    const page = await extension().open('app.html');
    const listed = myReviews(page);
    await listed.getByRole('button', { name: /Xóa/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Xóa bài tự soi?' });
    await dialog.waitFor();
    await screenshot(page, '09-delete-confirm');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    expect(await listed.count()).toBe(1);
    // Focus returns to the button that opened the dialog, not to the top of the page.
    await expect.poll(() => focusedName(page)).toMatch(/^Xóa: /);
    await listed.getByRole('button', { name: /Xóa/ }).click();
    await dialog.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    await page.getByText('Bạn chưa có bài nào.', { exact: false }).waitFor();
    expect(await listed.count()).toBe(0);
    // Its buttons are gone: focus is on the undo the notice offers (tests/e2e/reviews.e2e.ts).
    await expect.poll(() => focusedName(page)).toBe('Hoàn tác');
    await page.close();
  });
});
