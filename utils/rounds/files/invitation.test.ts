import { beforeAll, describe, expect, it } from 'vitest';
import { toBase64Url } from '../crypto/base64';
import { roundFingerprint } from '../crypto/fingerprint';
import { sha256Hex } from '../crypto/sha256';
import type { PackRef, RoundMeta } from '../types';
import { INVITATION_FORMAT, invitationFile, readInvitationFile } from './invitation';
import { editJson, fileError, jsonAt, REMOVE, testKeys, testPack, testRound } from './test-utils';

const keys = testKeys;

let round: RoundMeta;
let pack: PackRef & { bytes: Uint8Array };
let publicKey: Uint8Array;
let file: Uint8Array;

beforeAll(async () => {
  round = testRound();
  pack = await testPack();
  ({ publicKey } = await keys());
  file = await invitationFile({ round, pack, publicKey });
});

const read = (bytes: Uint8Array) => fileError(() => readInvitationFile(bytes));

describe('invitation file', () => {
  it('reads back what was written, with the fingerprint of its key and round', async () => {
    const invitation = await readInvitationFile(file);
    expect(invitation).toEqual({
      round,
      pack,
      publicKey,
      fingerprint: await roundFingerprint(publicKey, round.id),
    });
    expect(jsonAt(file, ['format'])).toBe(INVITATION_FORMAT);
    expect(jsonAt(file, ['pack', 'bytes'])).toBe(toBase64Url(pack.bytes));
  });

  it('reads a randomised round', async () => {
    const randomised = testRound({ mode: { kind: 'randomised', k: 3, truth: 0.75 } });
    const bytes = await invitationFile({ round: randomised, pack, publicKey });
    expect((await readInvitationFile(bytes)).round).toEqual(randomised);
  });

  it.each([
    [['format'], 'tu-soi/invitation@2', '$.format'],
    [['format'], 'tu-soi/contribution@1', '$.format'],
    [['extra'], 1, '$.extra'],
    [['round', 'id'], 'not-a-uuid', '$.round.id'],
    [['round', 'id'], '0F8FAD5B-D9CB-469F-A165-70867728950E', '$.round.id'],
    [['round', 'id'], '0f8fad5b-d9cb-169f-a165-70867728950e', '$.round.id'],
    [['round', 'seriesId'], 'series-1', '$.round.seriesId'],
    [['round', 'label'], '', '$.round.label'],
    [['round', 'label'], '   ', '$.round.label'],
    [['round', 'cellName'], 'Chi bộ\u0007', '$.round.cellName'],
    [['round', 'seriesLabel'], 'x'.repeat(201), '$.round.seriesLabel'],
    [['round', 'cellName'], REMOVE, '$.round.cellName'],
    [['round', 'expectedMembers'], 0, '$.round.expectedMembers'],
    [['round', 'expectedMembers'], 2.5, '$.round.expectedMembers'],
    [['round', 'formId'], 'Form 1', '$.round.formId'],
    [['round', 'extra'], true, '$.round.extra'],
    [['round', 'mode', 'kind'], 'secret-sharing', '$.round.mode.kind'],
    [['round', 'mode', 'k'], 2, '$.round.mode.k'],
    [['round', 'mode', 'k'], 11, '$.round.mode.k'],
    [['round', 'mode', 'truth'], 0.5, '$.round.mode.truth'],
    [['round', 'mode'], { kind: 'randomised', k: 5, truth: 0.6 }, '$.round.mode.truth'],
    [['pack', 'id'], 'Bo Tu Soi', '$.pack.id'],
    [['pack', 'version'], '1.2', '$.pack.version'],
    [['pack', 'sha256'], 'AB'.repeat(32), '$.pack.sha256'],
    [['pack', 'bytes'], 'Zm8=', '$.pack.bytes'],
    [['pack', 'bytes'], '', '$.pack.bytes'],
    [['publicKey'], toBase64Url(new Uint8Array(64).fill(4)), '$.publicKey'],
    [['publicKey'], toBase64Url(new Uint8Array(65).fill(2)), '$.publicKey'],
    // The right length and prefix, but not a point on P-256.
    [['publicKey'], toBase64Url(new Uint8Array(65).fill(4)), '$.publicKey'],
    [['fingerprint'], '1234567890123456', '$.fingerprint'],
  ] as const)('refuses %j = %j as wrong-format at %s', async (path, value, where) => {
    expect(await read(editJson(file, path, value))).toEqual({
      code: 'wrong-format',
      kind: 'invitation',
      path: where,
    });
  });

  it('refuses JSON that is not an object at $', async () => {
    for (const text of ['[]', '"invitation"', 'null']) {
      expect(await read(new TextEncoder().encode(text))).toEqual({
        code: 'wrong-format',
        kind: 'invitation',
        path: '$',
      });
    }
  });

  it('refuses pack bytes that do not hash to the stated sha256', async () => {
    const altered = pack.bytes.slice();
    altered[altered.length - 2] = 0x20;
    const details = await read(editJson(file, ['pack', 'bytes'], toBase64Url(altered)));
    expect(details).toEqual({ code: 'pack-hash', kind: 'invitation' });
  });

  it('refuses pack bytes whose own id or version is not the stated one', async () => {
    const cases: Array<[Record<string, unknown> | 'not json', string]> = [
      [{ id: 'bo-khac' }, '$.pack.id'],
      [{ version: '1.2.1' }, '$.pack.version'],
      ['not json', '$.pack.bytes'],
    ];
    for (const [content, where] of cases) {
      const other =
        content === 'not json'
          ? { ...pack, bytes: new TextEncoder().encode('not json') }
          : await testPack(content);
      const sha256 = await sha256Hex(other.bytes);
      let bytes = editJson(file, ['pack', 'bytes'], toBase64Url(other.bytes));
      bytes = editJson(bytes, ['pack', 'sha256'], sha256);
      expect(await read(bytes)).toEqual({ code: 'wrong-format', kind: 'invitation', path: where });
    }
  });

  it('refuses a fingerprint that does not match its key and round', async () => {
    const other = await keys();
    const cases = [
      editJson(file, ['fingerprint'], '0000 0000 0000 0000'),
      editJson(file, ['publicKey'], toBase64Url(other.publicKey)),
      editJson(file, ['round', 'id'], crypto.randomUUID()),
    ];
    for (const bytes of cases) {
      expect(await read(bytes)).toEqual({ code: 'fingerprint', kind: 'invitation' });
    }
  });

  it('refuses to write an invitation its reader would refuse', async () => {
    const bad = { ...round, mode: { kind: 'exact', k: 1 } } as const;
    await expect(invitationFile({ round: bad, pack, publicKey })).rejects.toBeInstanceOf(TypeError);
    const wrongHash = { ...pack, sha256: '0'.repeat(64) };
    const details = await fileError(() => invitationFile({ round, pack: wrongHash, publicKey }));
    expect(details).toEqual({ code: 'pack-hash', kind: 'invitation' });
  });
});
