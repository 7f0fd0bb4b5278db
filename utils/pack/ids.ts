import { z } from '../zod-mini';

/** Messages of the id checks: tags that validation (envelope.ts) turns into bilingual text. */
export const ID_FORMAT_ERROR = { kebabCase: 'kebab-case', semver: 'semver' } as const;

/**
 * The rules of pack, form and group ids and of pack versions, written once as checks: the
 * import schema (schema.ts, classic zod) and the stored-record and round schemas (zod/mini,
 * loaded by the popup and the home) apply these same checks.
 */
export const KEBAB_ID_CHECKS = [
  z.maxLength(64),
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: ID_FORMAT_ERROR.kebabCase }),
];

export const SEMVER_CHECKS = [
  z.regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/, {
    error: ID_FORMAT_ERROR.semver,
  }),
];

/** A kebab-case id, for zod/mini schemas. */
export const kebabId = z.string().check(...KEBAB_ID_CHECKS);

/** A semver version, for zod/mini schemas. */
export const semver = z.string().check(...SEMVER_CHECKS);
