import { withDb } from './db';
import {
  type ContributionRecord,
  contributionRecordSchema,
  MEMO_KEY_ID,
  type MemberRoundRecord,
  memberRoundRecordSchema,
  type RoundKeyRecord,
  type RoundRecord,
  roundRecordSchema,
} from './round-records';
import { parseRecord, parseRecords, type StoredRecords, splitRecords } from './types';

/** Repositories of the round stores. Reads go through the stored-record schemas. */

export async function getRoundRecord(id: string): Promise<RoundRecord | undefined> {
  return parseRecord(roundRecordSchema, await withDb((db) => db.get('rounds', id)));
}

/** Every stored round, readable or not: an unreadable one is counted, never dropped silently. */
export async function listRoundRecords(): Promise<StoredRecords<RoundRecord>> {
  const [keys, values] = await withDb(async (db) => {
    const tx = db.transaction('rounds');
    const read = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    return [read[0], read[1]] as const;
  });
  return splitRecords(roundRecordSchema, values, keys);
}

export async function putRoundRecord(record: RoundRecord): Promise<void> {
  await withDb((db) => db.put('rounds', roundRecordSchema.parse(record)));
}

/** A round and its key (new, or restored from a backup), together or not at all. */
export async function addRound(record: RoundRecord, key: RoundKeyRecord): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction(['rounds', 'roundKeys'], 'readwrite');
    await Promise.all([
      tx.objectStore('rounds').put(roundRecordSchema.parse(record)),
      tx.objectStore('roundKeys').put(key),
      tx.done,
    ]);
  });
}

export async function getRoundKey(roundId: string): Promise<CryptoKeyPair | undefined> {
  const record = await withDb((db) => db.get('roundKeys', roundId));
  return record && isKeyPair(record.keyPair) ? record.keyPair : undefined;
}

function isKeyPair(value: unknown): value is CryptoKeyPair {
  const pair = value as Partial<CryptoKeyPair> | undefined;
  return pair?.privateKey instanceof CryptoKey && pair.publicKey instanceof CryptoKey;
}

export async function listContributions(roundId: string): Promise<ContributionRecord[]> {
  const values = await withDb((db) => db.getAllFromIndex('contributions', 'by-round', roundId));
  return parseRecords(contributionRecordSchema, values);
}

export async function countContributions(roundId: string): Promise<number> {
  return withDb((db) => db.countFromIndex('contributions', 'by-round', roundId));
}

export async function putContribution(record: ContributionRecord): Promise<void> {
  await withDb((db) => db.put('contributions', contributionRecordSchema.parse(record)));
}

export async function getContribution(
  roundId: string,
  contributionId: string,
): Promise<ContributionRecord | undefined> {
  const value = await withDb((db) => db.get('contributions', [roundId, contributionId]));
  return parseRecord(contributionRecordSchema, value);
}

export async function getMemberRound(roundId: string): Promise<MemberRoundRecord | undefined> {
  return parseRecord(
    memberRoundRecordSchema,
    await withDb((db) => db.get('memberRounds', roundId)),
  );
}

export async function memberRoundOfResponse(
  responseId: string,
): Promise<MemberRoundRecord | undefined> {
  const value = await withDb((db) => db.getFromIndex('memberRounds', 'by-response', responseId));
  return parseRecord(memberRoundRecordSchema, value);
}

export async function listMemberRounds(): Promise<MemberRoundRecord[]> {
  return parseRecords(memberRoundRecordSchema, await withDb((db) => db.getAll('memberRounds')));
}

export async function putMemberRound(record: MemberRoundRecord): Promise<void> {
  await withDb((db) => db.put('memberRounds', memberRoundRecordSchema.parse(record)));
}

/**
 * The member's permanent-randomisation key, created on first use. Two tabs creating it at
 * once: the second `add` fails and both use the first key.
 */
export async function memoKey(create: () => Promise<CryptoKey>): Promise<CryptoKey> {
  const stored = await withDb((db) => db.get('memberSecrets', MEMO_KEY_ID));
  if (stored?.key instanceof CryptoKey) return stored.key;
  const key = await create();
  try {
    await withDb((db) => db.add('memberSecrets', { id: MEMO_KEY_ID, key }));
    return key;
  } catch (error) {
    const winner = await withDb((db) => db.get('memberSecrets', MEMO_KEY_ID));
    if (winner?.key instanceof CryptoKey) return winner.key;
    throw error;
  }
}
