import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../crypto/base64';
import { unwrapRoundKey } from '../crypto/round-keys';
import type { KeyBackup } from '../types';
import { contributionFile, openContributionFile } from './contribution';
import { KEY_BACKUP_FORMAT, keyBackupFile, readKeyBackupFile } from './key-backup';
import {
  editJson,
  fileError,
  jsonAt,
  TEST_ITERATIONS,
  TEST_PASSPHRASE,
  testHeader,
  testKeys,
  testPack,
  testRound,
} from './test-utils';

let backup: KeyBackup;
let keyPair: CryptoKeyPair;
let file: Uint8Array;

beforeAll(async () => {
  const keys = await testKeys();
  keyPair = keys.keyPair;
  backup = {
    round: testRound({ mode: { kind: 'randomised', k: 5, truth: 0.5 } }),
    pack: await testPack(),
    publicKey: keys.publicKey,
    wrapped: keys.wrapped,
  };
  file = keyBackupFile(backup);
});

const read = (bytes: Uint8Array) => fileError(() => readKeyBackupFile(bytes));

describe('key backup file', () => {
  it('reads back what was written; byte fields are base64url', async () => {
    expect(await readKeyBackupFile(file)).toEqual(backup);
    expect(jsonAt(file, ['format'])).toBe(KEY_BACKUP_FORMAT);
    expect(jsonAt(file, ['wrapped'])).toEqual({
      kdf: {
        name: 'PBKDF2',
        hash: 'SHA-256',
        iterations: TEST_ITERATIONS,
        salt: toBase64Url(backup.wrapped.kdf.salt),
      },
      iv: toBase64Url(backup.wrapped.iv),
      ciphertext: toBase64Url(backup.wrapped.ciphertext),
    });
  });

  it('restores a key that opens a contribution sealed before the backup was read', async () => {
    const header = testHeader(backup.round, backup.pack);
    const plaintext = new TextEncoder().encode('{"answers":{}}   ');
    const contribution = await contributionFile({ header, publicKey: backup.publicKey, plaintext });

    const read = await readKeyBackupFile(file);
    const restored = await unwrapRoundKey(read.wrapped, TEST_PASSPHRASE, read.publicKey);
    expect(restored.privateKey.extractable).toBe(false);
    expect((await openContributionFile(contribution, restored)).plaintext).toEqual(plaintext);
    // And the original pair opens it too: the same key.
    expect((await openContributionFile(contribution, keyPair)).header).toEqual(header);
  });

  it('refuses a wrong passphrase', async () => {
    const read = await readKeyBackupFile(file);
    const details = await fileError(() =>
      unwrapRoundKey(read.wrapped, 'một cụm khác hẳn', read.publicKey),
    );
    expect(details).toEqual({ code: 'wrong-passphrase' });
  });

  it.each([
    [['format'], 'tu-soi/invitation@1', '$.format'],
    [['round', 'mode', 'kind'], 'secret-sharing', '$.round.mode.kind'],
    [['round', 'mode', 'truth'], 0.6, '$.round.mode.truth'],
    [['publicKey'], 'AAAA', '$.publicKey'],
    [['pack', 'bytes'], 'Zm9', '$.pack.bytes'],
    [['wrapped', 'kdf', 'name'], 'scrypt', '$.wrapped.kdf.name'],
    [['wrapped', 'kdf', 'hash'], 'SHA-1', '$.wrapped.kdf.hash'],
    [['wrapped', 'kdf', 'iterations'], 999, '$.wrapped.kdf.iterations'],
    [['wrapped', 'kdf', 'iterations'], 10_000_001, '$.wrapped.kdf.iterations'],
    [['wrapped', 'kdf', 'iterations'], '600000', '$.wrapped.kdf.iterations'],
    [['wrapped', 'kdf', 'salt'], toBase64Url(new Uint8Array(15)), '$.wrapped.kdf.salt'],
    [['wrapped', 'iv'], toBase64Url(new Uint8Array(16)), '$.wrapped.iv'],
    [['wrapped', 'ciphertext'], toBase64Url(new Uint8Array(2000)), '$.wrapped.ciphertext'],
    [['wrapped', 'passphrase'], 'ghi nhớ', '$.wrapped.passphrase'],
  ] as const)('refuses %j = %j as wrong-format at %s', async (path, value, where) => {
    expect(await read(editJson(file, path, value))).toEqual({
      code: 'wrong-format',
      kind: 'key-backup',
      path: where,
    });
  });

  it('refuses pack bytes that do not hash to the stated sha256', async () => {
    const altered = fromBase64Url(jsonAt(file, ['pack', 'bytes']) as string);
    altered[0] = 0x20;
    expect(await read(editJson(file, ['pack', 'bytes'], toBase64Url(altered)))).toEqual({
      code: 'pack-hash',
      kind: 'key-backup',
    });
  });

  it('refuses to write a backup its reader would refuse', () => {
    const bad = { ...backup, wrapped: { ...backup.wrapped, iv: new Uint8Array(8) } };
    expect(() => keyBackupFile(bad)).toThrow(TypeError);
  });
});
