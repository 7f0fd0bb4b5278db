import { childPath } from './json-path';

/** Called for each object or array; returns whether to walk into its children. */
export type JsonVisitor = (node: object, path: string, depth: number) => boolean;

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** A JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return isObject(value) && !Array.isArray(value);
}

/**
 * Visits every object and array inside `value` (itself included, at depth 1), parents before
 * children, in document order. Iterative, so even absurdly deep input cannot overflow the stack.
 */
export function walkJson(value: unknown, path: string, visit: JsonVisitor): void {
  const stack: Array<[object, string, number]> = isObject(value) ? [[value, path, 1]] : [];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, nodePath, depth] = next;
    if (!visit(node, nodePath, depth)) continue;
    const entries = Array.isArray(node) ? [...node.entries()] : Object.entries(node);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [PropertyKey, unknown];
      if (isObject(child)) stack.push([child, childPath(nodePath, key), depth + 1]);
    }
  }
}

/** Path of the first object or array nested deeper than `limit`, if any. */
export function findTooDeep(value: unknown, path: string, limit: number): string | undefined {
  let found: string | undefined;
  walkJson(value, path, (_node, nodePath, depth) => {
    if (depth > limit) found ??= nodePath;
    return depth <= limit;
  });
  return found;
}

/** JSONPath of every object and array in `value`, by identity, to place errors that point at objects. */
export function objectPaths(value: unknown, path: string): Map<object, string> {
  const paths = new Map<object, string>();
  walkJson(value, path, (node, nodePath) => {
    paths.set(node, nodePath);
    return true;
  });
  return paths;
}
