import type { Pack } from '../pack/schema';
import { withDb } from '../storage/db';
import { packKey, readPackRecord } from '../storage/packs';
import type { InstalledPack, PackOrigin } from '../storage/types';
import { LibraryError } from './errors';
import { isSameFile } from './identity';

// Writing pack records, without the validation pipeline (and so without survey-core): the
// built-in packs are installed through here on every start.

export interface NewPackRecord {
  pack: Pack;
  bytes: Uint8Array;
  sha256: string;
  origin: PackOrigin;
  fileName?: string;
}

export function packRecord(fields: NewPackRecord): InstalledPack {
  const { pack, bytes, sha256, origin, fileName } = fields;
  return {
    key: packKey(pack.id, pack.version),
    id: pack.id,
    version: pack.version,
    origin,
    installedAt: Date.now(),
    ...(fileName !== undefined && { fileName }),
    bytes: ownBuffer(bytes),
    sha256,
    pack,
  };
}

/** Writes the record unless its key is taken: the same file is returned, another one refused. */
export function putIfAbsent(record: InstalledPack): Promise<InstalledPack> {
  return withDb(async (db) => {
    const tx = db.transaction('packs', 'readwrite');
    const existing: unknown = await tx.store.get(record.key);
    if (existing !== undefined) {
      const read = readPackRecord(existing, record.key);
      await tx.done;
      if (read.ok && isSameFile(read.record, record)) return read.record;
      throw new LibraryError({
        code: 'conflict',
        key: record.key,
        ...(read.ok && { installedSha256: read.record.sha256 }),
        sha256: record.sha256,
      });
    }
    // `add`, not `put`: should anything slip past the check, the write fails instead of replacing.
    await Promise.all([tx.store.add(record), tx.done]);
    return record;
  });
}

/**
 * IndexedDB stores a typed array with its whole underlying buffer: a view into a larger buffer
 * (a slice of something read) would store all of it. Such a view is copied first.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole ? bytes : bytes.slice();
}
