import { browser } from 'wxt/browser';
import { reviewTargetOf } from '@/utils/prepaint/review-route';

/**
 * Opens the full-page app (optionally at a hash route) in a new tab and closes the popup. A
 * review opens in review.html: the same app, whose first scripts already paint the review.
 */
export async function openAppPage(hash = '#/'): Promise<void> {
  const page = reviewTargetOf(hash) ? 'review' : 'app';
  await browser.tabs.create({ url: browser.runtime.getURL(`/${page}.html${hash}`) });
  window.close();
}

interface FirefoxSidebar {
  open(): Promise<void>;
  setPanel(details: { panel: string }): Promise<void>;
}

/**
 * Opens the side panel (Chromium) or sidebar (Firefox) at a hash route. Both browsers only allow
 * this inside the click handler, so nothing is awaited before the open call.
 */
export function openSidePanel(hash: string, windowId: number | undefined): void {
  const path = `/sidepanel.html${hash}` as const;
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  if (sidebar) {
    void sidebar.open();
    void sidebar.setPanel({ panel: browser.runtime.getURL(path) });
  } else if (browser.sidePanel && windowId !== undefined) {
    void browser.sidePanel.setOptions({ path: path.slice(1) });
    void browser.sidePanel.open({ windowId });
  }
  window.close();
}

/** The popup's window, looked up early so that the side panel can open synchronously on click. */
export async function currentWindowId(): Promise<number | undefined> {
  return (await browser.windows.getCurrent()).id;
}
