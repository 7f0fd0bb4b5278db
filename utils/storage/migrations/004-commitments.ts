import type { Migration } from './types';

/**
 * Version 4: the member's monthly checks of registered commitments, one record per
 * registration (the response that holds the tasks) and month. A new store only.
 */
export const commitments: Migration = ({ db }) => {
  db.createObjectStore('commitmentChecks', { keyPath: ['registrationId', 'month'] }).createIndex(
    'by-registration',
    'registrationId',
  );
};
