import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('base64url', () => {
  it('encodes the RFC 4648 vectors without padding', () => {
    expect(
      ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map((t) => toBase64Url(bytes(t))),
    ).toEqual(['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy']);
    expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });

  it('agrees with Node for every length up to 70 and for a large buffer', () => {
    const inputs = Array.from({ length: 71 }, (_, n) => crypto.getRandomValues(new Uint8Array(n)));
    // Longer than one String.fromCharCode chunk, with every byte value.
    inputs.push(Uint8Array.from({ length: 200_001 }, (_, i) => (i * 7) % 256));
    for (const input of inputs) {
      const text = toBase64Url(input);
      expect(text).toBe(Buffer.from(input).toString('base64url'));
      // Buffer comparison: a deep equal of 200 000 elements takes seconds.
      expect(Buffer.from(fromBase64Url(text)).equals(input)).toBe(true);
    }
  });

  it.each([
    ['padding', 'Zm8='],
    ['standard alphabet', 'ab+/'],
    ['whitespace', 'Zm9v Yg'],
    ['a newline', 'Zm9v\nYg'],
    ['an impossible length', 'Zm9vY'],
    ['stray low bits', 'Zm9'],
    ['non-ASCII', 'Zm9vé'],
  ])('refuses %s', (_name, text) => {
    expect(() => fromBase64Url(text)).toThrow(SyntaxError);
  });
});
