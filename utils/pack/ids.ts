import { z } from '../zod';

/** Messages of the id checks: tags that validation (envelope.ts) turns into bilingual text. */
export const ID_FORMAT_ERROR = { kebabCase: 'kebab-case', semver: 'semver' } as const;

// Apart from the pack schema (schema.ts): stored records and round files check ids and versions
// too, and the popup and the home read those without loading the pack schema.

/** A pack, form or group id: kebab-case. */
export const kebabId = z
  .string()
  .check(
    z.maxLength(64),
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: ID_FORMAT_ERROR.kebabCase }),
  );

/** A pack version: semver. */
export const semver = z.string().check(
  z.regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/, {
    error: ID_FORMAT_ERROR.semver,
  }),
);
