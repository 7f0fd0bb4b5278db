import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, useExtension } from './extension';
import { answer, startReviewWithRemedyBox } from './review-page';

type Failure = 'quota-on-write' | 'broken-reads' | 'none';

/** Makes IndexedDB fail the way a full disk or a broken profile does, from the next call on. */
function failStorage(page: Page, failure: Failure) {
  return page.evaluate((value) => localStorage.setItem('e2e-storage-failure', value), failure);
}

describe('when the browser cannot store data', () => {
  const extension = useExtension();

  beforeAll(async () => {
    await extension().context.addInitScript(() => {
      const failure = () => localStorage.getItem('e2e-storage-failure');
      const store = IDBObjectStore.prototype;
      const { put, add, get } = store;
      const quota = () => new DOMException('Quota exceeded', 'QuotaExceededError');
      store.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if (failure() === 'quota-on-write') throw quota();
        return put.apply(this, args);
      };
      store.add = function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
        if (failure() === 'quota-on-write') throw quota();
        return add.apply(this, args);
      };
      store.get = function (this: IDBObjectStore, ...args: Parameters<typeof get>) {
        if (failure() === 'broken-reads') throw new DOMException('Disk error', 'UnknownError');
        return get.apply(this, args);
      };
    });
  });

  it('says the disk is full, never claims "saved", asks before any way out; retry saves', async () => {
    const page = await extension().open('app.html');
    const hash = await startReviewWithRemedyBox(page);
    await failStorage(page, 'quota-on-write');

    await answer(page, 2, 'Không có');
    const full = page.getByRole('alert').filter({ hasText: 'Bộ nhớ của trình duyệt đã đầy' });
    await full.waitFor();
    expect(await page.getByText('Đã lưu trên máy này').count()).toBe(0);
    await screenshot(page, '13-storage-full');

    await page.getByRole('link', { name: 'Bài tự soi của tôi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rời khỏi bài khi chưa lưu?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    expect(new URL(page.url()).hash).toBe(hash);
    // The browser's Back button is held the same way.
    await page.goBack();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).hash).toBe(hash);
    await page.getByRole('heading', { name: /Nhóm I\./ }).waitFor();

    await failStorage(page, 'none');
    await page.getByRole('button', { name: 'Thử lưu lại' }).click();
    await page.getByText('Đã lưu trên máy này').waitFor();
    await full.waitFor({ state: 'hidden' });

    // The member may still choose to leave.
    await failStorage(page, 'quota-on-write');
    await answer(page, 3, 'Không có');
    await full.waitFor();
    await page.getByRole('link', { name: 'Bài tự soi của tôi' }).click();
    await dialog.getByRole('button', { name: 'Vẫn rời đi' }).click();
    await page.getByRole('heading', { name: 'Thư viện biểu mẫu' }).waitFor();
    await failStorage(page, 'none');
    await page.close();
  });

  it('keeps the settings in effect when they cannot be saved, and says why', async () => {
    const page = await extension().open('app.html#/settings');
    await page.getByRole('heading', { name: 'Cài đặt' }).waitFor();
    await failStorage(page, 'quota-on-write');
    await page.getByRole('radio', { name: 'English' }).click();
    await page.getByRole('alert').filter({ hasText: 'Bộ nhớ của trình duyệt đã đầy' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Tiếng Việt' }).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await failStorage(page, 'none');
    await page.close();
  });

  it('explains a failed start-up and recovers on reload', async () => {
    const page = await extension().open('app.html');
    await page.getByRole('heading', { name: 'Thư viện biểu mẫu' }).waitFor();
    await failStorage(page, 'broken-reads');
    await page.reload();
    await page.getByRole('alert').filter({ hasText: 'chưa chuẩn bị được dữ liệu' }).waitFor();
    await screenshot(page, '14-start-up-failed');

    await failStorage(page, 'none');
    await page.getByRole('button', { name: 'Tải lại trang' }).click();
    await page.getByRole('heading', { name: 'Thư viện biểu mẫu' }).waitFor();
    await page.close();
  });
});
