import type { z } from '../../zod';
import { RoundFileError, type RoundFileKind } from './errors';

// fatal: bytes that are not UTF-8 are refused, not read with U+FFFD in their place.
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The JSON value of a round file; its size is checked before a single byte is decoded. */
export function readJsonFile(bytes: Uint8Array, kind: RoundFileKind, max: number): unknown {
  if (bytes.length > max) {
    throw new RoundFileError({ code: 'too-large', kind, size: bytes.length, max });
  }
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch (cause) {
    throw new RoundFileError({ code: 'not-json', kind }, { cause });
  }
}

/** The parsed value, or `wrong-format` naming the first bad place as a JSON path. */
export function parseFile<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  kind: RoundFileKind,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw wrongFormat(kind, firstIssuePath(result.error));
}

export function wrongFormat(kind: RoundFileKind, path: string, cause?: unknown): RoundFileError {
  return new RoundFileError({ code: 'wrong-format', kind, path }, { cause });
}

function firstIssuePath(error: z.core.$ZodError): string {
  const [issue] = error.issues;
  if (!issue) return '$';
  // An unknown key is reported at its object; name the key itself.
  const path =
    issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path;
  return jsonPath(path);
}

/** `$.header.pack.id`, `$.items[2]`; keys that are not identifiers as `$["a b"]`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${text}.${name}` : `${text}[${JSON.stringify(name)}]`;
  }, '$');
}
