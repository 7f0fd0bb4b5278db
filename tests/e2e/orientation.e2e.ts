import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { screenshot, useExtension } from './extension';

const BUILTIN_VERSION: string = JSON.parse(readFileSync('forms/nq04-27.json', 'utf8')).version;
const PRIVACY = /^Câu trả lời lưu trên máy này, để bạn tự soi/;
const PRIVACY_EN = /^Your answers are kept on this device, for your own self-review/;
const ORIENTATION = { name: 'Lần đầu dùng Tự soi?' };
const DATA_NOTICE = { name: 'Giữ kết quả của bạn' };

/** Writes a record straight into the extension's database (the page must have opened it). */
async function putRecord(page: Page, store: string, value: unknown, key?: string) {
  await page.evaluate(
    ({ store, value, key }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tu-soi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          tx.objectStore(store).put(value, key);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, value, key },
  );
}

/** A draft of the built-in review with the first `answered` items answered "Không có". */
async function seedDraft(page: Page, id: string, answered: number, updatedAt: number) {
  const data = Object.fromEntries(
    Array.from({ length: answered }, (_, index) => [`tt${index + 1}`, 'khong']),
  );
  await putRecord(page, 'responses', {
    id,
    packId: 'nq04-27',
    packVersion: BUILTIN_VERSION,
    formId: 'bieu-hien-27',
    data,
    currentPage: 0,
    status: 'draft',
    progress: { answered, total: 27 },
    createdAt: updatedAt,
    updatedAt,
    revision: 1,
  });
}

/** Stores settings as a member would have them, orientation and data notice not yet seen. */
async function putSettings(page: Page, locale: 'vi' | 'en') {
  const settings = { locale, largeText: true, orientationSeen: false, dataNoticeSeen: false };
  await putRecord(page, 'settings', settings, 'settings');
}

async function homeIsReady(page: Page) {
  await page.getByRole('heading', { name: 'Bài tự soi của tôi' }).waitFor();
}

function focusedText(page: Page) {
  return page.evaluate(() => document.activeElement?.textContent ?? '');
}

async function noSidewaysScroll(page: Page, state: string) {
  const sizes = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(sizes.scroll, `sideways scrolling in ${state}`).toBeLessThanOrEqual(sizes.client);
}

describe('first install', () => {
  const extension = useExtension();

  it('opens the welcome page once the built-in packs are stored, loading neither them nor all strings', async () => {
    const { context } = extension();
    const welcomePage = () => context.pages().find((page) => page.url().includes('/app.html'));
    await expect.poll(welcomePage, { timeout: 10_000 }).toBeDefined();
    const welcome = welcomePage() as Page;
    await homeIsReady(welcome);
    await welcome.getByRole('heading', ORIENTATION).waitFor();
    await welcome
      .getByRole('button', { name: /27 biểu hiện/ })
      .first()
      .waitFor();
    await welcome.waitForLoadState('networkidle');
    const loaded = extension().requested.map((url) => new URL(url).pathname);
    expect(loaded.some((path) => /\/Orientation-/.test(path))).toBe(true);
    // The background stored the packs before opening the page; the orientation has its own strings.
    expect(
      loaded.filter((path) => /builtin-install|nq04-27|kiem-diem|translate-/.test(path)),
    ).toEqual([]);
  });
});

