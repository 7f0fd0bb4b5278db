import type { storage as vi } from '../vi/storage';

export const storage: Record<keyof typeof vi, string> = {
  'storage.saving': 'Saving…',
  'storage.saved': 'Saved on this device',
  'storage.saveFailed': 'Not saved',
  'storage.conflict': 'This self-review was just changed in another tab or window.',
  'storage.error.quota':
    "The browser's storage is full, so your data could not be saved. Free up space on this device (delete files or browsing data you don't need), then try saving again. Don't close this tab until it is saved.",
  'storage.error.unavailable':
    'The browser does not allow saving data on this device. If you are in a private (incognito) window, open the extension in a normal window; otherwise, reload the page.',
  'storage.error.unknown':
    'Something went wrong while saving or reading data. Try again; if it keeps failing, reload the page.',
};
