/**
 * Every object store of the database, declared once. Backup, restore and a passphrase lock
 * read this list instead of each knowing the stores; a test checks that the migrations build
 * exactly these stores and indexes. Migrations themselves never read it: a released step
 * must keep building what it built then.
 */
export interface StoreDefinition {
  /** In-line key path (a list for a compound key), or null for out-of-line keys. */
  keyPath: string | readonly string[] | null;
  /** Index name → key path. */
  indexes: Readonly<Record<string, string | readonly string[]>>;
  /**
   * What in it must be protected, or null: a member's answers (encrypted at rest once the
   * lock exists), a secret key (WebCrypto, non-extractable), or contribution files (already
   * encrypted to a round key).
   */
  sensitive: null | 'answers' | 'secret-key' | 'encrypted-contributions';
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
    sensitive: null,
    plaintextFields: ['key', 'id'],
    inBackup: true,
    clearedOnLock: false,
  },
  responses: {
    keyPath: 'id',
    indexes: { 'by-updated': 'updatedAt', 'by-pack': ['packId', 'packVersion'] },
    sensitive: 'answers',
    plaintextFields: ['id', 'updatedAt', 'packId', 'packVersion'],
    inBackup: true,
    clearedOnLock: true,
  },
  settings: {
    keyPath: null,
    indexes: {},
    sensitive: null,
    plaintextFields: [],
    inBackup: true,
    clearedOnLock: false,
  },
  /** Bookkeeping of this installation (data migrations run); rebuilt, never restored. */
  meta: {
    keyPath: 'id',
    indexes: {},
    sensitive: null,
    plaintextFields: ['id'],
    inBackup: false,
    clearedOnLock: false,
  },
  /**
   * The secretary's rounds: metadata, public key, the passphrase-wrapped private key (what a
   * key backup file holds) and the reports made. Nothing a member answered.
   */
  rounds: {
    keyPath: 'id',
    indexes: { 'by-series': 'seriesId' },
    sensitive: null,
    plaintextFields: ['id', 'seriesId'],
    inBackup: true,
    clearedOnLock: false,
  },
  /**
   * Each round's private key, non-extractable: it cannot be copied into a backup (the wrapped
   * copy in `rounds` can) nor cleared and brought back by a lock.
   */
  roundKeys: {
    keyPath: 'roundId',
    indexes: {},
    sensitive: 'secret-key',
    plaintextFields: ['roundId'],
    inBackup: false,
    clearedOnLock: false,
  },
  /** Contribution files received, exactly as received (still encrypted), one per member id. */
  contributions: {
    keyPath: ['roundId', 'contributionId'],
    indexes: { 'by-round': 'roundId' },
    sensitive: 'encrypted-contributions',
    plaintextFields: ['roundId', 'contributionId'],
    inBackup: true,
    clearedOnLock: false,
  },
  /**
   * The member's side of each round joined: invitation, their review, their random
   * contribution id and the memoised payload sent (the truthful answers in exact mode).
   */
  memberRounds: {
    keyPath: 'roundId',
    indexes: { 'by-response': 'responseId' },
    sensitive: 'answers',
    plaintextFields: ['roundId', 'responseId'],
    inBackup: true,
    clearedOnLock: true,
  },
  /**
   * The member's key for the permanent randomisation layer (HMAC, non-extractable). Not in a
   * backup: a restored profile starts a new permanent layer (docs/privacy.md says what it costs).
   */
  memberSecrets: {
    keyPath: 'id',
    indexes: {},
    sensitive: 'secret-key',
    plaintextFields: ['id'],
    inBackup: false,
    clearedOnLock: false,
  },
  /**
   * The member's monthly check of each registered commitment: status and a short note per
   * task. Never leaves the device except in a backup.
   */
  commitmentChecks: {
    keyPath: ['registrationId', 'month'],
    indexes: { 'by-registration': 'registrationId' },
    sensitive: 'answers',
    plaintextFields: ['registrationId', 'month'],
    inBackup: true,
    clearedOnLock: true,
  },
} as const satisfies Record<string, StoreDefinition>;

export type StoreName = keyof typeof STORES;

export const STORE_NAMES = Object.keys(STORES) as StoreName[];
