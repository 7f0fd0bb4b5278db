import { z } from '../../zod';
import { toBase64Url } from '../crypto/base64';
import { PBKDF2_MAX_ITERATIONS, PBKDF2_MIN_ITERATIONS } from '../crypto/round-keys';
import type { KeyBackup } from '../types';
import {
  bytesField,
  carriedRoundJson,
  carriedRoundShape,
  checkCarriedRound,
  checkWritable,
  jsonBytes,
} from './fields';
import { parseFile, readJsonFile } from './read';

export const KEY_BACKUP_FORMAT = 'tu-soi/key-backup@1';
/** The round's pack travels with its key, so a restored round can still be read and reported. */
export const MAX_KEY_BACKUP_BYTES = 3 * 1024 * 1024;

/** A PKCS#8 P-256 key is about 140 bytes; the bound only refuses nonsense. */
const MAX_WRAPPED_BYTES = 1024;

const wrappedKeySchema = z.strictObject({
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    // Range reasons: see PBKDF2_MIN_ITERATIONS.
    iterations: z.int().check(z.gte(PBKDF2_MIN_ITERATIONS), z.lte(PBKDF2_MAX_ITERATIONS)),
    salt: bytesField(16, 16),
  }),
  iv: bytesField(12, 12),
  ciphertext: bytesField(17, MAX_WRAPPED_BYTES),
});

const keyBackupSchema = z.strictObject({
  format: z.literal(KEY_BACKUP_FORMAT),
  ...carriedRoundShape,
  wrapped: wrappedKeySchema,
});

export function keyBackupFile(backup: KeyBackup): Uint8Array {
  const { wrapped } = backup;
  const { iterations, salt } = wrapped.kdf;
  const json = {
    format: KEY_BACKUP_FORMAT,
    ...carriedRoundJson(backup),
    wrapped: {
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64Url(salt) },
      iv: toBase64Url(wrapped.iv),
      ciphertext: toBase64Url(wrapped.ciphertext),
    },
  };
  checkWritable(keyBackupSchema, json, 'key-backup');
  return jsonBytes(json);
}

/** Size, JSON, every field, the pack's hash, id and version, and the key's curve point. */
export async function readKeyBackupFile(bytes: Uint8Array): Promise<KeyBackup> {
  const json = readJsonFile(bytes, 'key-backup', MAX_KEY_BACKUP_BYTES);
  const { round, pack, publicKey, wrapped } = parseFile(keyBackupSchema, json, 'key-backup');
  await checkCarriedRound({ pack, publicKey }, 'key-backup');
  return { round, pack, publicKey, wrapped };
}
