/** JSONPath of the document root; every issue path starts here. */
export const ROOT_PATH = '$';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `$.a` + `b` → `$.a.b`; `0` → `$.a[0]`; keys that are not identifiers → `$.a['b c']`. */
export function childPath(parent: string, key: PropertyKey): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  const name = String(key);
  if (IDENTIFIER.test(name)) return `${parent}.${name}`;
  return `${parent}['${name.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}']`;
}

export function pathOf(segments: readonly PropertyKey[], base = ROOT_PATH): string {
  return segments.reduce<string>(childPath, base);
}
