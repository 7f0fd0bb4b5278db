import type { DBSchema } from 'idb';
import type { InstalledPack, ResponseRecord } from './types';

export const DB_NAME = 'tu-soi';

/** Key of the single record in the `settings` store. */
export const SETTINGS_KEY = 'settings';

/** The current shape of the database. Migrations in `./migrations` build it step by step. */
export interface TuSoiDB extends DBSchema {
  packs: {
    key: string;
    value: InstalledPack;
    indexes: { 'by-id': string };
  };
  responses: {
    key: string;
    value: ResponseRecord;
    indexes: { 'by-updated': number; 'by-pack': [packId: string, packVersion: string] };
  };
  settings: {
    key: typeof SETTINGS_KEY;
    // Unknown on purpose: whatever is stored must pass the settings schema before use.
    value: unknown;
  };
}
