/**
 * Starts Debian's Chromium with the benchmark's copy of the extension in a given profile, with
 * the in-page recorder (../pages/collector.js) added to every page before its own scripts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const COLLECTOR = readFileSync(new URL('../pages/collector.js', import.meta.url), 'utf8');
export const VIEWPORT = { width: 1100, height: 900 };

/** What the recorder looks for: the first question's title and its first choice's label. */
export interface CollectorConfig {
  titleNeedle: string;
  choiceText: string;
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  url(path: string): string;
  /** A new tab on an extension page, returned as soon as the navigation has committed. */
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Chromium's id of an unpacked extension without a "key": the first 32 hex digits of the
 * SHA-256 of its absolute path, each written a–p. The same folder has the same id in every
 * profile, so stored data of one profile is found by the copies made from it.
 */
export function unpackedExtensionId(absoluteDir: string): string {
  const hex = createHash('sha256').update(absoluteDir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/**
 * No network, no GPU, no first-run or sync noise: the flags tests/e2e/extension.ts launches
 * with (the two lists are candidates for one shared module, which the e2e helper would import).
 */
const QUIET_FLAGS =
  '--no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

function chromiumArgs(extensionDir: string): string[] {
  return [
    ...QUIET_FLAGS.split(' '),
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

/** How long to wait for the extension's service worker at start before opening pages. */
const WORKER_WAIT_MS = 10_000;

export async function launch(
  extensionDir: string,
  profileDir: string,
  config?: CollectorConfig,
): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium.`);
  }
  const context = await chromium.launchPersistentContext(join(profileDir, 'user-data'), {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'vi-VN',
    viewport: VIEWPORT,
    args: chromiumArgs(extensionDir),
    // Chromium's config and caches stay inside the profile folder, so a cold copy drops them.
    env: {
      ...process.env,
      XDG_CONFIG_HOME: join(profileDir, 'xdg-config'),
      XDG_CACHE_HOME: join(profileDir, 'xdg-cache'),
    },
  });
  const extensionId = unpackedExtensionId(extensionDir);
  // Its start (and the packs it installs on a first run) happens before any measured page.
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: WORKER_WAIT_MS }).catch(() => null));
  if (worker && new URL(worker.url()).host !== extensionId) {
    throw new Error(`Unexpected extension id ${worker.url()} (expected ${extensionId}).`);
  }
  await context.addInitScript({
    content: `globalThis.__benchConfig = ${JSON.stringify(config ?? {})};\n${COLLECTOR}`,
  });
  const url = (path: string) => `chrome-extension://${extensionId}/${path}`;
  let newest: Page | undefined;
  closeInstallTabs(context, url('app.html'), () => newest);
  return {
    context,
    extensionId,
    url,
    async open(path) {
      const page = await context.newPage();
      newest = page;
      await page.goto(url(path), { waitUntil: 'commit' });
      return page;
    },
    close: () => context.close(),
  };
}

/**
 * A copied profile is a new install to Chromium, so the extension opens its app in a tab of its
 * own (background.ts) at about the time the first measured page opens. In front of that page it
 * would leave it about two frames a second, and every mark here waits for frames: it is closed
 * as soon as it shows, and the newest measured page brought back to the front.
 */
function closeInstallTabs(context: BrowserContext, appUrl: string, newest: () => Page | undefined) {
  context.on('page', (page) => {
    page
      .waitForURL((address) => address.href === appUrl, { waitUntil: 'commit', timeout: 10_000 })
      .then(async () => {
        await page.close();
        await newest()?.bringToFront();
      })
      .catch(() => undefined);
  });
}
