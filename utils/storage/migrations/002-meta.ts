import type { Migration } from './types';

/**
 * Version 2: the `meta` store, where data migrations (../data-migrations) record that they
 * started and finished. Only a store is created here: data moves after open.
 */
export const meta: Migration = ({ db }) => {
  db.createObjectStore('meta', { keyPath: 'id' });
};