describe('first run: orientation, data notice, help', () => {
  const extension = useExtension();

  it('shows the orientation once, with focus on it; "Bỏ qua" dismisses it for good', async () => {
    const page = await extension().open('app.html');
    const heading = page.getByRole('heading', ORIENTATION);
    await heading.waitFor();
    await expect.poll(() => focusedText(page)).toBe('Lần đầu dùng Tự soi?');
    await page.getByText('khoảng 15–20 phút', { exact: false }).waitFor();
    for (const answer of ['Không có', 'Có biểu hiện một phần', 'Có biểu hiện']) {
      await page.locator('dt', { hasText: new RegExp(`^${answer}$`) }).waitFor();
    }
    // The orientation holds the page's one privacy sentence.
    expect(await page.getByText(PRIVACY).count()).toBe(1);
    await expectAccessible(page, 'home with the orientation');
    await screenshot(page, 'orientation-1-first-run');

    await page.getByRole('button', { name: 'Bỏ qua', exact: true }).click();
    await expect.poll(() => heading.count()).toBe(0);
    await expect.poll(() => focusedText(page)).toBe('Tự soi');
    expect(await page.getByText(PRIVACY).count()).toBe(1);
    // Then, once, the data safety notice.
    await page.getByRole('heading', DATA_NOTICE).waitFor();
    await page.getByText('mở bài đã hoàn thành và bấm “In kết quả”', { exact: false }).waitFor();
    await expectAccessible(page, 'home with the data notice');

    await page.reload();
    await homeIsReady(page);
    expect(await heading.count()).toBe(0);
    await page.getByRole('heading', DATA_NOTICE).waitFor();
    await page.getByRole('button', { name: 'Đã hiểu' }).click();
    await expect.poll(() => page.getByRole('heading', DATA_NOTICE).count()).toBe(0);
    await expect.poll(() => focusedText(page)).toBe('Tự soi');

    await page.reload();
    await homeIsReady(page);
    expect(await heading.count()).toBe(0);
    expect(await page.getByRole('heading', DATA_NOTICE).count()).toBe(0);
    expect(await page.getByText(PRIVACY).count()).toBe(1);
    await expectAccessible(page, 'home');
    await page.close();
  });

  it('reaches the help page from the app, the side panel and the popup', async () => {
    const { context, extensionId } = extension();
    const app = await extension().open('app.html');
    await app.getByRole('link', { name: 'Hướng dẫn', exact: true }).click();
    await app.getByRole('heading', { level: 1, name: 'Hướng dẫn dùng Tự soi' }).waitFor();
    await expect.poll(() => focusedText(app)).toBe('Hướng dẫn dùng Tự soi');
    await app.getByRole('heading', { name: 'Ai thấy được gì' }).waitFor();
    expect(await app.getByText(PRIVACY).count()).toBe(1);
    await expectAccessible(app, 'help');
    await screenshot(app, 'orientation-2-help');
    await app.close();

    const panel = await extension().open('sidepanel.html', { width: 360, height: 800 });
    await panel.getByRole('link', { name: 'Hướng dẫn', exact: true }).click();
    await panel.getByRole('heading', { level: 1, name: 'Hướng dẫn dùng Tự soi' }).waitFor();
    await panel.close();

    const popup = await extension().open('popup.html', { width: 360, height: 420 });
    await popup.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(popup, 'popup with no review');
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Hướng dẫn' }).click(),
    ]);
    await tab.getByRole('heading', { level: 1, name: 'Hướng dẫn dùng Tự soi' }).waitFor();
    expect(tab.url()).toBe(`chrome-extension://${extensionId}/app.html#/help`);
    await tab.close();
  });

  it('has the privacy sentence at most once on every page, and once on home and help', async () => {
    const app = await extension().open('app.html');
    await homeIsReady(app);
    await seedDraft(app, 'privacy-draft', 2, Date.now());
    await app.close();
    for (const [hash, expected] of [
      ['#/', 1],
      ['#/help', 1],
      ['#/settings', 0],
      ['#/library', 0],
      ['#/review/privacy-draft', 0],
    ] as const) {
      const page = await extension().open(`app.html${hash}`);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.getByText(PRIVACY).count(), hash).toBe(expected);
      await page.close();
    }
  });

  it('lists the three newest drafts in the popup, each with its progress and "Tiếp tục"', async () => {
    const app = await extension().open('app.html');
    await homeIsReady(app);
    const now = Date.now();
    await seedDraft(app, 'draft-oldest', 1, now - 4_000);
    await seedDraft(app, 'draft-b', 5, now - 3_000);
    await seedDraft(app, 'draft-c', 9, now - 2_000);
    await seedDraft(app, 'draft-newest', 12, now - 1_000);
    await app.close();

    const popup = await extension().open('popup.html', { width: 360, height: 900 });
    const entries = popup.getByRole('listitem');
    await expect.poll(() => entries.count()).toBe(3);
    const progress = await entries.evaluateAll((items) =>
      items.map((item) => item.querySelector('progress')?.getAttribute('value')),
    );
    expect(progress).toEqual(['12', '9', '5']);
    await entries.first().getByText('Đã trả lời 12/27').waitFor();
    expect(await popup.getByRole('button', { name: 'Tiếp tục' }).count()).toBe(3);
    expect(
      await popup.getByRole('button', { name: 'Mở trong khung bên cạnh (side panel)' }).count(),
    ).toBe(3);
    await expectAccessible(popup, 'popup with three drafts');
    await screenshot(popup, 'orientation-3-popup-drafts');
    await popup.close();
  });

  it('has no sideways scrolling in a 320 px side panel in English with large text', async () => {
    const settings = await extension().open('app.html#/settings');
    await settings.getByRole('heading', { name: 'Cài đặt' }).waitFor();
    await seedDraft(settings, 'narrow-draft', 9, Date.now());
    await settings.getByRole('radio', { name: 'English' }).check();
    await settings.getByRole('checkbox', { name: 'Large text' }).check();
    await expect
      .poll(() => settings.evaluate(() => document.documentElement.className))
      .toContain('large-text');
    await settings.close();

    for (const width of [320, 360]) {
      const home = await extension().open('sidepanel.html', { width, height: 800 });
      await home.getByRole('heading', { name: 'My self-reviews' }).waitFor();
      expect(await home.getByText(PRIVACY_EN).count()).toBe(1);
      await noSidewaysScroll(home, `home at ${width} px`);
      await screenshot(home, `orientation-4-sidepanel-${width}-home`);
      await home.close();

      const review = await extension().open('sidepanel.html#/review/narrow-draft', {
        width,
        height: 800,
      });
      await review.getByRole('heading', { name: /Group I\./ }).waitFor();
      await review.getByRole('radio', { name: 'Partly' }).first().check({ force: true });
      await review.getByRole('textbox', { name: /Remedial measures/ }).waitFor();
      await noSidewaysScroll(review, `a review at ${width} px`);
      await screenshot(review, `orientation-5-sidepanel-${width}-review`);
      await review.close();

      const help = await extension().open('sidepanel.html#/help', { width, height: 800 });
      await help.getByRole('heading', { level: 1, name: 'How to use Tự soi' }).waitFor();
      await noSidewaysScroll(help, `help at ${width} px`);
      await screenshot(help, `orientation-6-sidepanel-${width}-help`);
      await help.close();
    }
  });
});

