import { z } from '../zod';
import { ID_FORMAT_ERROR, kebabId, semver } from './ids';
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

/** A schema with a description for the JSON Schema (a copy: `schema` itself is left as it is). */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.describe(description));
}

/** Text shown to members is never markup (see markup.ts). */
const plainText = z
  .string()
  .check(
    z.trim(),
    z.regex(VISIBLE_TEXT, { error: FORMAT_ERROR.visibleText }),
    z.regex(PLAIN_TEXT, { error: FORMAT_ERROR.plainText }),
  );

/** Text shown to members: Vietnamese is required, English optional. Always plain text. */
export const localizedText = z.strictObject({
  vi: plainText,
  en: z.optional(plainText),
});

const httpsUrl = z
  .url({ protocol: /^https$/, abort: true })
  .check(z.regex(HTTPS_WITH_HOST, { error: FORMAT_ERROR.httpsUrl }));

/** The document that replaced a source, e.g. QĐ 207-QĐ/TW replacing QĐ 37-QĐ/TW. */
export const replacementSchema = z.strictObject({
  number: described(plainText, 'Number of the replacing document as printed.'),
  date: described(z.iso.date(), 'Date of the replacing document, YYYY-MM-DD.'),
  title: z.optional(localizedText),
  url: z.optional(httpsUrl),
});

export const SOURCE_STATUSES = ['in-force', 'replaced'] as const;

export const sourceSchema = z.strictObject({
  /** Document number as printed, e.g. "04-NQ/TW". */
  number: z.optional(plainText),
  title: localizedText,
  issuer: z.optional(plainText),
  date: z.iso.date(),
  url: z.optional(httpsUrl),
  /** What the pack takes from the source and how faithfully (verbatim, summary…). */
  note: z.optional(localizedText),
  status: described(
    z.optional(z.enum(SOURCE_STATUSES)),
    '"in-force" (the default) or "replaced"; a replaced source names its replacedBy.',
  ),
  replacedBy: described(
    z.optional(replacementSchema),
    'The document that replaced this one; required when status is "replaced".',
  ),
});

export const choiceValueSchema = z.union([z.string(), z.number(), z.boolean()]);

/** Questions that may be counted in anonymous aggregates, by group (e.g. 3 groups of 9). */
export const aggregateGroupSchema = z.strictObject({
  id: described(kebabId, 'Group id, unique within the form (kebab-case).'),
  title: localizedText,
  questions: described(
    z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    'Names of choice questions counted in this group; each question in one group at most.',
  ),
});

/**
 * A yes/no measure derived on the member's device from the counted answers, per group and
 * overall: "has at least one manifestation (partly or fully)". It is what a cell's headline
 * counts (60.6 % in round 1, a few by round 6).
 */
export const aggregateIndicatorSchema = z.strictObject({
  title: described(localizedText, 'What the indicator counts, e.g. "Có ít nhất một biểu hiện".'),
  values: described(
    z.array(choiceValueSchema).check(z.minLength(1)),
    'Choice values that count: an answer with one of them sets the indicator.',
  ),
});

export const aggregateSchema = described(
  z.strictObject({
    groups: z.array(aggregateGroupSchema),
    indicator: z.optional(aggregateIndicatorSchema),
  }),
  'Which questions may be counted in anonymous aggregates, and how they group.',
);

/** SurveyJS JSON; checked by survey-core, its linter and our own rules after this envelope. */
export const surveySchema = described(
  z.record(z.string(), z.unknown()),
  'SurveyJS form JSON, limited to the question types the extension renders.',
);

export const formSchema = z.strictObject({
  id: described(kebabId, 'Form id, unique within the pack (kebab-case).'),
  title: localizedText,
  description: z.optional(localizedText),
  survey: surveySchema,
  aggregate: aggregateSchema,
});

/** A question name as written in a pack (lineage and parent maps compare them trimmed and NFC). */
const questionName = z.string().check(z.minLength(1));

/** A choice value an old answer is mapped to: choices may have string, number or boolean values. */
/** How answers of one form move from the `from` version to this one. */
export const lineageFormSchema = z.strictObject({
  id: described(kebabId, 'Form id, the same in both versions.'),
  renamed: described(
    z.optional(z.record(questionName, questionName)),
    'Old question name → its name in this version.',
  ),
  choices: described(
    z.optional(z.record(questionName, z.record(z.string(), choiceValueSchema))),
    'Question name in this version → { old choice value: new choice value }.',
  ),
  removed: described(
    z.optional(z.array(questionName)),
    'Old question names with no counterpart in this version: their answers are dropped.',
  ),
});

export const lineageEntrySchema = z.strictObject({
  from: described(semver, 'An earlier version of this pack id (lower than this version).'),
  forms: z.array(lineageFormSchema).check(z.minLength(1)),
});

/** One form of this pack mapped onto a form of the parent pack. */
export const parentFormSchema = z.strictObject({
  id: described(kebabId, 'Form of this pack.'),
  parentForm: described(kebabId, 'Form of the parent pack.'),
  items: described(
    z.record(questionName, questionName),
    'Every aggregated question of this form → one aggregated question of parentForm.',
  ),
});

export const parentSchema = z.strictObject({
  id: described(kebabId, 'Id of the parent pack.'),
  version: described(semver, 'Version of the parent pack the mapping was written against.'),
  forms: z.array(parentFormSchema).check(z.minLength(1)),
});

export const packSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: described(z.literal(PACK_FORMAT), 'Pack format tag; this is version 1 of the format.'),
  id: described(kebabId, 'Pack id (kebab-case). It stays the same across versions of the pack.'),
  version: described(
    semver,
    'Semver version of this pack; a new version is installed as a new pack.',
  ),
  title: localizedText,
  description: localizedText,
  publisher: plainText,
  issued: described(z.iso.date(), 'Date this version was issued, YYYY-MM-DD.'),
  sources: described(
    z.array(sourceSchema).check(z.minLength(1)),
    'Documents the pack is based on.',
  ),
  forms: z.array(formSchema).check(z.minLength(1)),
  lineage: described(
    z.optional(z.array(lineageEntrySchema)),
    'How answers move from earlier versions of this pack id to this one.',
  ),
  parent: described(
    z.optional(parentSchema),
    'A coarser pack whose aggregated questions this pack refines.',
  ),
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
