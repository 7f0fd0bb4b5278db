import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, positionAt } from './json-syntax';

describe('findJsonSyntaxError', () => {
  it.each([
    '{}',
    '[]',
    ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"], "b": {"c": {}}} ',
    '"text"',
    '0',
  ])('finds nothing in valid JSON %s', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findJsonSyntaxError(text)).toBeUndefined();
  });

  it.each([
    ['{"a": 1,}', 8],
    ['[1, 2,]', 6],
    ['{"a" 1}', 5],
    ["{'a': 1}", 1],
    ['{"a": tru}', 6],
    ['{"a": 01}', 7],
    ['{"a": "x\ty"}', 8],
    ['{"a": "\\x"}', 7],
    ['{"a": 1} {}', 9],
    ['{"a": [1, 2}', 11],
    ['{"a": 1', 7],
    ['"open', 5],
    ['', 0],
  ])('finds the error in %j at offset %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonSyntaxError(text)).toBe(offset);
  });

  it('handles nesting far deeper than the call stack allows', () => {
    const depth = 200_000;
    const text = `${'['.repeat(depth)}${']'.repeat(depth - 1)}`;
    expect(findJsonSyntaxError(text)).toBe(text.length);
  });
});

describe('positionAt', () => {
  it('counts lines and columns from 1 and names the character found', () => {
    expect(positionAt('{\n  "a": x\n}', 9)).toEqual({ line: 2, column: 8, found: 'x' });
  });

  it('reports the end of the text as found: undefined', () => {
    expect(positionAt('{"a": 1', 7)).toEqual({ line: 1, column: 8, found: undefined });
  });
});
