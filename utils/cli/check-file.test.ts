import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type PackValidationResult, packIssue } from '../pack/issues';
import { MAX_PACK_BYTES } from '../pack/limits';
import { checkPackFile, unreadableReason } from './check-file';

const VALID = 'tests/fixtures/packs/valid.json';
const scratch = mkdtempSync(join(tmpdir(), 'tu-soi-pack-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function issuesOf(result: PackValidationResult) {
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.issues;
}

describe('checkPackFile', () => {
  it('checks a readable file', async () => {
    expect(await checkPackFile(VALID)).toMatchObject({ ok: true });
  });

  it('rejects a file over the size limit from its size, before reading it', async () => {
    const file = join(scratch, 'lon.json');
    writeFileSync(file, Buffer.alloc(MAX_PACK_BYTES + 1, 0x20));
    let read = false;
    const issues = issuesOf(
      await checkPackFile(file, () => {
        read = true;
        return { ok: false, issues: [] };
      }),
    );
    expect(read).toBe(false);
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([['$', 'json.too-large']]);
  });

  it('reports a failure of the checker itself as an issue instead of throwing', async () => {
    const issues = issuesOf(
      await checkPackFile(VALID, () => {
        throw new TypeError('boom');
      }),
    );
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([['$', 'file.check-failed']]);
    expect(issues[0]?.en).toContain('TypeError: boom');
    expect(issues[0]?.vi).toContain('lỗi nội bộ');
  });
});

describe('unreadableReason', () => {
  it.each([
    ['ENOENT', 'not-found'],
    ['ENOTDIR', 'not-found'],
    ['EISDIR', 'directory'],
    ['EACCES', 'permission'],
    ['EPERM', 'permission'],
    ['EIO', 'other'],
    [undefined, 'other'],
  ])('%s → %s', (code, reason) => {
    expect(unreadableReason(code)).toBe(reason);
  });
});

describe('file.unreadable', () => {
  it.each(['not-found', 'directory', 'permission', 'other'] as const)(
    'says "%s" in Vietnamese, keeping the system text for the English line',
    (reason) => {
      const detail = "EACCES: permission denied, open 'a.json'";
      const issue = packIssue('$', 'file.unreadable', { file: 'a.json', reason, detail });
      expect(issue.vi).toContain('"a.json"');
      expect(issue.vi).not.toContain('EACCES');
      expect(issue.en).toContain(detail);
    },
  );
});
