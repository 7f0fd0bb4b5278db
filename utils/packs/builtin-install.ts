import { LibraryError } from '../library/errors';
import { isSameFile, sha256Hex } from '../library/identity';
import { packRecord, putIfAbsent } from '../library/records';
import { packSchema } from '../pack/schema';
import { withDb } from '../storage/db';
import type { InstalledPack } from '../storage/types';

/**
 * Stores a shipped pack file (`text`, exactly its bytes) as the built-in record of its version.
 * With no `existing` record, a new one (unless the key is taken meanwhile); with a built-in
 * record whose bytes were reconstructed (data migration 001), the file's bytes put back into
 * it when its content is the same.
 */
export async function installBuiltin(text: string, existing: InstalledPack | undefined) {
  const pack = packSchema.parse(JSON.parse(text));
  const bytes = new TextEncoder().encode(text);
  const sha256 = await sha256Hex(bytes);
  if (!existing) {
    await putIfAbsent(packRecord({ pack, bytes, sha256, origin: 'builtin' })).catch(ignoreConflict);
  } else if (isSameFile(existing, { sha256, pack })) {
    const { bytesReconstructed: _reconstructed, ...rest } = existing;
    await withDb((db) => db.put('packs', { ...rest, bytes, sha256 }));
  }
}

function ignoreConflict(error: unknown): void {
  if (!(error instanceof LibraryError && error.code === 'conflict')) throw error;
}
