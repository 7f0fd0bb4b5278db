import type { popup as vi } from '../vi/popup';
import { common } from './common';

export const popup: Record<keyof typeof vi, string> = {
  ...common,
  'app.popup.chooseForm': 'Choose a form to start',
  'app.popup.continue': 'Continue',
  'app.popup.empty': 'You have not started a self-review yet.',
  'app.popup.openApp': 'Open Tự soi',
  'app.popup.openSidePanel': 'Open in the side panel',
  'app.popup.updated': 'Last edited {updated}',
  'app.status.draft': 'In progress',
  'app.status.completed': 'Completed',
  'app.reviews.progress': '{answered} of {total} answered',
  'app.reviews.view': 'View result',
  'help.link': 'Help',
  // Storage failures: the popup reads the database too.
  'storage.error.quota':
    "The browser's storage is full, so your data could not be saved. Free up space on this device (delete files or browsing data you don't need), then try saving again. Don't close this tab until it is saved.",
  'storage.error.unavailable':
    'The browser does not allow saving data on this device. If you are in a private (incognito) window, open the extension in a normal window; otherwise, reload the page.',
  'storage.error.unknown':
    'Something went wrong while saving or reading data. Try again; if it keeps failing, reload the page.',
  // A review’s default name.
  'reviews.label.default': 'Review {n} — {date}',
};
