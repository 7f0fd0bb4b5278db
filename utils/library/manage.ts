import { BUILTIN_PACK_KEYS } from '../packs/builtin';
import { withDb } from '../storage/db';
import { getPack, packKey, readPackRecord } from '../storage/packs';
import { parseRecords, type ResponseRecord, responseRecordSchema } from '../storage/types';
import { LibraryError } from './errors';

/** The readable responses made with that exact pack version (drafts and completed). */
export async function dependentResponses(id: string, version: string): Promise<ResponseRecord[]> {
  const values = await withDb((db) => db.getAllFromIndex('responses', 'by-pack', [id, version]));
  return parseRecords(responseRecordSchema, values);
}

export type RemoveResult =
  | { removed: true }
  | {
      removed: false;
      /** The readable responses that use the version. */
      dependents: ResponseRecord[];
      /** Responses that use it but could not be read: they count too. */
      unreadableDependents: number;
    };

/**
 * Removes one installed version, unless a response uses it: then nothing is removed and the
 * dependents are returned. The check and the delete share one transaction, so a review started
 * meanwhile in another tab cannot lose its pack. A built-in version this build ships is
 * refused (LibraryError `builtin`): it would be installed again on the next start. A built-in
 * version the extension no longer ships can be removed like any other.
 */
export async function removePack(id: string, version: string): Promise<RemoveResult> {
  const key = packKey(id, version);
  return withDb(async (db) => {
    const tx = db.transaction(['packs', 'responses'], 'readwrite');
    const [stored, using] = await Promise.all([
      tx.objectStore('packs').get(key),
      tx.objectStore('responses').index('by-pack').getAll([id, version]),
    ]);
    const refusal = removalRefusal(key, stored);
    if (refusal || using.length > 0) {
      await tx.done;
      if (refusal) throw refusal;
      const dependents = parseRecords(responseRecordSchema, using);
      return {
        removed: false,
        dependents,
        unreadableDependents: using.length - dependents.length,
      };
    }
    await Promise.all([tx.objectStore('packs').delete(key), tx.done]);
    return { removed: true };
  });
}

function removalRefusal(key: string, stored: unknown): LibraryError | undefined {
  if (stored === undefined) return new LibraryError({ code: 'not-found', key });
  const read = readPackRecord(stored, key);
  // An unreadable record may be removed (after export); its origin is unknown.
  if (read.ok && read.record.origin === 'builtin' && BUILTIN_PACK_KEYS.has(key)) {
    return new LibraryError({ code: 'builtin', key });
  }
  return undefined;
}

export interface PackExport {
  /** `id-version.json`, e.g. `nq04-27-1.1.0.json`. */
  fileName: string;
  /** Exactly the stored bytes: the imported (or shipped) file. */
  bytes: Uint8Array;
  /** The version predates kept bytes: these are a serialization of its content. */
  bytesReconstructed?: true;
}

export async function exportPack(id: string, version: string): Promise<PackExport> {
  const installed = await getPack(id, version);
  if (!installed) throw new LibraryError({ code: 'not-found', key: packKey(id, version) });
  return {
    fileName: `${id}-${version}.json`,
    bytes: installed.bytes,
    ...(installed.bytesReconstructed && { bytesReconstructed: true as const }),
  };
}
