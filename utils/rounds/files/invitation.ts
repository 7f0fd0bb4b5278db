import { z } from '../../zod';
import { roundFingerprint } from '../crypto/fingerprint';
import type { Invitation } from '../types';
import { RoundFileError } from './errors';
import {
  carriedRoundJson,
  carriedRoundShape,
  checkCarriedRound,
  checkWritable,
  jsonBytes,
} from './fields';
import { parseFile, readJsonFile } from './read';

export const INVITATION_FORMAT = 'tu-soi/invitation@1';
/** A pack is at most 2 MiB, 2.7 MiB as base64url; the rest is small. */
export const MAX_INVITATION_BYTES = 3 * 1024 * 1024;

const invitationSchema = z.strictObject({
  format: z.literal(INVITATION_FORMAT),
  ...carriedRoundShape,
  fingerprint: z.string().check(z.regex(/^\d{4} \d{4} \d{4} \d{4}$/)),
});

/** The invitation file of a round; the fingerprint is computed here. */
export async function invitationFile(
  invitation: Omit<Invitation, 'fingerprint'>,
): Promise<Uint8Array> {
  const { round, publicKey } = invitation;
  const json = {
    format: INVITATION_FORMAT,
    ...carriedRoundJson(invitation),
    fingerprint: await roundFingerprint(publicKey, round.id),
  };
  checkWritable(invitationSchema, json, 'invitation');
  await checkCarriedRound(invitation, 'invitation');
  return jsonBytes(json);
}

/** Size, JSON, every field, the pack's hash, id and version, the key, then the fingerprint. */
export async function readInvitationFile(bytes: Uint8Array): Promise<Invitation> {
  const json = readJsonFile(bytes, 'invitation', MAX_INVITATION_BYTES);
  const { round, pack, publicKey, fingerprint } = parseFile(invitationSchema, json, 'invitation');
  await checkCarriedRound({ pack, publicKey }, 'invitation');
  if ((await roundFingerprint(publicKey, round.id)) !== fingerprint) {
    throw new RoundFileError({ code: 'fingerprint', kind: 'invitation' });
  }
  return { round, pack, publicKey, fingerprint };
}
