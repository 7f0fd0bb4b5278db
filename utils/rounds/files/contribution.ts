import { kebabId } from '../../pack/ids';
import { z } from '../../zod';
import { toBase64Url } from '../crypto/base64';
import { openFromRound, sealToRound } from '../crypto/hpke';
import type { ContributionHeader } from '../types';
import { bytesField, checkWritable, jsonBytes, PUBLIC_KEY_BYTES } from './fields';
import { parseFile, readJsonFile } from './read';
import { packRefSchema, uuidV4 } from './round-meta-schema';

export const CONTRIBUTION_FORMAT = 'tu-soi/contribution@1';
export const MAX_CONTRIBUTION_BYTES = 1024 * 1024;

/** AES-128-GCM's tag: the ciphertext is the plaintext plus these bytes. */
const TAG_BYTES = 16;

const headerSchema = z.strictObject({
  round: uuidV4,
  pack: packRefSchema,
  form: kebabId,
  contribution: uuidV4,
  // The kind alone: its parameters are in the round the secretary holds.
  mode: z.enum(['exact', 'randomised']),
}) satisfies z.ZodMiniType<ContributionHeader>;

const contributionSchema = z.strictObject({
  format: z.literal(CONTRIBUTION_FORMAT),
  header: headerSchema,
  enc: bytesField(PUBLIC_KEY_BYTES, PUBLIC_KEY_BYTES),
  ciphertext: bytesField(TAG_BYTES, MAX_CONTRIBUTION_BYTES),
});

/**
 * The header as the encryption's associated data: JSON with the keys in one fixed order.
 * Readers do not require the file's header text to be this exact text; they parse it and
 * rebuild this form, so a changed value breaks decryption while a reordering (which changes
 * no meaning) does not. Every value has a fixed length within a round, so all files of a
 * round have the same size.
 */
export function canonicalHeader(header: ContributionHeader): string {
  return JSON.stringify(orderedHeader(header));
}

function orderedHeader(header: ContributionHeader): ContributionHeader {
  const { id, version, sha256 } = header.pack;
  return {
    round: header.round,
    pack: { id, version, sha256 },
    form: header.form,
    contribution: header.contribution,
    mode: header.mode,
  };
}

/** Encrypts a padded payload to the round's public key, with the header as associated data. */
export async function contributionFile(input: {
  header: ContributionHeader;
  publicKey: Uint8Array;
  plaintext: Uint8Array;
}): Promise<Uint8Array> {
  const header = orderedHeader(input.header);
  checkWritable(headerSchema, header, 'contribution');
  const { enc, ciphertext } = await sealToRound(input.publicKey, input.plaintext, aad(header));
  return jsonBytes({
    format: CONTRIBUTION_FORMAT,
    header,
    enc: toBase64Url(enc),
    ciphertext: toBase64Url(ciphertext),
  });
}

/** The header of a contribution file, without decrypting it (to sort files by round). */
export function readContributionHeader(bytes: Uint8Array): ContributionHeader {
  return readContribution(bytes).header;
}

export async function openContributionFile(
  bytes: Uint8Array,
  keyPair: CryptoKeyPair,
): Promise<{ header: ContributionHeader; plaintext: Uint8Array }> {
  const { header, enc, ciphertext } = readContribution(bytes);
  const plaintext = await openFromRound(keyPair, enc, ciphertext, aad(header));
  return { header, plaintext };
}

function readContribution(bytes: Uint8Array) {
  const json = readJsonFile(bytes, 'contribution', MAX_CONTRIBUTION_BYTES);
  const file = parseFile(contributionSchema, json, 'contribution');
  return { ...file, header: orderedHeader(file.header) };
}

function aad(header: ContributionHeader): Uint8Array {
  return new TextEncoder().encode(canonicalHeader(header));
}
