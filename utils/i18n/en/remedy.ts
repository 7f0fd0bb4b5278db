import type { remedy as vi } from '../vi/remedy';

export const remedy: Record<keyof typeof vi, string> = {
  'remedy.hidden.one': 'Hidden: “{title}” (it holds text).',
  'remedy.hidden.many': 'Hidden, though they hold text ({count}): {titles}.',
  'remedy.undo': 'Undo',
  'remedy.complete.drops':
    'Hidden boxes that still hold text, which completing will discard: {count}.',
  'remedy.complete.confirm': 'Complete anyway',
  'remedy.complete.back': 'Go back',
  'remedy.unanswered.manifestations': 'Items still to answer: {count}',
  // Read after a comment box's own title, for screen readers.
  'remedy.inGroup': ' — {group}',
} as const;
