import { z } from '../zod';

/** Format tag of a v1 pack file. A future v2 gets its own tag and an upgrade step. */
export const PACK_FORMAT = 'tu-soi/pack@1';

export const kebabId = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'kebab-case' });

export const semver = z
  .string()
  .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/, { error: 'semver' });

/** Text shown to members: Vietnamese is required, English optional. Always plain text. */
export const localizedText = z.strictObject({
  vi: z.string().trim().min(1),
  en: z.string().trim().min(1).optional(),
});

export const sourceSchema = z.strictObject({
  /** Document number as printed, e.g. "04-NQ/TW". */
  number: z.string().trim().min(1).optional(),
  title: localizedText,
  issuer: z.string().trim().min(1).optional(),
  date: z.iso.date(),
  url: z.url({ protocol: /^https$/ }).optional(),
  /** What the pack takes from the source and how faithfully (verbatim, summary…). */
  note: localizedText.optional(),
});

/** Questions that may be counted in anonymous aggregates, by group (e.g. 3 groups of 9). */
export const aggregateGroupSchema = z.strictObject({
  id: kebabId,
  title: localizedText,
  questions: z.array(z.string().min(1)).min(1),
});

export const aggregateSchema = z.strictObject({
  groups: z.array(aggregateGroupSchema),
});

export const formSchema = z.strictObject({
  id: kebabId,
  title: localizedText,
  description: localizedText.optional(),
  /** SurveyJS JSON; checked by survey-core, its linter and our own rules after this envelope. */
  survey: z.record(z.string(), z.unknown()),
  aggregate: aggregateSchema,
});

export const packSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(PACK_FORMAT),
  id: kebabId,
  version: semver,
  title: localizedText,
  description: localizedText,
  publisher: z.string().trim().min(1),
  issued: z.iso.date(),
  sources: z.array(sourceSchema).min(1),
  forms: z.array(formSchema).min(1),
});

export type LocalizedText = z.infer<typeof localizedText>;
export type PackSource = z.infer<typeof sourceSchema>;
export type PackForm = z.infer<typeof formSchema>;
export type Pack = z.infer<typeof packSchema>;
export type SurveyJson = PackForm['survey'];
