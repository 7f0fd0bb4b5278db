import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // The toolbar button opens the popup; the side panel is opened from there, so Chrome must not
  // open it on action click.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL('/app.html') });
  });
});
