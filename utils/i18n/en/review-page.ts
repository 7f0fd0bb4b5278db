import type { reviewPage as vi } from '../vi/review-page';

export const reviewPage: Record<keyof typeof vi, string> = {
  'app.review.backToList': 'My self-reviews',
  'app.review.missing': 'This self-review was not found. It may have been deleted.',
  'app.review.deletedElsewhere':
    'This self-review was just deleted in another tab or window. What you see here is no longer saved.',
  'app.review.autosaveHint': 'Answers save automatically on this device.',
  'app.review.retrySave': 'Try saving again',
  'app.review.conflictBody':
    'The other copy was saved at {updated} ({answered} of {total} answered). Which one do you want to keep?',
  'app.review.leaveTitle': 'Leave without saving?',
  'app.review.leaveBody':
    'Some answers here are not saved yet (see the notice above). If you leave now, they will be lost.',
  'app.review.leaveConfirm': 'Leave anyway',
  'app.review.keepMine': 'Keep the one open here',
  'app.review.takeTheirs': 'Load the newest copy',
  'app.review.completedTitle': 'You have completed this self-review',
  'app.review.completedBody': 'Completed {date}. {answered} of {total} answered.',
  'app.review.reopen': 'Change my answers',
  'app.review.reopenHint':
    'While you change answers the self-review is back “In progress” until you press Complete again.',
  'reviews.reopenAsk.title': 'Edit a completed review?',
  'reviews.reopenAsk.body':
    'The review becomes a draft again until you press Complete once more. Its earlier completion time ({date}) is kept in the review’s history.',
  'reviews.reopenAsk.cancelHint':
    'If you change your mind before changing any answer, press “Cancel editing” to make it completed again, as it was.',
  'reviews.reopened.note': 'You are editing a review completed on {date}.',
  'reviews.reopened.cancel': 'Cancel editing',
  'reviews.reopened.changed':
    'A change has been saved, so editing can no longer be cancelled. Press Complete when you are done.',
  'reviews.completions.previous': '(previously: {dates})',
};
