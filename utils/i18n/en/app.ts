import type { app as vi } from '../vi/app';

export const app: Record<keyof typeof vi, string> = {
  'app.loading': 'Loading…',
  'app.back': 'Back',
  'app.version': 'version {version}',
  'app.settings': 'Settings',
  'app.openFullPage': 'Open full page',
  'app.privacyNote':
    'Your answers are kept on this device, for your own self-review and your cell’s self-criticism meeting. They leave it only in the ways you choose: when you print the result, or save a contribution file for your cell’s round.',
  'app.library.title': 'Form library',
  'app.library.meta': 'Version {version} · {publisher}',
  'app.library.builtin': 'built in',
  'app.library.sources': 'Sources and how literally they are quoted',
  'app.library.start': 'Start a self-review',
  'app.library.startAnother': 'Start a new one',
  'app.library.continueDraft': 'Continue the one in progress',
  'app.reviews.title': 'My self-reviews',
  'app.reviews.empty': 'You have no self-reviews yet. Pick a form below to start.',
  'app.reviews.meta': '{pack} · version {version} · last edited {updated}',
  'app.reviews.resume': 'Continue',
  'app.reviews.delete': 'Delete',
  'app.reviews.deleteTitle': 'Delete this self-review?',
  'app.reviews.deleteConfirm': 'Delete for good',
  'app.settings.language': 'Language',
  'app.settings.language.vi': 'Tiếng Việt',
  'app.settings.language.en': 'English',
  'app.settings.display': 'Display',
  'app.settings.largeText': 'Large text',
  'app.settings.largeTextHint': 'Enlarges text and buttons on every Tự soi page.',
  'app.setupError.quota':
    'The browser’s storage is full, so Tự soi could not prepare its data. Free up space on this device (delete unneeded files or browsing data), then reload the page.',
  'app.setupError.unknown':
    'Tự soi could not prepare its data on this device. Reload the page; answers saved before are not lost.',
  'app.reload': 'Reload the page',
};
