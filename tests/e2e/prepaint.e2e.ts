import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtension } from './extension';
import { answer, item } from './review-page';

const REMEDY_2 = { name: /Biện pháp khắc phục cho biểu hiện 2/ };

/** The review's stored record, read from IndexedDB in the page. */
function storedData(page: Page, id: string) {
  return page.evaluate(
    (key) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('tu-soi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('responses').objectStore('responses').get(key);
          get.onsuccess = () => {
            resolve((get.result as { data: unknown }).data);
            open.result.close();
          };
        };
      }),
    id,
  );
}

const prepainted = (page: Page) =>
  page.evaluate(() => document.getElementById('prepaint') !== null);

describe('review page painted before survey-core loads', () => {
  const extension = useExtension();

  it('takes answers and typing at once and hands them to the live form', async () => {
    const start = await extension().open('app.html#/');
    await start.getByRole('button', { name: /^Bắt đầu tự soi: Tự soi 27 biểu hiện/ }).click();
    await answer(start, 1, 'Không có');
    await start.getByText('Đã lưu', { exact: false }).first().waitFor();
    const hash = new URL(start.url()).hash;
    const id = hash.replace('#/review/', '');
    await start.close();

    // A slow machine (CPU 20× slower): the pre-painted page is there long before the model. In
    // review.html, where the popup opens reviews (app.html's review links: flush.e2e).
    const page = await extension().context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    await page.goto(`chrome-extension://${extension().extensionId}/review.html${hash}`, {
      waitUntil: 'commit',
    });
    const early = page.locator('#prepaint');
    // The stored answer is shown on the pre-painted page.
    expect(await item(early, 1).getByRole('radio', { name: 'Không có' }).isChecked()).toBe(true);
    await item(early, 2).getByRole('radio', { name: 'Có biểu hiện', exact: true }).click();
    const remedy = early.getByRole('textbox', REMEDY_2);
    await remedy.focus();
    await page.keyboard.type('Sửa');
    // All of it happened before the live form existed (else this test proves nothing).
    expect(await prepainted(page)).toBe(true);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await early.waitFor({ state: 'detached' });
    const live = page.locator('#root');
    await expect
      .poll(() =>
        item(live, 2).getByRole('radio', { name: 'Có biểu hiện', exact: true }).isChecked(),
      )
      .toBe(true);
    const liveRemedy = live.getByRole('textbox', REMEDY_2);
    expect(await liveRemedy.inputValue()).toBe('Sửa');
    // Focus and caret moved with it: typing goes on where it was.
    await expect
      .poll(() => liveRemedy.evaluate((box) => box === document.activeElement))
      .toBe(true);
    await page.keyboard.type(' ngay');
    expect(await liveRemedy.inputValue()).toBe('Sửa ngay');
    await expect
      .poll(() => storedData(page, id), { timeout: 10_000 })
      .toEqual({ tt1: 'khong', tt2: 'co', 'tt2-khac-phuc': 'Sửa ngay' });
    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    expect(violations).toEqual([]);
  });
});
