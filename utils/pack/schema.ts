import { z } from '../zod';
import { ID_FORMAT_ERROR, KEBAB_ID_CHECKS, SEMVER_CHECKS } from './ids';
import { PLAIN_TEXT } from './markup';

/** Format tag of a v1 pack file. A future v2 gets its own tag and an upgrade step. */
export const PACK_FORMAT = 'tu-soi/pack@1';

/** Messages of the regex checks: tags that validation (envelope.ts) turns into bilingual text. */
export const FORMAT_ERROR = {
  ...ID_FORMAT_ERROR,
  plainText: 'plain-text',
  visibleText: 'visible-text',
  httpsUrl: 'https-url',
} as const;

/**
 * At least one visible character. Trimming removes spaces but not format characters such as
 * a zero-width space (U+200B) or a soft hyphen, so a text of only those would look empty.
 * Written with \u escapes and no flags so it also works as a JSON Schema `pattern`.
 */
const VISIBLE_TEXT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are invisible, exactly what this class leaves out.
  /[^\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0]/;

/** `new URL` accepts `https:example.org`; a link a member can open has `https://` and a host. */
const HTTPS_WITH_HOST = /^https:\/\/[^/?#\s]/i;

// Classic copies of ids.ts's schemas (same checks), for `.describe` below.
const kebabId = z.string().check(...KEBAB_ID_CHECKS);
const semver = z.string().check(...SEMVER_CHECKS);

/** Text shown to members is never markup (see markup.ts). */
const plainText = z
  .string()
  .trim()
  .regex(VISIBLE_TEXT, { error: FORMAT_ERROR.visibleText })
  .regex(PLAIN_TEXT, { error: FORMAT_ERROR.plainText });

/** Text shown to members: Vietnamese is required, English optional. Always plain text. */
export const localizedText = z.strictObject({
  vi: plainText,
  en: plainText.optional(),
});

const httpsUrl = z
  .url({ protocol: /^https$/, abort: true })
  .regex(HTTPS_WITH_HOST, { error: FORMAT_ERROR.httpsUrl });

/** The document that replaced a source, e.g. QĐ 207-QĐ/TW replacing QĐ 37-QĐ/TW. */
export const replacementSchema = z.strictObject({
  number: plainText.describe('Number of the replacing document as printed.'),
  date: z.iso.date().describe('Date of the replacing document, YYYY-MM-DD.'),
  title: localizedText.optional(),
  url: httpsUrl.optional(),
});

export const SOURCE_STATUSES = ['in-force', 'replaced'] as const;

export const sourceSchema = z.strictObject({
  /** Document number as printed, e.g. "04-NQ/TW". */
  number: plainText.optional(),
  title: localizedText,
  issuer: plainText.optional(),
  date: z.iso.date(),
  url: httpsUrl.optional(),
  /** What the pack takes from the source and how faithfully (verbatim, summary…). */
  note: localizedText.optional(),
  status: z
    .enum(SOURCE_STATUSES)
    .optional()
    .describe('"in-force" (the default) or "replaced"; a replaced source names its replacedBy.'),
  replacedBy: replacementSchema
    .optional()
    .describe('The document that replaced this one; required when status is "replaced".'),
});

export const choiceValueSchema = z.union([z.string(), z.number(), z.boolean()]);

/** Questions that may be counted in anonymous aggregates, by group (e.g. 3 groups of 9). */
export const aggregateGroupSchema = z.strictObject({
  id: kebabId.describe('Group id, unique within the form (kebab-case).'),
  title: localizedText,
  questions: z
    .array(z.string().min(1))
    .min(1)
    .describe(
      'Names of choice questions counted in this group; each question in one group at most.',
    ),
});

/**
 * A yes/no measure derived on the member's device from the counted answers, per group and
 * overall: "has at least one manifestation (partly or fully)". It is what a cell's headline
 * counts (60.6 % in round 1, a few by round 6).
 */
export const aggregateIndicatorSchema = z.strictObject({
  title: localizedText.describe('What the indicator counts, e.g. "Có ít nhất một biểu hiện".'),
  values: z
    .array(choiceValueSchema)
    .min(1)
    .describe('Choice values that count: an answer with one of them sets the indicator.'),
});

export const aggregateSchema = z
  .strictObject({
    groups: z.array(aggregateGroupSchema),
    indicator: aggregateIndicatorSchema.optional(),
  })
  .describe('Which questions may be counted in anonymous aggregates, and how they group.');

/** SurveyJS JSON; checked by survey-core, its linter and our own rules after this envelope. */
export const surveySchema = z
  .record(z.string(), z.unknown())
  .describe('SurveyJS form JSON, limited to the question types the extension renders.');

export const formSchema = z.strictObject({
  id: kebabId.describe('Form id, unique within the pack (kebab-case).'),
  title: localizedText,
  description: localizedText.optional(),
  survey: surveySchema,
  aggregate: aggregateSchema,
});

/** A question name as written in a pack (lineage and parent maps compare them trimmed and NFC). */
const questionName = z.string().min(1);

/** A choice value an old answer is mapped to: choices may have string, number or boolean values. */
/** How answers of one form move from the `from` version to this one. */
export const lineageFormSchema = z.strictObject({
  id: kebabId.describe('Form id, the same in both versions.'),
  renamed: z
    .record(questionName, questionName)
    .optional()
    .describe('Old question name → its name in this version.'),
  choices: z
    .record(questionName, z.record(z.string(), choiceValueSchema))
    .optional()
    .describe('Question name in this version → { old choice value: new choice value }.'),
  removed: z
    .array(questionName)
    .optional()
    .describe('Old question names with no counterpart in this version: their answers are dropped.'),
});

export const lineageEntrySchema = z.strictObject({
  from: semver.describe('An earlier version of this pack id (lower than this version).'),
  forms: z.array(lineageFormSchema).min(1),
});

/** One form of this pack mapped onto a form of the parent pack. */
export const parentFormSchema = z.strictObject({
  id: kebabId.describe('Form of this pack.'),
  parentForm: kebabId.describe('Form of the parent pack.'),
  items: z
    .record(questionName, questionName)
    .describe('Every aggregated question of this form → one aggregated question of parentForm.'),
});

export const parentSchema = z.strictObject({
  id: kebabId.describe('Id of the parent pack.'),
  version: semver.describe('Version of the parent pack the mapping was written against.'),
  forms: z.array(parentFormSchema).min(1),
});

export const packSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(PACK_FORMAT).describe('Pack format tag; this is version 1 of the format.'),
  id: kebabId.describe('Pack id (kebab-case). It stays the same across versions of the pack.'),
  version: semver.describe(
    'Semver version of this pack; a new version is installed as a new pack.',
  ),
  title: localizedText,
  description: localizedText,
  publisher: plainText,
  issued: z.iso.date().describe('Date this version was issued, YYYY-MM-DD.'),
  sources: z.array(sourceSchema).min(1).describe('Documents the pack is based on.'),
  forms: z.array(formSchema).min(1),
  lineage: z
    .array(lineageEntrySchema)
    .optional()
    .describe('How answers move from earlier versions of this pack id to this one.'),
  parent: parentSchema
    .optional()
    .describe('A coarser pack whose aggregated questions this pack refines.'),
});

export type LocalizedText = z.infer<typeof localizedText>;
export type PackSource = z.infer<typeof sourceSchema>;
export type PackForm = z.infer<typeof formSchema>;
export type Pack = z.infer<typeof packSchema>;
export type SurveyJson = PackForm['survey'];
export type PackReplacement = z.infer<typeof replacementSchema>;
export type PackLineageEntry = z.infer<typeof lineageEntrySchema>;
export type PackLineageForm = z.infer<typeof lineageFormSchema>;
export type PackParent = z.infer<typeof parentSchema>;
export type PackParentForm = z.infer<typeof parentFormSchema>;
export type ChoiceValue = z.infer<typeof choiceValueSchema>;
