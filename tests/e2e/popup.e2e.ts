import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtension } from './extension';
import { startReviewWithRemedyBox } from './review-page';

/** Every page Chromium has open, side panels included (Playwright does not list those). */
async function openTargets(context: BrowserContext): Promise<string[]> {
  const probe = await context.newPage();
  const cdp = await context.newCDPSession(probe);
  const { targetInfos } = await cdp.send('Target.getTargets');
  await probe.close();
  return targetInfos.filter((target) => target.type === 'page').map((target) => target.url);
}

describe('the popup opens the review where the member wants it', () => {
  const extension = useExtension();

  it('"Tiếp tục" opens the latest review in a tab, "Mở trong khung bên cạnh (side panel)" in the side panel', async () => {
    const { context, extensionId } = extension();
    const app = await extension().open('app.html');
    const hash = await startReviewWithRemedyBox(app);
    await app.close();
    const base = `chrome-extension://${extensionId}`;

    const popup = await extension().open('popup.html', { width: 360, height: 420 });
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Tiếp tục' }).click(),
    ]);
    await tab.getByRole('heading', { name: /Nhóm I\./ }).waitFor();
    expect(tab.url()).toBe(`${base}/review.html${hash}`);
    await tab.close();

    const again = await extension().open('popup.html', { width: 360, height: 420 });
    await again.getByRole('button', { name: 'Mở trong khung bên cạnh (side panel)' }).click();
    await expect.poll(() => openTargets(context)).toContain(`${base}/sidepanel.html${hash}`);
  });
});
