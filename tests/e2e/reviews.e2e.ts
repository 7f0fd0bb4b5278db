import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { type ExtensionSession, screenshot, useExtension } from './extension';
import { choose } from './review-page';

// Names another helper rewords ("Bài tự kiểm điểm" → "Bài tự soi"): matched either way.
const MY_REVIEWS = /^Bài tự (kiểm điểm|soi) của tôi$/;
const DEFAULT_LABEL = /^Lần (\d) — \d\d\/\d\d\/\d{4}$/;

/** Every response record as stored, read straight from IndexedDB. */
function storedResponses(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const opening = indexedDB.open('tu-soi');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const request = db.transaction('responses').objectStore('responses').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
        };
      }),
  );
}

function myReviews(page: Page) {
  return page.getByRole('region', { name: MY_REVIEWS });
}

async function openHome(page: Page) {
  await myReviews(page).waitFor();
  await page.getByRole('heading', { name: 'Thư viện biểu mẫu' }).waitFor();
}

/** One browser per block, with the shorter default wait of the shared rules. */
function useBrowser(): () => ExtensionSession {
  const extension = useExtension();
  beforeAll(() => extension().context.setDefaultTimeout(15_000));
  return extension;
}

async function openApp(extension: () => ExtensionSession): Promise<Page> {
  const page = await extension().open('app.html');
  await openHome(page);
  return page;
}

async function backHome(page: Page) {
  // "← Bài tự … của tôi"
  await page
    .getByRole('link', { name: /Bài tự (kiểm điểm|soi) của tôi$/ })
    .first()
    .click();
  await openHome(page);
}

/** Checks `choice` for every item of the page on screen. */
async function answerPage(page: Page, choice: string) {
  for (let no = 1; no <= 9; no++) {
    await choose(page, no, choice);
  }
}

describe('pressing "Bắt đầu" and leaving without answering', () => {
  const extension = useBrowser();

  it('leaves no draft when the member goes back to the list', async () => {
    const page = await openApp(extension);
    await page.getByRole('button', { name: /^Bắt đầu tự soi: Tự soi 27 biểu hiện/ }).click();
    await page.getByRole('heading', { name: /Nhóm I\./ }).waitFor();
    // The label the review will have is shown, but it cannot be renamed before it exists.
    await page.getByText(DEFAULT_LABEL).waitFor();
    expect(await page.getByRole('button', { name: /^Đổi tên bài/ }).count()).toBe(0);
    // Turning a page is not an answer either.
    await page.getByRole('button', { name: 'Trang sau' }).click();
    await page.getByRole('heading', { name: /Nhóm II\./ }).waitFor();
    await backHome(page);
    await page.getByText('Bạn chưa có bài nào.', { exact: false }).waitFor();
    expect(await storedResponses(page)).toEqual([]);
    await page.close();
  });

  it('leaves no draft when the tab is closed', async () => {
    const page = await openApp(extension);
    await page.getByRole('button', { name: /^Bắt đầu tự soi: Tự soi 27 biểu hiện/ }).click();
    await page.getByRole('heading', { name: /Nhóm I\./ }).waitFor();
    await page.close();
    const again = await openApp(extension);
    await again.getByText('Bạn chưa có bài nào.', { exact: false }).waitFor();
    expect(await storedResponses(again)).toEqual([]);
    // The library still offers a first start, not "continue".
    await again.getByRole('button', { name: /^Bắt đầu tự soi: Tự soi 27 biểu hiện/ }).waitFor();
    await again.close();
  });
});

