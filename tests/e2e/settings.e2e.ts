import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { cspViolations, screenshot, useExtension } from './extension';

describe('settings: language and large text', () => {
  const extension = useExtension();

  it('opens the app by itself on first install', async () => {
    await expect
      .poll(() =>
        extension()
          .context.pages()
          .some((page) => page.url().endsWith('/app.html')),
      )
      .toBe(true);
  });

  it('switches to English and large text, independent of the browser language', async () => {
    // Another page already open, like the side panel beside a web page.
    const other = await extension().open('sidepanel.html', { width: 400, height: 800 });
    await other.getByRole('heading', { name: 'Bài tự soi của tôi' }).waitFor();
    const page = await extension().open('app.html');
    await page.getByRole('link', { name: 'Cài đặt' }).click();
    await page.getByRole('heading', { name: 'Cài đặt' }).waitFor();
    await expectAccessible(page, 'settings');
    // Moving to another view moves focus to its heading, so screen readers announce it.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cài đặt');
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.getByRole('checkbox', { name: 'Large text' }).check();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.className))
      .toContain('large-text');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The open page follows without a reload.
    await other.getByRole('heading', { name: 'My self-reviews' }).waitFor();
    expect(await other.evaluate(() => document.documentElement.className)).toContain('large-text');
    await other.close();

    // Persisted: a fresh page load keeps both.
    await page.goto(`chrome-extension://${extension().extensionId}/app.html`);
    await page.getByRole('heading', { name: 'My self-reviews' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.className)).toContain('large-text');
    const rootSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(rootSize).toBe('22px');

    await page.getByRole('button', { name: /^Start a self-review: Self-review: the 27/ }).click();
    await page.getByRole('heading', { name: /Group I\. Decline in political ideology/ }).waitFor();
    await page.getByRole('radio', { name: 'Partly' }).first().check();
    await page.getByRole('textbox', { name: /Remedial measures/ }).waitFor();
    await screenshot(page, '10-review-english-large-text');
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });
});
