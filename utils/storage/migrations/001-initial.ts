import type { Migration } from './types';

/** Version 1: installed packs, responses and the settings record. */
export const initial: Migration = ({ db }) => {
  const packs = db.createObjectStore('packs', { keyPath: 'key' });
  packs.createIndex('by-id', 'id');

  const responses = db.createObjectStore('responses', { keyPath: 'id' });
  responses.createIndex('by-updated', 'updatedAt');
  responses.createIndex('by-pack', ['packId', 'packVersion']);

  // Out-of-line key: the store holds one record under SETTINGS_KEY.
  db.createObjectStore('settings');
};