describe('two reviews of one form', () => {
  const extension = useBrowser();

  it('asks before a second one, and labels both so they can be told apart', async () => {
    const page = await openApp(extension);
    await page.getByRole('button', { name: /^Bắt đầu tự soi: Tự soi 27 biểu hiện/ }).click();
    await choose(page, 1, 'Không có');
    await page.getByText('Đã lưu', { exact: false }).first().waitFor();
    await backHome(page);

    const library = page.getByRole('region', { name: 'Thư viện biểu mẫu' });
    await library.getByRole('button', { name: /^Bắt đầu bài mới: Tự soi 27/ }).click();
    const ask = page.getByRole('dialog', { name: 'Bạn đang có một bài chưa xong' });
    await ask.waitFor();
    await ask.getByText(/đang làm dở \(đã trả lời 1\/27\)/).waitFor();
    await ask.getByRole('button', { name: 'Tiếp tục bài đang làm' }).waitFor();
    await expectAccessible(page, 'the "start another review?" dialog');
    await screenshot(page, 'reviews-01-start-another-ask');
    // Escape cancels: nothing starts.
    await page.keyboard.press('Escape');
    await ask.waitFor({ state: 'detached' });
    expect(new URL(page.url()).hash).toBe('#/');

    await library.getByRole('button', { name: /^Bắt đầu bài mới: Tự soi 27/ }).click();
    await ask.getByRole('button', { name: 'Bắt đầu bài mới' }).click();
    await page.getByRole('heading', { name: /Nhóm I\./ }).waitFor();
    await page.getByText(/^Lần 2 — /).waitFor();
    await choose(page, 1, 'Có biểu hiện');
    await page.getByText('Đã lưu', { exact: false }).first().waitFor();
    await backHome(page);

    const list = myReviews(page);
    const entries = list.getByRole('listitem');
    await expect.poll(() => entries.count()).toBe(2);
    const labels = await list.locator('.review-label__text').allTextContents();
    expect(labels.map((label) => DEFAULT_LABEL.exec(label)?.[1]).sort()).toEqual(['1', '2']);
    // Each row's buttons say which review they act on.
    await list
      .getByRole('link', { name: /^Tiếp tục: Lần 1 — .+ \(Tự soi 27 biểu hiện suy thoái\)$/ })
      .waitFor();
    await list.getByRole('button', { name: /^Xóa: Lần 2 — / }).waitFor();
    await expectAccessible(page, 'the list of two labelled reviews');
    await screenshot(page, 'reviews-02-two-labelled');
    expect(await storedResponses(page)).toHaveLength(2);
    await page.close();
  });

  it('renames one; the name stays after a reload and shows on its page', async () => {
    const page = await openApp(extension);
    const list = myReviews(page);
    await list.getByRole('button', { name: /^Đổi tên bài: Lần 1 — / }).click();
    const field = list.getByRole('textbox', { name: 'Tên bài' });
    await field.fill('Bỏ dở');
    await page.keyboard.press('Escape');
    await field.waitFor({ state: 'detached' });
    await list.getByRole('button', { name: /^Đổi tên bài: Lần 1 — / }).click();
    await field.fill('  Trước buổi họp chi bộ  ');
    await expectAccessible(page, 'renaming a review');
    await screenshot(page, 'reviews-03-rename');
    await page.keyboard.press('Enter');
    await list.getByText('Trước buổi họp chi bộ', { exact: true }).waitFor();
    // Focus returns to the (renamed) rename button.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Đổi tên bài: Trước buổi họp chi bộ');
    await page.close();

    const again = await openApp(extension);
    const renamed = myReviews(again);
    await renamed.getByText('Trước buổi họp chi bộ', { exact: true }).waitFor();
    await renamed.getByText(/^Lần 2 — /).waitFor();
    await renamed.getByRole('link', { name: /^Tiếp tục: Trước buổi họp chi bộ/ }).click();
    await again.getByRole('heading', { name: /Nhóm I\./ }).waitFor();
    await again.getByText('Trước buổi họp chi bộ', { exact: true }).waitFor();
    await again.close();
  });

  it('shows the names in the popup and in a 360 px side panel without sideways scrolling', async () => {
    const popup = await extension().open('popup.html', { width: 360, height: 600 });
    // Renaming is no edit of the answers: the latest review is still Lần 2, answered last.
    await popup.getByText(/^Lần 2 — \d\d\/\d\d\/\d{4}$/).waitFor();
    await popup.close();

    const panel = await extension().open('sidepanel.html', { width: 360, height: 800 });
    await openHome(panel);
    await myReviews(panel).getByText('Trước buổi họp chi bộ', { exact: true }).waitFor();
    expect(
      await panel.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true);
    await expectAccessible(panel, 'the labelled list in the side panel');
    await screenshot(panel, 'reviews-08-sidepanel-list');
    await panel.close();
  });

  it('deletes one with "Đã xóa", and "Hoàn tác" puts it back exactly', async () => {
    const page = await openApp(extension);
    const before = await storedResponses(page);
    const list = myReviews(page);
    await list.getByRole('button', { name: /^Xóa: Trước buổi họp chi bộ/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    const status = list.getByRole('status');
    await status.getByText('Đã xóa: Trước buổi họp chi bộ').waitFor();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    expect(await storedResponses(page)).toHaveLength(1);
    // Focus is on the undo, so Enter or Space is enough; the clock waits while it is there.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Hoàn tác');
    await expectAccessible(page, 'the "deleted, undo" notice');
    await screenshot(page, 'reviews-04-deleted-undo');
    await page.waitForTimeout(9000);
    await status.getByRole('button', { name: 'Hoàn tác' }).waitFor();
    await page.keyboard.press('Enter');
    await status.getByText('Đã khôi phục: Trước buổi họp chi bộ').waitFor();
    await list.getByText('Trước buổi họp chi bộ', { exact: true }).waitFor();
    const after = await storedResponses(page);
    const byId = (records: Array<Record<string, unknown>>) =>
      records.toSorted((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(byId(after)).toEqual(byId(before));
    await page.close();
  });

  it('ends the undo once the member moves on and the time is up', async () => {
    const page = await openApp(extension);
    const list = myReviews(page);
    await list.getByRole('button', { name: /^Xóa: Lần 2/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    await list
      .getByRole('status')
      .getByText(/^Đã xóa: Lần 2/)
      .waitFor();
    // Moving on, pointer and focus, lets the clock run. (The pointer rests where the dialog's
    // button was, which may be over the notice: pointing at it holds the clock.)
    await page.mouse.move(0, 0);
    await page.getByRole('heading', { name: MY_REVIEWS }).focus();
    await list
      .getByRole('button', { name: 'Hoàn tác' })
      .waitFor({ state: 'detached', timeout: 12_000 });
    expect(await storedResponses(page)).toHaveLength(1);
    await page.close();
  });
});

describe('editing a completed review', () => {
  const extension = useBrowser();

  it('asks first, and "Hủy sửa" leaves it completed and unchanged', async () => {
    const page = await openApp(extension);
    await page.getByRole('button', { name: /^Bắt đầu tự soi: Tự soi 27 biểu hiện/ }).click();
    for (const group of ['I', 'II', 'III']) {
      await page.getByRole('heading', { name: new RegExp(`Nhóm ${group}\\.`) }).waitFor();
      await answerPage(page, 'Không có');
      if (group !== 'III') await page.getByRole('button', { name: 'Trang sau' }).click();
    }
    await page.getByText('27/27', { exact: false }).first().waitFor();
    await page.getByRole('button', { name: 'Hoàn thành' }).click();
    await page.getByRole('heading', { name: /^Bạn đã hoàn thành bài tự/ }).waitFor();
    const [completed] = await storedResponses(page);
    expect(completed).toMatchObject({ status: 'completed' });
    await backHome(page);
    await myReviews(page)
      .getByRole('link', { name: /^Xem kết quả: Lần 1/ })
      .click();
    const completedLine = page
      .getByRole('region', { name: /^Bạn đã hoàn thành bài/ })
      .getByText(/^Hoàn thành lúc /);
    const shownBefore = await completedLine.textContent();

    await page.getByRole('button', { name: 'Sửa lại câu trả lời' }).click();
    const ask = page.getByRole('dialog', { name: 'Sửa lại bài đã hoàn thành?' });
    await ask.getByText(/trở lại trạng thái “Đang làm”/).waitFor();
    await ask.getByText(/vẫn được giữ trong lịch sử/).waitFor();
    await expectAccessible(page, 'the "edit a completed review?" dialog');
    await screenshot(page, 'reviews-05-reopen-ask');
    // Cancelling the question changes nothing.
    await ask.getByRole('button', { name: 'Hủy' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await storedResponses(page)).toEqual([completed]);

    await page.getByRole('button', { name: 'Sửa lại câu trả lời' }).click();
    await ask.getByRole('button', { name: 'Sửa lại câu trả lời' }).click();
    const bar = page.getByRole('region', { name: /^Bạn đang sửa lại bài đã hoàn thành lúc/ });
    await bar.waitFor();
    await page.getByRole('heading', { name: /Nhóm III\./ }).waitFor();
    await page.getByRole('button', { name: 'Trang trước' }).click();
    await page.getByRole('heading', { name: /Nhóm II\./ }).waitFor();
    await expectAccessible(page, 'a reopened review that can still be cancelled');
    await screenshot(page, 'reviews-06-reopened');
    await bar.getByRole('button', { name: 'Hủy sửa' }).click();
    await page.getByRole('heading', { name: /^Bạn đã hoàn thành bài tự/ }).waitFor();
    expect(await completedLine.textContent()).toBe(shownBefore);
    const [restored] = await storedResponses(page);
    expect({ ...restored, revision: 0 }).toEqual({ ...completed, revision: 0 });
    await backHome(page);
    await myReviews(page).getByText('Đã hoàn thành', { exact: true }).waitFor();
    await page.close();
  });

  it('after a changed answer the cancel is gone, and completing again keeps the earlier date', async () => {
    const page = await openApp(extension);
    await myReviews(page)
      .getByRole('link', { name: /^Xem kết quả: Lần 1/ })
      .click();
    const firstTime = (
      await page
        .getByRole('region', { name: /^Bạn đã hoàn thành bài/ })
        .getByText(/^Hoàn thành lúc /)
        .textContent()
    )?.match(/lúc (\d\d:\d\d, \d\d\/\d\d\/\d{4})/)?.[1];
    expect(firstTime).toBeDefined();
    await page.getByRole('button', { name: 'Sửa lại câu trả lời' }).click();
    await page
      .getByRole('dialog', { name: 'Sửa lại bài đã hoàn thành?' })
      .getByRole('button', { name: 'Sửa lại câu trả lời' })
      .click();
    await page.getByRole('heading', { name: /Nhóm III\./ }).waitFor();
    await choose(page, 9, 'Có biểu hiện một phần');
    await page.getByText('Đã lưu', { exact: false }).first().waitFor();
    const bar = page.getByRole('region', { name: /^Bạn đang sửa lại bài đã hoàn thành lúc/ });
    await bar.getByText(/không thể hủy sửa nữa/).waitFor();
    expect(await bar.getByRole('button', { name: 'Hủy sửa' }).count()).toBe(0);
    await page.getByRole('textbox', { name: /Biện pháp khắc phục/ }).fill('Sửa trong tháng.');
    await page.getByRole('button', { name: 'Hoàn thành' }).click();
    await page.getByRole('heading', { name: /^Bạn đã hoàn thành bài tự/ }).waitFor();
    await page.getByText(`(lần trước: ${firstTime})`, { exact: false }).waitFor();
    await page.close();

    const again = await openApp(extension);
    await myReviews(again)
      .getByRole('link', { name: /^Xem kết quả: Lần 1/ })
      .click();
    await again.getByText(`(lần trước: ${firstTime})`, { exact: false }).waitFor();
    const [record] = await storedResponses(again);
    expect(record?.completions).toHaveLength(1);
    expect(record).not.toHaveProperty('reopened');
    await screenshot(again, 'reviews-07-completed-again');
    await again.close();
  });
});
