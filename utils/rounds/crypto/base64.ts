/**
 * base64url without padding (RFC 4648 §5), the encoding of every byte field in round files.
 * `atob` alone is lenient (whitespace, padding, stray bits), so decoding is strict: a file
 * that was altered in its encoding is refused instead of read as something else.
 */

const ALPHABET = /^[A-Za-z0-9_-]*$/;
// String.fromCharCode takes its bytes as arguments; keep each call well below engine limits.
const CHUNK = 0x8000;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Throws SyntaxError for anything that is not the canonical unpadded encoding of some bytes. */
export function fromBase64Url(text: string): Uint8Array {
  if (!ALPHABET.test(text) || text.length % 4 === 1) {
    throw new SyntaxError('Not base64url without padding');
  }
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  // Unused low bits of the last character must be zero, or two texts would mean the same bytes.
  if (toBase64Url(bytes) !== text) throw new SyntaxError('Not canonical base64url');
  return bytes;
}
