import type { TextPosition } from './messages';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})/y;
const LITERALS = ['true', 'false', 'null'];

/**
 * Offset of the first JSON syntax error in `text`, or undefined if there is none.
 * Engines word `JSON.parse` errors differently and often omit the position, so we find it
 * ourselves. Iterative (explicit stack) so deeply nested input cannot overflow the call stack.
 */
export function findJsonSyntaxError(text: string): number | undefined {
  const containers: string[] = [];
  let i = 0;
  const skipWhitespace = () => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(text);
    i = WHITESPACE.lastIndex;
  };
  const scan = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  const scanString = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) return false;
      if (text[i] === '\\') {
        if (!scan(ESCAPE)) return false;
      } else i++;
    }
    if (i >= text.length) return false;
    i++;
    return true;
  };
  const scanKey = (): boolean => {
    skipWhitespace();
    if (!scanString()) return false;
    skipWhitespace();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };

  // Each turn reads one value (opening containers as it goes), then closes containers and
  // consumes separators until another value — or an object key — is due.
  for (;;) {
    skipWhitespace();
    const char = text[i];
    if (char === '{' || char === '[') {
      containers.push(char);
      i++;
      skipWhitespace();
      if (text[i] === (char === '{' ? '}' : ']')) {
        containers.pop();
        i++;
      } else if (char === '[' || scanKey()) continue;
      else return i;
    } else if (char === '"') {
      if (!scanString()) return i;
    } else if (!scan(NUMBER)) {
      const literal = LITERALS.find((word) => text.startsWith(word, i));
      if (!literal) return i;
      i += literal.length;
    }

    for (;;) {
      skipWhitespace();
      const container = containers.at(-1);
      if (container === undefined) return i < text.length ? i : undefined;
      const close = container === '{' ? '}' : ']';
      if (text[i] === close) {
        containers.pop();
        i++;
        continue;
      }
      if (text[i] !== ',') return i;
      i++;
      if (container === '{' && !scanKey()) return i;
      break;
    }
  }
}

/** Line and column (both from 1) of an offset, and the character found there. */
export function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    line: before.split('\n').length,
    column: offset - lineStart + 1,
    found: offset < text.length ? String.fromCodePoint(text.codePointAt(offset) ?? 0) : undefined,
  };
}