describe('the orientation at large text', () => {
  const extension = useExtension();

  it('stays readable and accessible when the member has chosen large text', async () => {
    const page = await extension().open('app.html');
    await page.getByRole('heading', ORIENTATION).waitFor();
    await putSettings(page, 'vi');
    await page.reload();
    await page.getByRole('heading', ORIENTATION).waitFor();
    expect(await page.evaluate(() => document.documentElement.className)).toContain('large-text');
    await expectAccessible(page, 'the orientation at large text');
    await screenshot(page, 'orientation-7-large-text');
    const narrow = await extension().open('sidepanel.html', { width: 320, height: 800 });
    await narrow.getByRole('heading', ORIENTATION).waitFor();
    await noSidewaysScroll(narrow, 'the orientation at 320 px');
    await screenshot(narrow, 'orientation-8-large-text-320');
    await putSettings(narrow, 'en');
    await narrow.reload();
    await narrow.getByRole('heading', { name: 'New to Tự soi?' }).waitFor();
    await noSidewaysScroll(narrow, 'the English orientation at 320 px');
    await screenshot(narrow, 'orientation-9-large-text-320-english');
    await putSettings(narrow, 'vi');
    await page.reload();
    await page.getByRole('heading', ORIENTATION).waitFor();
    await page.getByRole('button', { name: 'Bắt đầu', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', ORIENTATION).count()).toBe(0);
    await expect.poll(() => focusedText(page)).toBe('Tự soi');
  });
});
