import { kebabId, semver } from '../../pack/ids';
import { z } from '../../zod';
import {
  K_MAX,
  K_MIN,
  type PackRef,
  type PrivacyMode,
  RANDOMISED_TRUTHS,
  type RoundMeta,
} from '../types';

/** Longest label, cell name or series label, in UTF-16 units. */
export const ROUND_TEXT_MAX = 200;
export const EXPECTED_MEMBERS_MAX = 1000;

/** `crypto.randomUUID()`: version 4, variant 1, lowercase. */
export const uuidV4 = z
  .string()
  .check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/));

/** Lowercase hex SHA-256. */
export const sha256HexSchema = z.string().check(z.regex(/^[0-9a-f]{64}$/));

/** Shown to members as text (never markup): something visible, no control characters. */
const roundText = z.string().check(
  z.maxLength(ROUND_TEXT_MAX),
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses.
  z.regex(/^[^\u0000-\u001f\u007f-\u009f]*$/),
  z.regex(/\S/),
);

const k = z.int().check(z.gte(K_MIN), z.lte(K_MAX));

/** A kind this version does not know is refused at `mode.kind` (see PrivacyMode). */
export const privacyModeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exact'), k }),
  z.strictObject({
    kind: z.literal('randomised'),
    k,
    truth: z.union(RANDOMISED_TRUTHS.map((truth) => z.literal(truth))),
  }),
]) satisfies z.ZodMiniType<PrivacyMode>;

export const packRefSchema = z.strictObject({
  id: kebabId,
  version: semver,
  sha256: sha256HexSchema,
}) satisfies z.ZodMiniType<PackRef>;

export const roundMetaSchema = z.strictObject({
  id: uuidV4,
  label: roundText,
  cellName: roundText,
  expectedMembers: z.int().check(z.gte(1), z.lte(EXPECTED_MEMBERS_MAX)),
  seriesId: uuidV4,
  seriesLabel: roundText,
  formId: kebabId,
  mode: privacyModeSchema,
}) satisfies z.ZodMiniType<RoundMeta>;
