import { describe, expect, it } from 'vitest';
import { useExtension } from './extension';
import { REMEDY_BOX, startReviewWithRemedyBox } from './review-page';

describe('leaving the page while typing', () => {
  const extension = useExtension();

  it('writes the pending text when the page is hidden, before the debounce would', async () => {
    const page = await extension().open('app.html');
    const hash = await startReviewWithRemedyBox(page);

    await page.getByRole('textbox', REMEDY_BOX).fill('Sửa ngay trong tuần.');
    // What the browser does when the tab is switched away or closed; then stop well inside
    // the 300 ms debounce, so only the flush on hide can have written the text.
    await page.evaluate(() => {
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
    });
    await page.waitForTimeout(100);
    await page.close();

    const again = await extension().open(`app.html${hash}`);
    await again.getByRole('heading', { name: /Nhóm I\./ }).waitFor();
    expect(await again.getByRole('textbox', REMEDY_BOX).inputValue()).toBe('Sửa ngay trong tuần.');
    await again.close();
  });
});

describe('closing the tab while typing', () => {
  // A fresh browser: the library offers "start" only while there is no draft.
  const extension = useExtension();

  it('keeps text typed just before the tab is closed, with no pause at all', async () => {
    let page = await extension().open('app.html');
    const hash = await startReviewWithRemedyBox(page);

    // Several rounds, because a lost write would show up only sometimes.
    for (const text of ['Lần một.', 'Lần hai.', 'Lần ba.']) {
      await page.getByRole('textbox', REMEDY_BOX).fill(text);
      await page.close();
      page = await extension().open(`app.html${hash}`);
      await page.getByRole('heading', { name: /Nhóm I\./ }).waitFor();
      expect(await page.getByRole('textbox', REMEDY_BOX).inputValue()).toBe(text);
    }
    await page.close();
  });
});
