import { kebabId, semver } from '../pack/ids';
import type { Pack } from '../pack/schema';
import { z } from '../zod';

// Identity fields of a stored pack: any non-empty text. The id and version rules of the import
// apply when a file is imported; a stored record is not judged by today's rules again.
const storedName = z.string().check(z.minLength(1));

/**
 * Shapes of the stored records, as zod schemas: records are validated when read back, so a
 * corrupt or hand-edited record is reported instead of crashing the UI. These are *stored-record*
 * schemas, not the import rules: a pack passed every authoring rule when it was imported, and
 * tightening a rule later must not hide it. They check only the structure the app relies on.
 */

/** `builtin` packs ship with the extension; `file` packs were imported by the member. */
export const packOriginSchema = z.enum(['builtin', 'file']);

// Loose objects: a field this version does not know (a newer format's) is kept, not stripped.
const storedText = z.looseObject({ vi: z.string(), en: z.optional(z.string()) });

const storedForm = z.looseObject({
  id: z.string(),
  title: storedText,
  description: z.optional(storedText),
  survey: z.record(z.string(), z.unknown()),
  aggregate: z.looseObject({
    groups: z.array(
      z.looseObject({ id: z.string(), title: storedText, questions: z.array(z.string()) }),
    ),
  }),
});

/** The parsed pack as stored at import (already fully validated then). */
const storedPackContent = z.pipe(
  z.looseObject({
    format: z.string(),
    id: z.string(),
    version: z.string(),
    title: storedText,
    description: storedText,
    publisher: z.string(),
    issued: z.string(),
    sources: z.array(z.looseObject({ title: storedText, date: z.string() })),
    forms: z.array(storedForm).check(z.minLength(1)),
  }),
  z.transform((pack) => pack as unknown as Pack),
);

const uint8Array = z.custom<Uint8Array>(
  // Not `instanceof`: a Uint8Array from another realm (a test DOM, a worker) is still one.
  (value) => Object.prototype.toString.call(value) === '[object Uint8Array]',
  { error: 'expected a Uint8Array' },
);

/** Database version 2 onwards: the file's own bytes are kept beside the parsed pack. */
export const storedPackV2 = z
  .object({
    /** `${id}@${version}`: several versions of one pack can be installed side by side. */
    key: z.string(),
    id: storedName,
    version: storedName,
    origin: packOriginSchema,
    installedAt: z.number(),
    fileName: z.optional(z.string()),
    /** Exactly the bytes that were imported (or shipped), so export hands on the same file. */
    bytes: uint8Array,
    /** SHA-256 of `bytes`, lowercase hex: the identity of this version's file. */
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    /**
     * Set by data migration 001 for records made before bytes were kept: `bytes` is a JSON
     * serialization of `pack`, not the original file, so identity compares content instead.
     */
    bytesReconstructed: z.optional(z.literal(true)),
    pack: storedPackContent,
  })
  .check(
    z.refine((record) => record.key === `${record.id}@${record.version}`, {
      error: 'key is not id@version',
      path: ['key'],
    }),
  );

export const responseStatusSchema = z.enum(['draft', 'completed']);

const count = z.number().check(z.int(), z.nonnegative());

/** Longest name a member can give a review. */
export const REVIEW_LABEL_MAX = 80;

/**
 * Stored denormalised so the popup can show "12/27" without loading the survey library
 * (about 1.4 MB) to recount answers.
 */
export const progressSchema = z.object({ answered: count, total: count });

export const responseRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  packId: kebabId,
  packVersion: semver,
  formId: kebabId,
  data: z.record(z.string(), z.unknown()),
  currentPage: count,
  status: responseStatusSchema,
  progress: progressSchema,
  createdAt: z.number(),
  updatedAt: z.number(),
  completedAt: z.optional(z.number()),
  /** A name the member gave this review (trimmed, non-empty); without it a default is shown. */
  label: z.optional(z.string().check(z.minLength(1), z.maxLength(REVIEW_LABEL_MAX))),
  /** Earlier completion times, oldest first: reopening a completed review keeps them here. */
  completions: z.optional(z.array(z.number())),
  /**
   * Set while a reopened review has no changed answer yet: what "cancel editing" puts back.
   * Dropped by the first save that changes the answers.
   */
  reopened: z.optional(
    z.object({ completedAt: z.number(), updatedAt: z.number(), currentPage: count }),
  ),
  /** Bumped by every write; a save based on an older revision is a conflict. */
  revision: z.number().check(z.int(), z.positive()),
});

export type PackOrigin = z.infer<typeof packOriginSchema>;
export type InstalledPack = z.output<typeof storedPackV2>;
export type ResponseStatus = z.infer<typeof responseStatusSchema>;
export type Progress = z.infer<typeof progressSchema>;
export type ResponseRecord = z.infer<typeof responseRecordSchema>;

/** A stored record that could not be read: kept in the database and shown, never dropped. */
export interface UnreadableRecord {
  /** Its primary key, when known. */
  key?: string;
  /** Why it could not be read (technical, English: for the exported report). */
  reason: string;
  /** The record exactly as stored. */
  value: unknown;
}

export type UnreadablePackRecord = UnreadableRecord;

/** A read that keeps the reason when the record does not match its stored-record schema. */
export type RecordRead<T> = { ok: true; record: T } | ({ ok: false } & UnreadableRecord);

export function readRecord<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  key?: string,
): RecordRead<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, record: result.data };
  return {
    ok: false,
    ...(key !== undefined && { key }),
    reason: z.prettifyError(result.error),
    value,
  };
}

/** The record if it matches the schema, otherwise undefined (treated as absent). */
export function parseRecord<T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** Records of one store, the readable ones and, kept apart, those that are not. */
export interface StoredRecords<T> {
  records: T[];
  unreadable: UnreadableRecord[];
}

/** Sorts values (with their keys, same order) into readable records and unreadable ones. */
export function splitRecords<T>(
  schema: z.ZodMiniType<T>,
  values: readonly unknown[],
  keys: readonly IDBValidKey[],
): StoredRecords<T> {
  const split: StoredRecords<T> = { records: [], unreadable: [] };
  values.forEach((value, index) => {
    const key = keys[index];
    const read = readRecord(schema, value, key === undefined ? undefined : String(key));
    if (read.ok) split.records.push(read.record);
    else split.unreadable.push({ key: read.key, reason: read.reason, value: read.value });
  });
  return split;
}

/** The records that match the schema, in order; invalid ones are left out. */
export function parseRecords<T>(schema: z.ZodMiniType<T>, values: readonly unknown[]): T[] {
  return values.flatMap((value) => {
    const record = parseRecord(schema, value);
    return record === undefined ? [] : [record];
  });
}
