import type { commitments as vi } from '../vi/commitments';

export const commitments: Record<keyof typeof vi, string> = {
  'commitments.title': 'Commitments and the monthly check',
  'commitments.intro':
    'The tasks you registered in “This year’s registration and commitments”. Each month, before the cell meeting, mark each task: done, in progress or not done. Everything stays on this device.',
  'commitments.none':
    'You have not registered any tasks yet. On the home page, open the form “This year’s registration and commitments”, write your concrete tasks, then come back here.',
  'commitments.toHome': 'Back to the home page',
  'commitments.year': 'Year {year}',
  'commitments.draft': 'The registration is not complete yet: its tasks may still change.',
  'commitments.editRegistration': 'View or edit the registration',
  'commitments.tasks': 'Registered tasks',
  'commitments.target': 'Target: {target}',
  'commitments.deadline': 'Deadline: {date}',
  'commitments.checkMonth': 'Check {month}',
  'commitments.month': '{month} {year}',
  'commitments.monthShort': '{month}',
  'commitments.grid.caption': '{year}: each task month by month',
  'commitments.grid.task': 'Task',
  'commitments.status.da-lam': 'Done',
  'commitments.status.dang-lam': 'In progress',
  'commitments.status.chua-lam': 'Not done',
  'commitments.status.none': 'Not checked',
  'commitments.back': 'Monthly commitments',
  'commitments.check.title': 'Check {month}',
  'commitments.check.intro':
    'Mark each task and add a short note if useful (how far you got, why not yet). Notes stay on this device.',
  'commitments.check.previous': '← Previous month',
  'commitments.check.next': 'Next month →',
  'commitments.check.note': 'Short note on task {index}',
  'commitments.check.save': 'Save this month',
  'commitments.check.saved': 'Saved at {date}.',
  'commitments.check.unmarked': '{count} tasks are not marked yet. Choose a level for each task.',
  'commitments.check.leaveTitle': 'Leave without saving?',
  'commitments.check.leaveBody': 'This month’s marks are not saved and will be lost if you leave.',
  'commitments.check.leaveConfirm': 'Leave anyway',
  'commitments.error.registration-not-found':
    'This registration cannot be found. It may have been deleted.',
  'commitments.error.unknown-task':
    'The list of tasks has just changed. Reload the page to see the new list.',
  'commitments.error.unmarked-task': 'Some tasks are not marked yet.',
  'commitments.latest.title': 'Your latest self-review result',
  'commitments.latest.none':
    'You have not completed a review of the 27 manifestations yet. Its result will show here, beside the month’s tasks, to prepare the self-criticism part of the meeting.',
  'commitments.latest.meta': '{form}, completed {date}',
  'commitments.latest.nothing': 'You marked no manifestation in that review.',
  'commitments.latest.open': 'See the full result',
  'reminder.title': 'Monthly reminder',
  'reminder.enable': 'Remind me before the monthly cell meeting',
  'reminder.explain':
    'The browser shows a notification on the day and at the time you choose; click it to open this month’s check. When you turn it on, the browser asks you to allow “alarms” and “notifications”.',
  'reminder.day': 'Day of the month',
  'reminder.time': 'Time',
  'reminder.on': 'On: at {time} on day {day} of each month (the last day in shorter months).',
  'reminder.off': 'Off.',
  'reminder.denied':
    'The browser has not allowed notifications, so the reminder is not on. You can try again.',
  'reminder.failed': 'The reminder settings could not be saved. Try again.',
  'reminder.notificationTitle': 'Tự soi: this month’s check',
  'reminder.notificationBody':
    'The cell meeting is coming up. Click to mark the tasks you registered for this month.',
};
