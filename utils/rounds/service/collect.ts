import { sha256Hex } from '../../library/identity';
import type { RoundRecord } from '../../storage/round-records';
import {
  countContributions,
  getContribution,
  getRoundKey,
  putContribution,
} from '../../storage/round-store';
import {
  MAX_CONTRIBUTION_BYTES,
  openContributionFile,
  readContributionHeader,
} from '../files/contribution';
import { isRoundFileError, RoundFileError } from '../files/errors';
import { decodePayload } from '../payload';
import { shuffle } from '../privacy/random';
import type { ContributionHeader, RoundShape } from '../types';
import { isRoundError, RoundError } from './errors';
import { roundPack } from './packs';
import { requireRound } from './secretary';
import type { ContributionImportResult, ContributionOutcome } from './types';

/**
 * Receives contribution files for one round. Each is checked (size first, then header,
 * decryption and content) and stored exactly as received, without its name or time. Files
 * are processed in random order, so the order they were sent or picked in leaves no trace.
 * A refused file changes nothing.
 */
export async function importContributions(
  roundId: string,
  files: readonly Blob[],
  onProgress?: (done: number, total: number) => void,
): Promise<ContributionImportResult> {
  const record = await requireRound(roundId);
  const keyPair = await getRoundKey(roundId);
  if (!keyPair) throw new RoundError({ code: 'no-key', roundId });
  const { shape } = await roundPack(record.pack, record.round.formId);

  const outcomes: ContributionOutcome[] = new Array(files.length);
  let done = 0;
  for (const index of shuffle(files.map((_, position) => position))) {
    outcomes[index] = await receive(record, keyPair, shape, files[index] as Blob);
    done += 1;
    onProgress?.(done, files.length);
  }
  return {
    outcomes,
    received: await countContributions(roundId),
    expected: record.round.expectedMembers,
  };
}

async function receive(
  record: RoundRecord,
  keyPair: CryptoKeyPair,
  shape: RoundShape,
  file: Blob,
): Promise<ContributionOutcome> {
  try {
    if (file.size > MAX_CONTRIBUTION_BYTES) {
      throw new RoundFileError({
        code: 'too-large',
        kind: 'contribution',
        size: file.size,
        max: MAX_CONTRIBUTION_BYTES,
      });
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    checkHeader(record, readContributionHeader(bytes));
    const { header, plaintext } = await openContributionFile(bytes, keyPair);
    const { revision } = decodePayload(plaintext, shape);
    const sha256 = await sha256Hex(bytes);
    const earlier = await getContribution(record.id, header.contribution);
    if (earlier?.sha256 === sha256) return { kind: 'unchanged' };
    if (earlier && earlier.revision >= revision) return { kind: 'older' };
    await putContribution({
      roundId: record.id,
      contributionId: header.contribution,
      file: bytes,
      sha256,
      revision,
    });
    return { kind: earlier ? 'replaced' : 'added' };
  } catch (error) {
    if (isRoundFileError(error) || isRoundError(error)) {
      return { kind: 'rejected', error: error.details };
    }
    throw error;
  }
}

/** Cheap checks before decrypting: the round, its pack version and form, its mode. */
function checkHeader(record: RoundRecord, header: ContributionHeader): void {
  if (header.round !== record.id) throw new RoundError({ code: 'other-round' });
  const expected = record.pack;
  const same =
    header.pack.id === expected.id &&
    header.pack.version === expected.version &&
    header.pack.sha256 === expected.sha256 &&
    header.form === record.round.formId;
  if (!same) {
    throw new RoundError({
      code: 'other-pack',
      expected: `${expected.id} ${expected.version}`,
      found: `${header.pack.id} ${header.pack.version}`,
    });
  }
  if (header.mode !== record.round.mode.kind) throw new RoundError({ code: 'invalid-payload' });
}
