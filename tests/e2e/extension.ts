import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const SCREENSHOT_DIR = resolve('tests/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** URLs the pages requested, from the browser's start (the welcome page's included). */
  requested: string[];
  /** Opens an extension page (e.g. 'app.html#/') with a CSP-violation recorder installed. */
  open(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the built extension (or a copy of it in `extensionDir`) in a fresh
 * profile that is deleted on close.
 */
export async function launchExtension(extensionDir = EXTENSION_DIR): Promise<ExtensionSession> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build\` first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run \`apt-get install chromium\`.`);
  }
  const home = mkdtempSync(join(tmpdir(), 'tu-soi-e2e-'));
  // Keeps Chromium's config and caches out of $HOME.
  process.env.XDG_CONFIG_HOME = join(home, 'config');
  process.env.XDG_CACHE_HOME = join(home, 'cache');
  const context = await chromium.launchPersistentContext(join(home, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'vi-VN',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  // Listening before the worker is awaited: the page the extension opens on install is seen.
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await installTab(context, extensionId);
  await context.addInitScript(() => {
    const violations: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  return {
    context,
    extensionId,
    requested,
    async open(path, viewport = { width: 1100, height: 900 }) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * Waits for the tab the extension opens on install (background.ts). A test's pages must open
 * after it: a page that tab comes in front of gets about two animation frames a second, and
 * every Playwright action waits for frames (about 2 s per click).
 */
async function installTab(context: BrowserContext, extensionId: string): Promise<void> {
  const app = `chrome-extension://${extensionId}/app.html`;
  const deadline = Date.now() + 15_000;
  while (!context.pages().some((page) => page.url().startsWith(app))) {
    if (Date.now() > deadline) throw new Error('The extension opened no app tab on install.');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** One browser for the calling `describe` block, closed after its last test. */
export function useExtension(): () => ExtensionSession {
  let session: ExtensionSession | undefined;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('The extension is not launched: call this inside a test.');
    return session;
  };
}

/** CSP violations the page has reported so far (recorded from before its first script ran). */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // A full-page capture keeps the scroll offset, which would draw the sticky bar mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
