import * as panva from 'hpke';
import { describe, expect, it } from 'vitest';
import { fileError, testKeys } from '../files/test-utils';
import { openFromRound, sealToRound } from './hpke';

const text = (value: string) => new TextEncoder().encode(value);
const keys = testKeys;
const flip = (bytes: Uint8Array, index: number) => {
  const copy = bytes.slice();
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
};

describe('HPKE to a round key', () => {
  it('opens with a fresh non-extractable pair every time (the @hpke/core trap), 40 pairs', async () => {
    for (let round = 0; round < 40; round += 1) {
      const { keyPair, publicKey } = await keys();
      expect(keyPair.privateKey.extractable).toBe(false);
      const plaintext = text(`payload ${round}`);
      const sealed = await sealToRound(publicKey, plaintext, text('header'));
      expect(sealed.enc).toHaveLength(65);
      expect(sealed.ciphertext).toHaveLength(plaintext.length + 16);
      const opened = await openFromRound(keyPair, sealed.enc, sealed.ciphertext, text('header'));
      expect(opened).toEqual(plaintext);
    }
  });

  it('refuses another round key, other associated data and any flipped byte', async () => {
    const { keyPair, publicKey } = await keys();
    const other = await keys();
    const aad = text('header');
    const { enc, ciphertext } = await sealToRound(publicKey, text('payload'), aad);
    const attempts: Array<[CryptoKeyPair, Uint8Array, Uint8Array, Uint8Array]> = [
      [other.keyPair, enc, ciphertext, aad],
      [keyPair, enc, ciphertext, text('headex')],
      [keyPair, flip(enc, 1), ciphertext, aad],
      [keyPair, flip(enc, 64), ciphertext, aad],
      [keyPair, enc, flip(ciphertext, 0), aad],
      [keyPair, enc, flip(ciphertext, ciphertext.length - 1), aad],
    ];
    for (const [pair, e, c, a] of attempts) {
      const details = await fileError(() => openFromRound(pair, e, c, a));
      expect(details).toEqual({ code: 'undecryptable' });
    }
    // The unchanged inputs still open: the refusals above were caused by the changes.
    expect(await openFromRound(keyPair, enc, ciphertext, aad)).toEqual(text('payload'));
  });

  it('keeps the cause of a refusal', async () => {
    const { keyPair, publicKey } = await keys();
    const { enc, ciphertext } = await sealToRound(publicKey, text('x'), text('a'));
    const error = await openFromRound(keyPair, enc, ciphertext, text('b')).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'RoundFileError', code: 'undecryptable' });
    expect((error as Error).cause).toBeInstanceOf(Error);
  });

  it('interoperates with an independent HPKE implementation (panva/hpke)', async () => {
    const { keyPair, publicKey } = await keys();
    const suite = new panva.CipherSuite(
      panva.KEM_DHKEM_P256_HKDF_SHA256,
      panva.KDF_HKDF_SHA256,
      panva.AEAD_AES_128_GCM,
    );
    const info = text('tu-soi/contribution@1');
    const aad = text('header');
    const { enc, ciphertext } = await sealToRound(publicKey, text('từ @hpke/core'), aad);
    const opened = await suite.Open(keyPair, enc, ciphertext, { aad, info });
    expect(new TextDecoder().decode(opened)).toBe('từ @hpke/core');

    const recipient = await suite.DeserializePublicKey(publicKey);
    const sealed = await suite.Seal(recipient, text('từ hpke'), { aad, info });
    const back = await openFromRound(keyPair, sealed.encapsulatedSecret, sealed.ciphertext, aad);
    expect(new TextDecoder().decode(back)).toBe('từ hpke');
  });
});
