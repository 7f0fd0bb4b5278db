/**
 * Characters that only appear when a file was not read as UTF-8: U+FFFD is what lenient
 * decoders (the browser's `File.text()`, Node's `readFile(…, 'utf8')`) put in place of bytes
 * that are not UTF-8, and NUL is half of every ASCII character saved as UTF-16. Neither
 * belongs in a pack, and JSON forbids a raw NUL anyway.
 */
const NOT_UTF8 = ['\uFFFD', '\u0000'];

/** Offset of the first sign that `text` was decoded from something other than UTF-8. */
export function findEncodingError(text: string): number | undefined {
  const offsets = NOT_UTF8.map((char) => text.indexOf(char)).filter((offset) => offset >= 0);
  return offsets.length === 0 ? undefined : Math.min(...offsets);
}

export type DecodeResult = { ok: true; text: string } | { ok: false; text: string };

/**
 * Decodes UTF-8 strictly (a UTF-8 byte order mark is dropped). When the bytes are not UTF-8,
 * `text` is the lenient decoding instead, so that the first bad spot can still be located.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, text: new TextDecoder('utf-8').decode(bytes) };
  }
}
