import type { RandomisedTruth } from '../types';
import { forcedResponse, truthFraction } from './forced-response';
import { assertBound, type Below } from './random';

/**
 * The permanent (memoised) layer, RAPPOR-style: deterministic in (memo key, series, item, value),
 * so an unchanged answer gives the same report in every round of the series and a repeat reveals
 * nothing new; a changed answer gets a fresh, independent report.
 *
 * Derivation (also in docs/privacy.md):
 *   message  = UTF-8 of `${seriesId}\0${itemKey}\0${valueKey}`
 *   block 0  = HMAC-SHA-256(memoKey, message)
 *   block i  = HMAC-SHA-256(memoKey, message ‖ UTF-8 `\0${i}`)   (i = 1, 2, … only if needed)
 *   stream   = block 0 ‖ block 1 ‖ …, read as big-endian uint32 words
 *   below(n) = next word w with w < 2^32 − (2^32 mod n) (others skipped), as w mod n
 *   coin     = below(2) < 1 (t = 1/2) or below(4) < 3 (t = 3/4): truthful value if true,
 *              else the value with index below(m).
 */
export interface PermanentInput {
  memoKey: CryptoKey;
  seriesId: string;
  /** `item:<name>`, `item:<name>:<valueKey>` (checkbox bit), `indicator:overall`, `indicator:group:<id>`. */
  itemKey: string;
  /** JSON.stringify of the truthful value (or bit). */
  valueKey: string;
  /** Index of the truthful value among the m. */
  truthful: number;
  m: number;
  truth: RandomisedTruth;
}

export async function permanentReport(input: PermanentInput): Promise<number> {
  const message = `${input.seriesId}\0${input.itemKey}\0${input.valueKey}`;
  const blocks: Uint8Array[] = [];
  for (;;) {
    const counter = blocks.length;
    blocks.push(await hmac(input.memoKey, counter === 0 ? message : `${message}\0${counter}`));
    try {
      return forcedResponse(
        input.truthful,
        input.m,
        truthFraction(input.truth),
        streamBelow(concat(blocks)),
      );
    } catch (error) {
      // Reading again from the start over a longer stream gives the same prefix, so the result
      // is what an endless stream would give.
      if (!(error instanceof StreamExhausted)) throw error;
    }
  }
}

export class StreamExhausted extends Error {
  override name = 'StreamExhausted';
}

/** Uniform integers read from a finite byte stream; throws StreamExhausted at its end. */
export function streamBelow(bytes: Uint8Array): Below {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  return (n) => {
    assertBound(n);
    const limit = 2 ** 32 - (2 ** 32 % n);
    for (;;) {
      if (offset + 4 > bytes.byteLength) throw new StreamExhausted('HMAC stream used up');
      const word = view.getUint32(offset);
      offset += 4;
      if (word < limit) return word % n;
    }
  };
}

async function hmac(key: CryptoKey, message: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(message)));
}

function concat(blocks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(blocks.reduce((sum, block) => sum + block.byteLength, 0));
  let offset = 0;
  for (const block of blocks) {
    out.set(block, offset);
    offset += block.byteLength;
  }
  return out;
}
