import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_CONTRIBUTION_BYTES, readContributionHeader } from './contribution';
import type { RoundFileKind } from './errors';
import { MAX_INVITATION_BYTES, readInvitationFile } from './invitation';
import { MAX_KEY_BACKUP_BYTES, readKeyBackupFile } from './key-backup';
import { jsonPath } from './read';
import { fileError } from './test-utils';

const readers: Array<[RoundFileKind, (bytes: Uint8Array) => unknown, number]> = [
  ['invitation', readInvitationFile, MAX_INVITATION_BYTES],
  ['contribution', readContributionHeader, MAX_CONTRIBUTION_BYTES],
  ['key-backup', readKeyBackupFile, MAX_KEY_BACKUP_BYTES],
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(readers)('reading a %s file', (kind, read, max) => {
  it('refuses 50 MB from its size alone, without decoding a byte', async () => {
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    const bytes = new Uint8Array(50 * 1024 * 1024);
    expect(await fileError(() => read(bytes))).toEqual({
      code: 'too-large',
      kind,
      size: bytes.length,
      max,
    });
    expect(decode).not.toHaveBeenCalled();
  });

  it('refuses one byte over its maximum, and decodes a file of exactly the maximum', async () => {
    const over = new Uint8Array(max + 1).fill(0x20);
    expect(await fileError(() => read(over))).toMatchObject({ code: 'too-large', size: max + 1 });
    // Spaces only: decoded, then refused as not JSON (not as too large).
    expect(await fileError(() => read(over.subarray(1)))).toEqual({ code: 'not-json', kind });
  });

  it.each([
    ['invalid UTF-8', new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d])],
    ['a lone surrogate half in UTF-8', new Uint8Array([0x22, 0xed, 0xa0, 0x80, 0x22])],
    ['truncated JSON', new TextEncoder().encode('{"format":')],
    ['an empty file', new Uint8Array()],
  ])('refuses %s as not-json', async (_name, bytes) => {
    expect(await fileError(() => read(bytes))).toEqual({ code: 'not-json', kind });
  });
});

describe('jsonPath', () => {
  it('names object keys with dots, array indexes and other keys with brackets', () => {
    expect(jsonPath([])).toBe('$');
    expect(jsonPath(['header', 'pack', 'id'])).toBe('$.header.pack.id');
    expect(jsonPath(['items', 2, 'name'])).toBe('$.items[2].name');
    expect(jsonPath(['a b', 'x-y'])).toBe('$["a b"]["x-y"]');
  });
});
