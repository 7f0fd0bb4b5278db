import type { reviews as vi } from '../vi/reviews';

export const reviews: Record<keyof typeof vi, string> = {
  'reviews.label.rename': 'Rename',
  'reviews.label.renameFor': 'Rename review: {label}',
  'reviews.label.field': 'Review name',
  'reviews.label.hint':
    'Up to {max} characters. Leave it empty to use the default name “{fallback}”.',
  'reviews.label.save': 'Save name',
  'reviews.row.action': '{action}: {label} ({form})',
  'reviews.startAsk.title': 'You have a review in progress',
  'reviews.startAsk.body':
    'The review “{label}” of this form is not finished ({answered} of {total} answered). Do you want to continue it, or start a new review? The one in progress is kept either way.',
  'reviews.delete.body':
    'The review “{label}” ({form}, last edited {updated}) will be deleted from this device. Right after deleting, you have a few seconds to undo.',
  'reviews.delete.done': 'Deleted: {label}',
  'reviews.delete.undo': 'Undo',
  'reviews.delete.restored': 'Restored: {label}',
} as const;
