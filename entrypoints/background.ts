import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { translate } from '@/utils/i18n/translate';
import { ensureBuiltinPacks } from '@/utils/packs/builtin';
import {
  REMINDER_ALARM,
  REMINDER_NOTIFICATION,
  scheduleReminder,
} from '@/utils/reminders/browser-alarm';
import { getSettings } from '@/utils/storage/settings';

export default defineBackground(() => {
  // The toolbar button opens the popup; the side panel is opened from there, so Chrome must not
  // open it on action click.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    // The shipped packs are stored here, once per install or update, so that no page has to
    // load the files and the pack checker to do it (a page still does if this failed).
    await ensureBuiltinPacks().catch(() => {});
    if (reason === 'install')
      await browser.tabs.create({ url: browser.runtime.getURL('/app.html') });
  });

  // The reminder APIs exist only once the member has granted them: listen now if they are
  // there, and as soon as they are granted otherwise.
  listenForReminders();
  browser.permissions?.onAdded?.addListener(listenForReminders);
  // An alarm set for a time the browser was closed fires at the next start; this re-arms the
  // following one even if the browser dropped it.
  browser.runtime.onStartup.addListener(() => {
    getSettings()
      .then((settings) => scheduleReminder(settings.reminder))
      .catch(() => {});
  });
});

let listening = false;

function listenForReminders(): void {
  if (listening || !browser.alarms || !browser.notifications) return;
  listening = true;
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== REMINDER_ALARM) return;
    const settings = await getSettings();
    if (!settings.reminder.enabled) return;
    await browser.notifications.create(REMINDER_NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: translate(settings.locale, 'reminder.notificationTitle'),
      message: translate(settings.locale, 'reminder.notificationBody'),
    });
    await scheduleReminder(settings.reminder);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== REMINDER_NOTIFICATION) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/app.html#/commitments/now') });
    void browser.notifications.clear(id);
  });
}
