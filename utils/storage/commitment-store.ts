import {
  type CommitmentCheckRecord,
  type CommitmentEntry,
  commitmentCheckRecordSchema,
} from './commitment-records';
import { withDb } from './db';
import { parseRecord, parseRecords } from './types';

/** The month's check of a registration, or undefined if none (or unreadable). */
export async function getCommitmentCheck(
  registrationId: string,
  month: string,
): Promise<CommitmentCheckRecord | undefined> {
  return parseRecord(
    commitmentCheckRecordSchema,
    await withDb((db) => db.get('commitmentChecks', [registrationId, month])),
  );
}

/** Every month checked for a registration, oldest month first. */
export async function listCommitmentChecks(
  registrationId: string,
): Promise<CommitmentCheckRecord[]> {
  const values = await withDb((db) =>
    db.getAllFromIndex('commitmentChecks', 'by-registration', registrationId),
  );
  return parseRecords(commitmentCheckRecordSchema, values).sort((a, b) =>
    a.month.localeCompare(b.month),
  );
}

/** Writes the month's check whole; rejects (writing nothing) if it does not fit the schema. */
export async function putCommitmentCheck(
  registrationId: string,
  month: string,
  entries: readonly CommitmentEntry[],
  now = Date.now(),
): Promise<CommitmentCheckRecord> {
  const record = commitmentCheckRecordSchema.parse({
    registrationId,
    month,
    entries,
    updatedAt: now,
  });
  await withDb((db) => db.put('commitmentChecks', record));
  return record;
}
