import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../crypto/base64';
import type { ContributionHeader, PackRef, RoundMeta } from '../types';
import {
  CONTRIBUTION_FORMAT,
  canonicalHeader,
  contributionFile,
  openContributionFile,
  readContributionHeader,
} from './contribution';
import {
  editJson,
  fileError,
  jsonAt,
  REMOVE,
  testHeader,
  testKeys,
  testPack,
  testRound,
} from './test-utils';

const keys = testKeys;
const encode = (text: string) => new TextEncoder().encode(text);
/** A payload padded with spaces to a fixed length, as payload.ts does. */
const padded = (text: string, length = 400) => encode(text.padEnd(length, ' '));

let round: RoundMeta;
let pack: PackRef;
let keyPair: CryptoKeyPair;
let publicKey: Uint8Array;
let header: ContributionHeader;
let file: Uint8Array;

beforeAll(async () => {
  round = testRound();
  pack = await testPack();
  ({ keyPair, publicKey } = await keys());
  header = testHeader(round, pack);
  file = await contributionFile({ header, publicKey, plaintext: padded('{"answers":{}}') });
});

const open = (bytes: Uint8Array) => fileError(() => openContributionFile(bytes, keyPair));

/** The file with one byte of a base64url field flipped. */
function flipped(bytes: Uint8Array, field: 'enc' | 'ciphertext', index: number): Uint8Array {
  const data = fromBase64Url(jsonAt(bytes, [field]) as string);
  data[index] = (data[index] ?? 0) ^ 0x01;
  return editJson(bytes, [field], toBase64Url(data));
}

describe('canonicalHeader', () => {
  it('writes the keys in one fixed order whatever order they came in', () => {
    const shuffled = {
      mode: header.mode,
      contribution: header.contribution,
      pack: { sha256: pack.sha256, version: pack.version, id: pack.id },
      form: header.form,
      round: header.round,
    };
    const expected =
      `{"round":"${round.id}","pack":{"id":"${pack.id}","version":"${pack.version}",` +
      `"sha256":"${pack.sha256}"},"form":"${round.formId}",` +
      `"contribution":"${header.contribution}","mode":"exact"}`;
    expect(canonicalHeader(shuffled)).toBe(expected);
    expect(canonicalHeader(header)).toBe(expected);
  });
});

