import { addRound, getRoundKey, getRoundRecord } from '../../storage/round-store';
import { roundFingerprint } from '../crypto/fingerprint';
import { unwrapRoundKey } from '../crypto/round-keys';
import { readKeyBackupFile } from '../files/key-backup';
import type { KeyBackup } from '../types';
import { RoundError } from './errors';
import { carriedPack } from './install-pack';
import { summaryOf } from './secretary';
import type { RoundSummary } from './types';

/** What a key backup file holds, to show before asking for its passphrase. */
export function readKeyBackup(bytes: Uint8Array): Promise<KeyBackup> {
  return readKeyBackupFile(bytes);
}

/**
 * Brings a round and its key into this profile from the backup file, so the round's
 * contribution files can be read here. The key is stored non-extractable again.
 */
export async function restoreKeyBackup(
  bytes: Uint8Array,
  passphrase: string,
): Promise<RoundSummary> {
  const backup = await readKeyBackupFile(bytes);
  const { round } = backup;
  if ((await getRoundRecord(round.id)) && (await getRoundKey(round.id))) {
    throw new RoundError({ code: 'round-exists', roundId: round.id });
  }
  const keyPair = await unwrapRoundKey(backup.wrapped, passphrase, backup.publicKey);
  const pack = await carriedPack(backup.pack);
  await pack.install();
  const record = {
    id: round.id,
    seriesId: round.seriesId,
    round,
    pack: { id: backup.pack.id, version: backup.pack.version, sha256: backup.pack.sha256 },
    publicKey: backup.publicKey,
    fingerprint: await roundFingerprint(backup.publicKey, round.id),
    wrappedKey: backup.wrapped,
    createdAt: Date.now(),
    // Restored from the backup file itself: it exists, and its loss is understood.
    keyBackupSavedAt: Date.now(),
    keyLossAcknowledged: true,
    reports: [],
  };
  await addRound(record, { roundId: round.id, keyPair });
  return summaryOf(record);
}
