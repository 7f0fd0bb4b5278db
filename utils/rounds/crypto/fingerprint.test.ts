import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { roundFingerprint } from './fingerprint';

const KEY = Uint8Array.from({ length: 65 }, (_, i) => (i === 0 ? 0x04 : i));
const ROUND = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** The contract's definition, written again with Node's own hash. */
function expected(publicKey: Uint8Array, roundId: string): string {
  const digest = createHash('sha256')
    .update(`tu-soi/round-key@1\0${roundId}\0`, 'utf8')
    .update(publicKey)
    .digest();
  const digits = (digest.readBigUInt64BE(0) % 10n ** 16n).toString().padStart(16, '0');
  return digits.match(/.{4}/g)?.join(' ') ?? '';
}

describe('roundFingerprint', () => {
  it('is SHA-256 over the label, round id and key, as 16 digits in groups of 4', async () => {
    const fingerprint = await roundFingerprint(KEY, ROUND);
    expect(fingerprint).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    expect(fingerprint).toBe(expected(KEY, ROUND));
    // Computed once with Python's hashlib, a third implementation.
    expect(fingerprint).toBe('1131 8415 1045 0972');
  });

  it('changes when any byte of the key changes', async () => {
    const original = await roundFingerprint(KEY, ROUND);
    for (let i = 0; i < KEY.length; i += 1) {
      const key = KEY.slice();
      key[i] = (key[i] ?? 0) ^ 0x80;
      expect(await roundFingerprint(key, ROUND)).not.toBe(original);
    }
  });

  it('changes when one character of the round id changes', async () => {
    const original = await roundFingerprint(KEY, ROUND);
    for (const round of ['1f8fad5b-d9cb-469f-a165-70867728950e', `${ROUND.slice(0, -1)}f`]) {
      expect(await roundFingerprint(KEY, round)).not.toBe(original);
      expect(await roundFingerprint(KEY, round)).toBe(expected(KEY, round));
    }
  });

  it('keeps leading zeros', async () => {
    // Search a round id whose number is below 10^15: the first group then starts with 0.
    for (let i = 0; ; i += 1) {
      const round = `${ROUND.slice(0, -4)}${i.toString(16).padStart(4, '0')}`;
      if (expected(KEY, round).startsWith('0')) {
        expect(await roundFingerprint(KEY, round)).toBe(expected(KEY, round));
        return;
      }
    }
  });
});
