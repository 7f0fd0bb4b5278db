import type { IDBPDatabase } from 'idb';
import type { DataMigration } from './types';

/*
 * In → out. These are the shapes of that time, declared here on purpose: this step must keep
 * compiling and meaning the same thing when today's record types change.
 */

/** A `packs` record written by database version 1: the parsed pack only. */
interface PackRecordV1 {
  key: string;
  id: string;
  version: string;
  source: string;
  installedAt: number;
  pack: Record<string, unknown>;
}

/** The same record once bytes are kept. */
interface PackRecordV2 {
  key: string;
  id: string;
  version: string;
  origin: string;
  installedAt: number;
  bytes: Uint8Array;
  sha256: string;
  bytesReconstructed: true;
  pack: Record<string, unknown>;
}

/**
 * Gives each version-1 pack record `bytes` (a deterministic JSON serialization of the stored
 * pack, since the original file was not kept), their SHA-256 and `bytesReconstructed: true`,
 * and renames `source` to `origin`. Hashing is asynchronous WebCrypto, which is why this cannot
 * run inside the upgrade transaction. Each record is converted in its own transaction that
 * re-reads it first, so the step is idempotent and resumes where an interruption left it.
 * Records that are not version-1 shaped are left exactly as they are (the reader reports them).
 */
export const packBytes: DataMigration = {
  id: '001-pack-bytes',
  rollback:
    'irreversible: a version-1 build cannot open a version-2 database at all (IndexedDB refuses ' +
    'to open a lower version), and the original files of version-1 records no longer exist',
  async run(db) {
    const packs = db as unknown as IDBPDatabase;
    for (const key of await packs.getAllKeys('packs')) {
      const before: unknown = await packs.get('packs', key);
      if (!isV1(before)) continue;
      const bytes = serialize(before.pack);
      const sha256 = await sha256Hex(bytes);
      // Another tab may have converted or replaced the record while we hashed.
      const tx = packs.transaction('packs', 'readwrite');
      const current: unknown = await tx.store.get(key);
      if (isV1(current) && JSON.stringify(current.pack) === JSON.stringify(before.pack)) {
        await tx.store.put(toV2(current, bytes, sha256));
      }
      await tx.done;
    }
  },
};

function isV1(value: unknown): value is PackRecordV1 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.key === 'string' &&
    typeof record.source === 'string' &&
    typeof record.pack === 'object' &&
    record.pack !== null &&
    !('bytes' in record) &&
    !('origin' in record)
  );
}

function toV2(record: PackRecordV1, bytes: Uint8Array, sha256: string): PackRecordV2 {
  const { source, ...rest } = record;
  return { ...rest, origin: source, bytes, sha256, bytesReconstructed: true };
}

/** Two-space JSON with a final newline: readable when exported, same output for same input. */
function serialize(pack: Record<string, unknown>): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(pack, null, 2)}\n`);
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
