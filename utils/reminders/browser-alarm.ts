import { browser } from 'wxt/browser';
import { nextReminderAt, type ReminderTime } from './schedule';

/**
 * The browser side of the monthly reminder: optional permissions, one alarm, one
 * notification. Chromium only; Firefox builds ship without the optional permissions.
 */
export const REMINDER_ALARM = 'tu-soi-monthly-check';
export const REMINDER_NOTIFICATION = 'tu-soi-monthly-check';
export const REMINDER_PERMISSIONS: Parameters<typeof browser.permissions.request>[0] = {
  permissions: ['alarms', 'notifications'],
};

/** Whether this build can ask for the reminder's permissions at all. */
export function remindersSupported(): boolean {
  if (!browser?.permissions) return false;
  const optional = browser.runtime.getManifest().optional_permissions ?? [];
  return optional.includes('alarms') && optional.includes('notifications');
}

/** Must run inside the click that turns reminders on: browsers ask only during a gesture. */
export function requestReminderPermissions(): Promise<boolean> {
  return browser.permissions.request(REMINDER_PERMISSIONS);
}

/** Sets the single alarm to the next reminder, or clears it when reminders are off. */
export async function scheduleReminder(
  reminder: ReminderTime & { enabled: boolean },
): Promise<void> {
  if (!browser.alarms) return;
  if (!reminder.enabled) {
    await browser.alarms.clear(REMINDER_ALARM);
    return;
  }
  await browser.alarms.create(REMINDER_ALARM, { when: nextReminderAt(Date.now(), reminder) });
}
