import { packRefSchema, roundMetaSchema } from '../rounds/files/round-meta-schema';
import type { RoundReport } from '../rounds/report/types';
import type { ContributionPayload, PackRef, RoundMeta, Tally, WrappedKey } from '../rounds/types';
import { z } from '../zod';

/**
 * Stored records of the secretary loop. They are read back through these schemas (not the
 * file-import rules): a record that no longer fits is reported, never silently dropped.
 */

const bytes = z.instanceof(Uint8Array);
const timestamp = z.number().check(z.int(), z.nonnegative());

/** A report made, with the contributions it counted (id → sha256), for the differencing rule. */
export interface StoredReport {
  issuedAt: number;
  contributions: Record<string, string>;
  tally: Tally;
  report: RoundReport;
}

export interface RoundRecord {
  id: string;
  seriesId: string;
  round: RoundMeta;
  pack: PackRef;
  publicKey: Uint8Array;
  fingerprint: string;
  wrappedKey: WrappedKey;
  createdAt: number;
  keyBackupSavedAt?: number;
  keyLossAcknowledged: boolean;
  reports: StoredReport[];
}

const wrappedKeySchema = z.object({
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().check(z.int(), z.positive()),
    salt: bytes,
  }),
  iv: bytes,
  ciphertext: bytes,
});

// Reports are what this profile computed itself; their inner shape is checked where made.
const storedReportSchema = z.object({
  issuedAt: timestamp,
  contributions: z.record(z.string(), z.string()),
  tally: z.custom<Tally>((value) => typeof value === 'object' && value !== null),
  report: z.custom<RoundReport>((value) => typeof value === 'object' && value !== null),
});

export const roundRecordSchema: z.ZodMiniType<RoundRecord> = z
  .object({
    id: z.string(),
    seriesId: z.string(),
    round: roundMetaSchema,
    pack: packRefSchema,
    publicKey: bytes,
    fingerprint: z.string(),
    wrappedKey: wrappedKeySchema,
    createdAt: timestamp,
    keyBackupSavedAt: z.optional(timestamp),
    keyLossAcknowledged: z.boolean(),
    reports: z.array(storedReportSchema),
  })
  .check(
    z.refine(
      (record) => record.id === record.round.id && record.seriesId === record.round.seriesId,
      { error: 'id or seriesId differs from round' },
    ),
  );

export interface RoundKeyRecord {
  roundId: string;
  keyPair: CryptoKeyPair;
}

export interface ContributionRecord {
  roundId: string;
  contributionId: string;
  /** The file exactly as received; no file name, no file time. */
  file: Uint8Array;
  sha256: string;
  /** The payload's revision (from inside the encryption): the highest one is kept. */
  revision: number;
}

export const contributionRecordSchema: z.ZodMiniType<ContributionRecord> = z.object({
  roundId: z.string(),
  contributionId: z.string(),
  file: bytes,
  sha256: z.string(),
  revision: z.number().check(z.int(), z.positive()),
});

/** What the member's device sent (or will send) for its current answers. */
export interface SentPayload {
  /** HMAC of the truthful payload under the memo key: "have the answers changed?" */
  answersDigest: string;
  payload: ContributionPayload;
  /** Bumped each time the payload changes (see payload.ts MAX_REVISION). */
  revision: number;
}

export interface MemberRoundRecord {
  roundId: string;
  responseId: string;
  contributionId: string;
  round: RoundMeta;
  pack: PackRef;
  publicKey: Uint8Array;
  fingerprint: string;
  sent?: SentPayload;
}

export const memberRoundRecordSchema: z.ZodMiniType<MemberRoundRecord> = z
  .object({
    roundId: z.string(),
    responseId: z.string(),
    contributionId: z.string(),
    round: roundMetaSchema,
    pack: packRefSchema,
    publicKey: bytes,
    fingerprint: z.string(),
    sent: z.optional(
      z.object({
        answersDigest: z.string(),
        revision: z.number().check(z.int(), z.positive()),
        payload: z.custom<ContributionPayload>(
          (value) => typeof value === 'object' && value !== null,
        ),
      }),
    ),
  })
  .check(
    z.refine((record) => record.roundId === record.round.id, {
      error: 'roundId differs from round',
    }),
  );

export const MEMO_KEY_ID = 'memo-key';

export interface MemberSecretRecord {
  id: typeof MEMO_KEY_ID;
  key: CryptoKey;
}
