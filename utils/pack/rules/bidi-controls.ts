import { type PackIssue, packIssue } from '../issues';
import { childPath } from '../json-path';
import { walkJson } from '../json-walk';
import { BIDI_CONTROL, codePoint } from '../look-alike';

/**
 * No bidirectional embedding, override or isolate controls (U+202A–U+202E, U+2066–U+2069)
 * anywhere in a pack: texts, names, values, keys. They reorder how text is shown, so a name
 * or a sentence can read differently from what it is ("Trojan Source"). Each one is reported
 * with its JSON path and its offset in the string.
 */
export function bidiControlIssues(json: unknown, rootPath: string): PackIssue[] {
  const issues: PackIssue[] = [];
  const check = (text: string, path: string) => {
    for (const match of text.matchAll(BIDI_CONTROL)) {
      issues.push(
        packIssue(path, 'text.bidi-control', {
          codePoint: codePoint(match[0]),
          offset: match.index,
        }),
      );
    }
  };
  if (typeof json === 'string') check(json, rootPath);
  walkJson(json, rootPath, (node, path) => {
    for (const [key, value] of Object.entries(node)) {
      const valuePath = childPath(path, Array.isArray(node) ? Number(key) : key);
      if (!Array.isArray(node)) check(key, valuePath);
      if (typeof value === 'string') check(value, valuePath);
    }
    return true;
  });
  return issues;
}
