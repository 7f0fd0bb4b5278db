import { RoundFileError } from '../files/errors';
import type { WrappedKey } from '../types';
import { fromBase64Url } from './base64';

export const PASSPHRASE_MIN_LENGTH = 10;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;
/**
 * The range of iterations a wrapped key may state. A backup file states its own cost, and
 * lowering it in a file gains an attacker nothing (decryption fails without the passphrase),
 * so the floor only stops nonsense (0, 1); tests create keys at the floor to stay fast. The
 * ceiling stops a file from freezing the tab for minutes.
 */
export const PBKDF2_MIN_ITERATIONS = 1_000;
export const PBKDF2_MAX_ITERATIONS = 10_000_000;

const SALT_BYTES = 16;
const IV_BYTES = 12;
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

/**
 * A new round key pair: the private key is extractable only long enough to be wrapped under
 * the passphrase; the pair returned is non-extractable.
 */
export async function createRoundKeys(
  passphrase: string,
  options: { iterations?: number } = {},
): Promise<{ keyPair: CryptoKeyPair; publicKey: Uint8Array; wrapped: WrappedKey }> {
  if (passphrase.length < PASSPHRASE_MIN_LENGTH) {
    throw new RangeError(`A passphrase needs at least ${PASSPHRASE_MIN_LENGTH} characters`);
  }
  const iterations = checkIterations(options.iterations ?? PBKDF2_ITERATIONS);
  const temporary = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', temporary.publicKey));
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', temporary.privateKey));
  try {
    const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const kdf = { name: 'PBKDF2', hash: 'SHA-256', iterations, salt } as const;
    const key = await passphraseKey(passphrase, kdf, 'encrypt');
    const ciphertext = new Uint8Array(
      await crypto.subtle.encrypt(gcm(iv, publicKey), key, pkcs8 as BufferSource),
    );
    const keyPair = await importRoundKeyPair(pkcs8, publicKey);
    return { keyPair, publicKey, wrapped: { kdf, iv, ciphertext } };
  } finally {
    pkcs8.fill(0);
  }
}

/**
 * The non-extractable key pair inside a wrapped key. The raw public key is the associated
 * data, so a backup whose public key was swapped does not decrypt either.
 */
export async function unwrapRoundKey(
  wrapped: WrappedKey,
  passphrase: string,
  publicKey: Uint8Array,
): Promise<CryptoKeyPair> {
  checkIterations(wrapped.kdf.iterations);
  const key = await passphraseKey(passphrase, wrapped.kdf, 'decrypt');
  let pkcs8: Uint8Array;
  try {
    pkcs8 = new Uint8Array(
      await crypto.subtle.decrypt(
        gcm(wrapped.iv, publicKey),
        key,
        wrapped.ciphertext as BufferSource,
      ),
    );
  } catch (cause) {
    throw new RoundFileError({ code: 'wrong-passphrase' }, { cause });
  }
  let pair: CryptoKeyPair | undefined;
  try {
    if (await belongsTo(pkcs8, publicKey)) pair = await importRoundKeyPair(pkcs8, publicKey);
  } catch (cause) {
    throw new RoundFileError({ code: 'key-mismatch', kind: 'key-backup' }, { cause });
  } finally {
    pkcs8.fill(0);
  }
  // Only whoever knew the passphrase can make this happen: a crafted or broken file.
  if (!pair) throw new RoundFileError({ code: 'key-mismatch', kind: 'key-backup' });
  return pair;
}

function checkIterations(iterations: number): number {
  if (
    !Number.isInteger(iterations) ||
    iterations < PBKDF2_MIN_ITERATIONS ||
    iterations > PBKDF2_MAX_ITERATIONS
  ) {
    throw new RangeError(`PBKDF2 iterations out of range: ${iterations}`);
  }
  return iterations;
}

async function passphraseKey(
  passphrase: string,
  kdf: WrappedKey['kdf'],
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  // NFC: Vietnamese input methods differ in whether "ể" is one code point or a letter plus
  // combining marks; the same typed passphrase must give the same key.
  const secret = new TextEncoder().encode(passphrase.normalize('NFC'));
  const base = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: kdf.salt as BufferSource, iterations: kdf.iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

function gcm(iv: Uint8Array, publicKey: Uint8Array): AesGcmParams {
  return {
    name: 'AES-GCM',
    iv: iv as BufferSource,
    additionalData: publicKey as BufferSource,
  };
}

/**
 * Whether a decrypted private key is the one of `publicKey`. A non-extractable key cannot be
 * asked, so an extractable copy lives for this check only and its JWK x/y are compared.
 */
async function belongsTo(pkcs8: Uint8Array, publicKey: Uint8Array): Promise<boolean> {
  const copy = await crypto.subtle.importKey('pkcs8', pkcs8 as BufferSource, ECDH, true, [
    'deriveBits',
  ]);
  const jwk = await crypto.subtle.exportKey('jwk', copy);
  const derived = new Uint8Array([
    0x04,
    ...fromBase64Url(jwk.x ?? ''),
    ...fromBase64Url(jwk.y ?? ''),
  ]);
  return derived.length === publicKey.length && derived.every((byte, i) => byte === publicKey[i]);
}

/** The pair @hpke/core needs: private key non-extractable for deriveBits, public key raw. */
async function importRoundKeyPair(
  pkcs8: Uint8Array,
  publicKey: Uint8Array,
): Promise<CryptoKeyPair> {
  const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8 as BufferSource, ECDH, false, [
    'deriveBits',
  ]);
  // Public keys are extractable in WebCrypto anyway; @hpke/core serialises it into the KEM context.
  const pub = await crypto.subtle.importKey('raw', publicKey as BufferSource, ECDH, true, []);
  return { privateKey, publicKey: pub };
}
