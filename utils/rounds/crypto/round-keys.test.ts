import { describe, expect, it } from 'vitest';
import { fileError, TEST_ITERATIONS, TEST_PASSPHRASE, testKeys } from '../files/test-utils';
import type { WrappedKey } from '../types';
import { openFromRound, sealToRound } from './hpke';
import {
  createRoundKeys,
  PASSPHRASE_MIN_LENGTH,
  PBKDF2_ITERATIONS,
  unwrapRoundKey,
} from './round-keys';

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
const text = (value: string) => new TextEncoder().encode(value);
const keys = testKeys;

/** The contract's wrapping written again here: PBKDF2-SHA-256 → AES-256-GCM, aad = public key. */
async function wrapByHand(pkcs8: Uint8Array, publicKey: Uint8Array): Promise<WrappedKey> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const base = await crypto.subtle.importKey('raw', text(TEST_PASSPHRASE), 'PBKDF2', false, [
    'deriveKey',
  ]);
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: TEST_ITERATIONS },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: publicKey as BufferSource },
      key,
      pkcs8 as BufferSource,
    ),
  );
  return {
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: TEST_ITERATIONS, salt },
    iv,
    ciphertext,
  };
}

async function extractablePair() {
  const pair = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  return {
    pkcs8: new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)),
    publicKey: new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)),
  };
}

describe('createRoundKeys', () => {
  it('wraps with 600 000 iterations by default, a 16-byte salt and a 12-byte IV', async () => {
    const { keyPair, publicKey, wrapped } = await createRoundKeys(TEST_PASSPHRASE);
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(wrapped.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(wrapped.kdf.salt).toHaveLength(16);
    expect(wrapped.iv).toHaveLength(12);
    expect(publicKey).toHaveLength(65);
    expect(publicKey[0]).toBe(0x04);
    expect(keyPair.privateKey.extractable).toBe(false);
    expect(keyPair.privateKey.usages).toEqual(['deriveBits']);
    expect(new Uint8Array(await crypto.subtle.exportKey('raw', keyPair.publicKey))).toEqual(
      publicKey,
    );
  });

  it('uses fresh randomness for every round', async () => {
    const [a, b] = await Promise.all([keys(), keys()]);
    expect(a.publicKey).not.toEqual(b.publicKey);
    expect(a.wrapped.kdf.salt).not.toEqual(b.wrapped.kdf.salt);
    expect(a.wrapped.iv).not.toEqual(b.wrapped.iv);
  });

  it('refuses a short passphrase and nonsense iterations', async () => {
    const short = 'x'.repeat(PASSPHRASE_MIN_LENGTH - 1);
    await expect(keys(short)).rejects.toBeInstanceOf(RangeError);
    await expect(createRoundKeys(TEST_PASSPHRASE, { iterations: 999 })).rejects.toBeInstanceOf(
      RangeError,
    );
  });
});

describe('unwrapRoundKey', () => {
  it('restores a non-extractable pair that opens what was sealed before', async () => {
    const { publicKey, wrapped } = await keys();
    const sealed = await sealToRound(publicKey, text('trước khi khôi phục'), text('aad'));
    const restored = await unwrapRoundKey(wrapped, TEST_PASSPHRASE, publicKey);
    expect(restored.privateKey.extractable).toBe(false);
    expect(restored.privateKey.usages).toEqual(['deriveBits']);
    expect(restored.publicKey.usages).toEqual([]);
    const opened = await openFromRound(restored, sealed.enc, sealed.ciphertext, text('aad'));
    expect(new TextDecoder().decode(opened)).toBe('trước khi khôi phục');
  });

  it('refuses a wrong passphrase', async () => {
    const { publicKey, wrapped } = await keys();
    const details = await fileError(() => unwrapRoundKey(wrapped, 'mật khẩu đủ dàj', publicKey));
    expect(details).toEqual({ code: 'wrong-passphrase' });
  });

  it('accepts the passphrase typed with combining marks (another Vietnamese input method)', async () => {
    const { publicKey, wrapped } = await keys(TEST_PASSPHRASE.normalize('NFC'));
    const decomposed = TEST_PASSPHRASE.normalize('NFD');
    expect(decomposed).not.toBe(TEST_PASSPHRASE.normalize('NFC'));
    const restored = await unwrapRoundKey(wrapped, decomposed, publicKey);
    expect(restored.privateKey.type).toBe('private');
  });

  it('refuses another public key, a changed salt, IV or ciphertext as a wrong passphrase', async () => {
    const { publicKey, wrapped } = await keys();
    const other = await keys();
    const flipped = (bytes: Uint8Array) => bytes.map((byte, i) => (i === 0 ? byte ^ 1 : byte));
    const variants: Array<[WrappedKey, Uint8Array]> = [
      [wrapped, other.publicKey],
      [{ ...wrapped, kdf: { ...wrapped.kdf, salt: flipped(wrapped.kdf.salt) } }, publicKey],
      [{ ...wrapped, iv: flipped(wrapped.iv) }, publicKey],
      [{ ...wrapped, ciphertext: flipped(wrapped.ciphertext) }, publicKey],
      [{ ...wrapped, kdf: { ...wrapped.kdf, iterations: TEST_ITERATIONS + 1 } }, publicKey],
    ];
    for (const [variant, key] of variants) {
      const details = await fileError(() => unwrapRoundKey(variant, TEST_PASSPHRASE, key));
      expect(details).toEqual({ code: 'wrong-passphrase' });
    }
  });

  it('unwraps a key wrapped by hand to the contract, and refuses one of another public key', async () => {
    const own = await extractablePair();
    const restored = await unwrapRoundKey(
      await wrapByHand(own.pkcs8, own.publicKey),
      TEST_PASSPHRASE,
      own.publicKey,
    );
    expect(restored.privateKey.extractable).toBe(false);

    // Encrypted under the right passphrase and public key, but holding another private key.
    const stranger = await extractablePair();
    const crafted = await wrapByHand(stranger.pkcs8, own.publicKey);
    const details = await fileError(() => unwrapRoundKey(crafted, TEST_PASSPHRASE, own.publicKey));
    expect(details).toEqual({ code: 'key-mismatch', kind: 'key-backup' });
  });

  it('refuses iterations outside the accepted range before deriving anything', async () => {
    const { publicKey, wrapped } = await keys();
    for (const iterations of [999, 10_000_001, 1.5]) {
      const variant = { ...wrapped, kdf: { ...wrapped.kdf, iterations } };
      await expect(unwrapRoundKey(variant, TEST_PASSPHRASE, publicKey)).rejects.toBeInstanceOf(
        RangeError,
      );
    }
  });
});
