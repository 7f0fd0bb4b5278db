import { kebabId, packSchema, semver } from '../pack/schema';
import { z } from '../zod';

/**
 * Shapes of the stored records, as zod schemas: records are validated when read back, so a
 * corrupt or hand-edited record is skipped instead of crashing the UI.
 */

/** `builtin` packs ship with the extension; `file` packs were imported by the member. */
export const packOriginSchema = z.enum(['builtin', 'file']);

export const installedPackSchema = z.object({
  /** `${id}@${version}`: several versions of one pack can be installed side by side. */
  key: z.string(),
  id: kebabId,
  version: semver,
  source: packOriginSchema,
  installedAt: z.number(),
  pack: packSchema,
});

export const responseStatusSchema = z.enum(['draft', 'completed']);

const count = z.number().int().nonnegative();

/**
 * Stored denormalised so the popup can show "12/27" without loading the survey library
 * (about 1.4 MB) to recount answers.
 */
export const progressSchema = z.object({ answered: count, total: count });

export const responseRecordSchema = z.object({
  id: z.string().min(1),
  packId: kebabId,
  packVersion: semver,
  formId: kebabId,
  data: z.record(z.string(), z.unknown()),
  currentPage: count,
  status: responseStatusSchema,
  progress: progressSchema,
  createdAt: z.number(),
  updatedAt: z.number(),
  completedAt: z.number().optional(),
  /** Bumped by every write; a save based on an older revision is a conflict. */
  revision: z.number().int().positive(),
});

export type PackOrigin = z.infer<typeof packOriginSchema>;
export type InstalledPack = z.infer<typeof installedPackSchema>;
export type ResponseStatus = z.infer<typeof responseStatusSchema>;
export type Progress = z.infer<typeof progressSchema>;
export type ResponseRecord = z.infer<typeof responseRecordSchema>;

/** The record if it matches the schema, otherwise undefined (treated as absent). */
export function parseRecord<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** The records that match the schema, in order; invalid ones are left out. */
export function parseRecords<T>(schema: z.ZodType<T>, values: readonly unknown[]): T[] {
  return values.flatMap((value) => {
    const record = parseRecord(schema, value);
    return record === undefined ? [] : [record];
  });
}
