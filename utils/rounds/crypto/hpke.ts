import { Aes128Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';
import { RoundFileError } from '../files/errors';

/** RFC 9180 base mode, DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-128-GCM. */
const suite = new CipherSuite({
  kem: new DhkemP256HkdfSha256(),
  kdf: new HkdfSha256(),
  aead: new Aes128Gcm(),
});

/** Binds every ciphertext to this use, so it cannot be replayed into another HPKE protocol. */
const INFO = new TextEncoder().encode('tu-soi/contribution@1');

/** Encrypts to a round's raw (65-byte, uncompressed) P-256 public key. */
export async function sealToRound(
  publicKey: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
): Promise<{ enc: Uint8Array; ciphertext: Uint8Array }> {
  const recipientPublicKey = await suite.kem.deserializePublicKey(publicKey);
  const sender = await suite.createSenderContext({ recipientPublicKey, info: INFO });
  const ciphertext = new Uint8Array(await sender.seal(plaintext, aad));
  return { enc: new Uint8Array(sender.enc), ciphertext };
}

/**
 * Decrypts with the round's key pair. The PAIR, not the private key alone: with a bare
 * non-extractable private key @hpke/core guesses the public key and fails about half the
 * time (stack-findings.md, "Secretary-loop libraries").
 */
export async function openFromRound(
  keyPair: CryptoKeyPair,
  enc: Uint8Array,
  ciphertext: Uint8Array,
  aad: Uint8Array,
): Promise<Uint8Array> {
  try {
    const recipient = await suite.createRecipientContext({
      recipientKey: keyPair,
      enc,
      info: INFO,
    });
    return new Uint8Array(await recipient.open(ciphertext, aad));
  } catch (cause) {
    throw new RoundFileError({ code: 'undecryptable' }, { cause });
  }
}