describe('contribution file', () => {
  it('opens with the round key and gives back the header and the padded payload', async () => {
    const opened = await openContributionFile(file, keyPair);
    expect(opened.header).toEqual(header);
    expect(new TextDecoder().decode(opened.plaintext)).toBe('{"answers":{}}'.padEnd(400, ' '));
    expect(readContributionHeader(file)).toEqual(header);
    expect(Object.keys(jsonAt(file, []) as object)).toEqual([
      'format',
      'header',
      'enc',
      'ciphertext',
    ]);
    expect(jsonAt(file, ['format'])).toBe(CONTRIBUTION_FORMAT);
  });

  it('holds nothing but the format, the header and the two encrypted fields', () => {
    const text = new TextDecoder().decode(file);
    const prefix = `{"format":"${CONTRIBUTION_FORMAT}","header":${canonicalHeader(header)},"enc":"`;
    expect(text.startsWith(prefix)).toBe(true);
    expect(text.slice(prefix.length)).toMatch(/^[\w-]{87}","ciphertext":"[\w-]+"}$/);
  });

  it('has the same size for every file of a round with payloads of the same length', async () => {
    const sizes = new Set<number>();
    for (const payload of ['{"answers":{"a":0}}', '{"answers":{"a":[1,0,1]},"x":1}', '']) {
      const other = testHeader(round, pack);
      const bytes = await contributionFile({
        header: other,
        publicKey,
        plaintext: padded(payload),
      });
      sizes.add(bytes.length);
    }
    sizes.add(file.length);
    expect([...sizes]).toEqual([file.length]);
    // 65-byte enc, ciphertext = plaintext + 16, both unpadded base64url.
    const fixed = `{"format":"${CONTRIBUTION_FORMAT}","header":${canonicalHeader(header)},"enc":"","ciphertext":""}`;
    expect(file.length).toBe(encode(fixed).length + 87 + Math.ceil(((400 + 16) * 4) / 3));
  });

  it('refuses another round key', async () => {
    const other = await keys();
    const details = await fileError(() => openContributionFile(file, other.keyPair));
    expect(details).toEqual({ code: 'undecryptable' });
  });

  it('refuses one flipped byte in enc or the ciphertext', async () => {
    const ciphertextLength = fromBase64Url(jsonAt(file, ['ciphertext']) as string).length;
    for (const bytes of [
      flipped(file, 'enc', 1),
      flipped(file, 'enc', 64),
      flipped(file, 'ciphertext', 0),
      flipped(file, 'ciphertext', 200),
      flipped(file, 'ciphertext', ciphertextLength - 1),
    ]) {
      expect(await open(bytes)).toEqual({ code: 'undecryptable' });
    }
  });

  it('refuses a header with any value changed (it is the associated data)', async () => {
    const other = testHeader(round, pack);
    const changes: Array<[readonly (string | number)[], unknown]> = [
      [['header', 'round'], crypto.randomUUID()],
      [['header', 'contribution'], other.contribution],
      [['header', 'form'], 'mau-khac'],
      [['header', 'mode'], 'randomised'],
      [['header', 'pack', 'version'], '1.2.1'],
      [['header', 'pack', 'sha256'], `${pack.sha256.slice(0, -1)}0`],
    ];
    for (const [path, value] of changes) {
      expect(await open(editJson(file, path, value))).toEqual({ code: 'undecryptable' });
    }
  });

  it('refuses a header swapped in from another file of the same round', async () => {
    const other = testHeader(round, pack);
    const otherFile = await contributionFile({ header: other, publicKey, plaintext: padded('') });
    const swapped = editJson(file, ['header'], jsonAt(otherFile, ['header']));
    expect(readContributionHeader(swapped)).toEqual(other);
    expect(await open(swapped)).toEqual({ code: 'undecryptable' });
  });

  it('opens a header whose keys were reordered (the canonical form decides, not the text)', async () => {
    const { round: r, pack: p, form, contribution, mode } = header;
    const reordered = editJson(file, ['header'], { mode, contribution, form, pack: p, round: r });
    expect((await openContributionFile(reordered, keyPair)).header).toEqual(header);
  });

  it.each([
    [['format'], 'tu-soi/contribution@2', '$.format'],
    [['format'], REMOVE, '$.format'],
    [['extra'], 0, '$.extra'],
    [['header', 'round'], 'round-1', '$.header.round'],
    [['header', 'contribution'], '0f8fad5b-d9cb-469f-c165-70867728950e', '$.header.contribution'],
    [['header', 'mode'], 'secret-sharing', '$.header.mode'],
    [['header', 'form'], REMOVE, '$.header.form'],
    [['header', 'pack', 'sha256'], 'abc', '$.header.pack.sha256'],
    [['header', 'pack', 'extra'], 1, '$.header.pack.extra'],
    [['header', 'name'], 'Nguyễn Văn A', '$.header.name'],
    [['enc'], toBase64Url(new Uint8Array(64)), '$.enc'],
    [['enc'], 'not base64!', '$.enc'],
    [['ciphertext'], 'AAAA====', '$.ciphertext'],
    [['ciphertext'], toBase64Url(new Uint8Array(15)), '$.ciphertext'],
  ] as const)('refuses %j = %j as wrong-format at %s', async (path, value, where) => {
    const bytes = editJson(file, path, value);
    const expected = { code: 'wrong-format', kind: 'contribution', path: where };
    expect(await fileError(() => readContributionHeader(bytes))).toEqual(expected);
    expect(await open(bytes)).toEqual(expected);
  });

  it('refuses to write a header its reader would refuse', async () => {
    const bad = { ...header, contribution: 'member-7' };
    await expect(
      contributionFile({ header: bad, publicKey, plaintext: padded('') }),
    ).rejects.toBeInstanceOf(TypeError);
  });
});
