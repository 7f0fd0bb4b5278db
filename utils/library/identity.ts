import type { Pack } from '../pack/schema';
import type { InstalledPack } from '../storage/types';

/** SHA-256 of the bytes as lowercase hex, by WebCrypto (browsers and Node 20). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** JSON with object keys sorted, so two parses of the same content compare equal as text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : item,
  );
}

/**
 * Whether a file is the one installed under its id and version. Normally the bytes decide
 * (by hash). A record whose bytes were reconstructed by the data migration has no original
 * file to compare with, so there the parsed content decides.
 */
export function isSameFile(
  installed: InstalledPack,
  file: { sha256: string; pack: Pack },
): boolean {
  if (installed.bytesReconstructed) {
    return canonicalJson(installed.pack) === canonicalJson(file.pack);
  }
  return installed.sha256 === file.sha256;
}
