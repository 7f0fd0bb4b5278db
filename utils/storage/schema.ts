import type { DBSchema } from 'idb';
import type { CommitmentCheckRecord } from './commitment-records';
import type {
  ContributionRecord,
  MemberRoundRecord,
  MemberSecretRecord,
  RoundKeyRecord,
  RoundRecord,
} from './round-records';
import type { InstalledPack, ResponseRecord } from './types';

export const DB_NAME = 'tu-soi';

/** Key of the single record in the `settings` store. */
export const SETTINGS_KEY = 'settings';

/** What a data migration records in `meta` under `data-migration/<id>`. */
export interface DataMigrationRecord {
  id: string;
  state: 'started' | 'done';
  startedAt: number;
  doneAt?: number;
  /** How many times it was started: more than one means it resumed after an interruption. */
  runs: number;
}

/**
 * The current shape of the database. Migrations in `./migrations` build it step by step;
 * `./stores.ts` declares each store's policies.
 */
export interface TuSoiDB extends DBSchema {
  packs: {
    key: string;
    // What is written; reads go through the stored-record schema (`readPackRecord`).
    value: InstalledPack;
    indexes: { 'by-id': string };
  };
  responses: {
    key: string;
    value: ResponseRecord;
    indexes: { 'by-updated': number; 'by-pack': [packId: string, packVersion: string] };
  };
  settings: {
    key: typeof SETTINGS_KEY;
    // Unknown on purpose: whatever is stored must pass the settings schema before use.
    value: unknown;
  };
  meta: {
    key: string;
    value: DataMigrationRecord;
  };
  rounds: {
    key: string;
    // Reads go through roundRecordSchema.
    value: RoundRecord;
    indexes: { 'by-series': string };
  };
  roundKeys: {
    key: string;
    value: RoundKeyRecord;
  };
  contributions: {
    key: [roundId: string, contributionId: string];
    value: ContributionRecord;
    indexes: { 'by-round': string };
  };
  memberRounds: {
    key: string;
    value: MemberRoundRecord;
    indexes: { 'by-response': string };
  };
  memberSecrets: {
    key: string;
    value: MemberSecretRecord;
  };
  commitmentChecks: {
    key: [registrationId: string, month: string];
    // Reads go through commitmentCheckRecordSchema.
    value: CommitmentCheckRecord;
    indexes: { 'by-registration': string };
  };
}
