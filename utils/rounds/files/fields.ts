import { MAX_PACK_BYTES } from '../../pack/limits';
import { z } from '../../zod';
import { fromBase64Url, toBase64Url } from '../crypto/base64';
import { sha256Hex } from '../crypto/sha256';
import type { PackRef, RoundMeta } from '../types';
import { RoundFileError, type RoundFileKind } from './errors';
import { parseFile, wrongFormat } from './read';
import { packRefSchema, roundMetaSchema } from './round-meta-schema';

/** Raw uncompressed P-256 point: 0x04 ‖ x ‖ y. */
export const PUBLIC_KEY_BYTES = 65;

/** A base64url text field read as bytes, with a length range. */
export function bytesField(min: number, max: number) {
  return z
    .pipe(
      z.string(),
      z.transform((text, context) => {
        try {
          return fromBase64Url(text);
        } catch {
          context.issues.push({ code: 'custom', message: 'base64url', input: text });
          return z.NEVER;
        }
      }),
    )
    .check(z.refine((bytes) => bytes.length >= min && bytes.length <= max, { message: 'length' }));
}

export const publicKeyField = bytesField(PUBLIC_KEY_BYTES, PUBLIC_KEY_BYTES).check(
  z.refine((bytes) => bytes[0] === 0x04, { message: 'uncompressed point' }),
);

/** A pack by identity and its exact bytes, as invitations and key backups carry it. */
const packWithBytesSchema = z.strictObject({
  ...packRefSchema.shape,
  bytes: bytesField(1, MAX_PACK_BYTES),
});

type PackWithBytes = PackRef & { bytes: Uint8Array };

/** What invitations and key backups both carry: the round, its pack and its public key. */
export const carriedRoundShape = {
  round: roundMetaSchema,
  pack: packWithBytesSchema,
  publicKey: publicKeyField,
};

export function carriedRoundJson(file: {
  round: RoundMeta;
  pack: PackWithBytes;
  publicKey: Uint8Array;
}) {
  const { id, version, sha256, bytes } = file.pack;
  return {
    round: file.round,
    pack: { id, version, sha256, bytes: toBase64Url(bytes) },
    publicKey: toBase64Url(file.publicKey),
  };
}

/** The checks of carried fields that the schema cannot make: the pack's hash and the key. */
export async function checkCarriedRound(
  file: { pack: PackWithBytes; publicKey: Uint8Array },
  kind: RoundFileKind,
): Promise<void> {
  await checkPackBytes(file.pack, kind);
  await checkPublicKey(file.publicKey, kind);
}

/**
 * The pack bytes are the stated pack: their hash, and the `id` and `version` inside them.
 * Only those two fields are read here; validating the pack is the library's job.
 */
async function checkPackBytes(pack: PackWithBytes, kind: RoundFileKind): Promise<void> {
  if ((await sha256Hex(pack.bytes)) !== pack.sha256) {
    throw new RoundFileError({ code: 'pack-hash', kind });
  }
  let content: unknown;
  try {
    content = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(pack.bytes));
  } catch (cause) {
    throw wrongFormat(kind, '$.pack.bytes', cause);
  }
  const stated = z.looseObject({ id: z.literal(pack.id), version: z.literal(pack.version) });
  const result = stated.safeParse(content);
  if (!result.success) {
    const field = result.error.issues[0]?.path[0];
    throw wrongFormat(kind, field === 'version' ? '$.pack.version' : '$.pack.id');
  }
}

/** The bytes are a point on P-256 (the schema checked only their length and prefix). */
async function checkPublicKey(publicKey: Uint8Array, kind: RoundFileKind): Promise<void> {
  try {
    await crypto.subtle.importKey(
      'raw',
      publicKey as BufferSource,
      { name: 'ECDH', namedCurve: 'P-256' },
      true,
      [],
    );
  } catch (cause) {
    throw wrongFormat(kind, '$.publicKey', cause);
  }
}

/** A writer refuses to make a file its own reader would refuse: a caller's mistake. */
export function checkWritable(schema: z.ZodMiniType, value: unknown, kind: RoundFileKind): void {
  try {
    parseFile(schema, value, kind);
  } catch (cause) {
    throw new TypeError(`Not a valid ${kind}`, { cause });
  }
}

export function jsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}
