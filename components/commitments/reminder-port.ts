import {
  remindersSupported,
  requestReminderPermissions,
  scheduleReminder,
} from '@/utils/reminders/browser-alarm';
import type { ReminderPort } from './ReminderSettings';

/** The real browser behind the reminder settings. */
export const browserReminders: ReminderPort = {
  supported: remindersSupported,
  request: requestReminderPermissions,
  schedule: scheduleReminder,
};
