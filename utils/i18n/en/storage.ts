import type { storage as vi } from '../vi/storage';

export const storage: Record<keyof typeof vi, string> = {
  'storage.saving': 'Saving…',
  'storage.saved': 'Saved on this device',
  'storage.saveFailed': 'Not saved',
  'storage.conflict': 'This self-review was just changed in another tab or window.',
  'storage.library.error.not-installable':
    'This file cannot be installed: it has errors, or this version is already installed.',
  'storage.library.error.conflict':
    'A different file with the same id and version ({key}) is installed, so this one was not installed. Installed file hash: {installedSha256}…; this file: {sha256}…',
  'storage.library.error.not-found': 'Form pack {key} is not in the library.',
  'storage.library.error.builtin':
    'Form pack {key} comes with the extension and cannot be removed: it would be installed again next time.',
  'storage.library.error.not-a-draft':
    'Only a self-review in progress can move to another version; a completed one keeps the version it used.',
  'storage.library.error.no-target':
    'Version {targetVersion} is not newer or lacks this self-review’s form, so it cannot be moved there.',
  'storage.library.error.draft-changed':
    'This self-review was just saved in another tab or window. Review the changes, then move it again.',
};
