/**
 * Every object store of the database, declared once. Backup, restore and a passphrase lock
 * read this list instead of each knowing the stores; a test checks that the migrations build
 * exactly these stores and indexes. Migrations themselves never read it: a released step
 * must keep building what it built then.
 */
export interface StoreDefinition {
  /** In-line key path, or null for out-of-line keys. */
  keyPath: string | null;
  /** Index name → key path. */
  indexes: Readonly<Record<string, string | readonly string[]>>;
  /** Holds what a member wrote (answers): encrypted at rest once the lock exists. */
  memberSensitive: boolean;
  /** Fields that must stay plaintext because an index reads them. */
  plaintextFields: readonly string[];
  /** Whether a backup file includes the store. */
  inBackup: boolean;
  /** What locking clears from memory and pages: decrypted copies of this store's records. */
  clearedOnLock: boolean;
}

export const STORES = {
  packs: {
    keyPath: 'key',
    indexes: { 'by-id': 'id' },
    memberSensitive: false,
    plaintextFields: ['key', 'id'],
    inBackup: true,
    clearedOnLock: false,
  },
  responses: {
    keyPath: 'id',
    indexes: { 'by-updated': 'updatedAt', 'by-pack': ['packId', 'packVersion'] },
    memberSensitive: true,
    plaintextFields: ['id', 'updatedAt', 'packId', 'packVersion'],
    inBackup: true,
    clearedOnLock: true,
  },
  settings: {
    keyPath: null,
    indexes: {},
    memberSensitive: false,
    plaintextFields: [],
    inBackup: true,
    clearedOnLock: false,
  },
  /** Bookkeeping of this installation (data migrations run); rebuilt, never restored. */
  meta: {
    keyPath: 'id',
    indexes: {},
    memberSensitive: false,
    plaintextFields: ['id'],
    inBackup: false,
    clearedOnLock: false,
  },
} as const satisfies Record<string, StoreDefinition>;

export type StoreName = keyof typeof STORES;

export const STORE_NAMES = Object.keys(STORES) as StoreName[];
