// The shipped file as text, so the stored bytes are exactly the file (Vite's `?raw`).
import registrationText from '@/forms/dang-ky-cam-ket.json?raw';
import annualText from '@/forms/kiem-diem-2025.json?raw';
import nq04Text from '@/forms/nq04-27.json?raw';
import qd207Text from '@/forms/qd207-19-dieu.json?raw';
import { LibraryError } from '../library/errors';
import { isSameFile, sha256Hex } from '../library/identity';
import { packRecord, putIfAbsent } from '../library/records';
import { type Pack, packSchema } from '../pack/schema';
import { withDb } from '../storage/db';
import { getPack, packKey } from '../storage/packs';

interface BuiltinPack {
  pack: Pack;
  bytes: Uint8Array;
}

/** Packs shipped inside the extension. Their full validation runs in the test suite. */
const BUILTIN_PACKS: readonly BuiltinPack[] = [
  nq04Text,
  annualText,
  registrationText,
  qd207Text,
].map((text) => ({
  pack: packSchema.parse(JSON.parse(text)),
  bytes: new TextEncoder().encode(text),
}));

/** Ids of the built-in packs in the order the home page offers them: the 27 items first. */
export const BUILTIN_PACK_ORDER: readonly string[] = BUILTIN_PACKS.map(({ pack }) => pack.id);

/** Keys (`id@version`) of the built-in versions this build ships. */
export const BUILTIN_PACK_KEYS: ReadonlySet<string> = new Set(
  BUILTIN_PACKS.map(({ pack }) => packKey(pack.id, pack.version)),
);

/**
 * Installs each built-in pack version the database doesn't have yet; older versions stay.
 * A record the data migration gave reconstructed bytes gets the shipped file's bytes back when
 * its content is the same. A key taken by another file (or an unreadable record) is left alone.
 */
export async function ensureBuiltinPacks(): Promise<void> {
  for (const { pack, bytes } of BUILTIN_PACKS) {
    const sha256 = await sha256Hex(bytes);
    const existing = await getPack(pack.id, pack.version);
    if (!existing) {
      await putIfAbsent(packRecord({ pack, bytes, sha256, origin: 'builtin' })).catch(
        ignoreConflict,
      );
    } else if (
      existing.bytesReconstructed &&
      existing.origin === 'builtin' &&
      isSameFile(existing, { sha256, pack })
    ) {
      const { bytesReconstructed: _reconstructed, ...rest } = existing;
      await withDb((db) => db.put('packs', { ...rest, bytes, sha256 }));
    }
  }
}

function ignoreConflict(error: unknown): void {
  if (!(error instanceof LibraryError && error.code === 'conflict')) throw error;
}
