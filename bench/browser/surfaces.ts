/**
 * JS and CSS each surface really loads: the popup, the side panel, the app home and a review
 * page are opened in a fresh browser, every request of the extension's files is recorded, and
 * those files are gzipped from the extension folder (../lib/gzip.ts).
 */
import { extensionPath, measureSurface, type SurfaceSize } from '../lib/gzip';
import { launch } from './chromium';
import { cleanCopy, removeProfile } from './profiles';
import { EXTENSION_COPY } from './workdir';

export type SurfaceName = 'popup' | 'sidepanel' | 'home' | 'review';

/** After the page's load event, time for lazy chunks (survey-core on a review) to arrive. */
const SETTLE_MS = 2000;

export async function measureSurfaces(
  reviewPath: string,
): Promise<Record<SurfaceName, SurfaceSize>> {
  const paths: Record<SurfaceName, string> = {
    popup: 'popup.html',
    sidepanel: 'sidepanel.html',
    home: 'app.html#/',
    review: reviewPath,
  };
  const profile = cleanCopy('surfaces');
  const browser = await launch(EXTENSION_COPY, profile);
  try {
    const origin = `chrome-extension://${browser.extensionId}/`;
    const sizes = {} as Record<SurfaceName, SurfaceSize>;
    for (const [name, path] of Object.entries(paths) as [SurfaceName, string][]) {
      const page = await browser.context.newPage();
      const requested: string[] = [];
      page.on('request', (request) => {
        const path = extensionPath(request.url(), origin);
        if (path) requested.push(path);
      });
      await page.goto(browser.url(path), { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
      await page.close();
      sizes[name] = measureSurface(EXTENSION_COPY, requested);
    }
    return sizes;
  } finally {
    await browser.close();
    removeProfile(profile);
  }
}
