import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);

function packCheck(...files: string[]) {
  const run = spawnSync('node_modules/.bin/tsx', ['utils/cli/pack-check.ts', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const VALID = 'tests/fixtures/packs/valid.json';
const INVALID = 'tests/fixtures/packs/invalid/dangling-visible-if.json';
const NULL_ELEMENT = 'tests/fixtures/packs/invalid/null-element.json';

/** The Vietnamese and English message lines of the first issue in a report. */
function messageLines(stdout: string): [string, string] {
  const lines = stdout.split('\n');
  return [lines[2]?.trim() ?? '', lines[3]?.trim().replace(/^\(en\) /, '') ?? ''];
}

describe('npm run pack:check', () => {
  it('exits 0 and ticks a valid pack', () => {
    const run = packCheck(VALID);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`✓ ${VALID}`);
  });

  it('exits 1 and prints path, Vietnamese and English for an invalid pack', () => {
    const run = packCheck(VALID, INVALID);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`✓ ${VALID}`);
    expect(run.stdout).toContain(`✗ ${INVALID}`);
    expect(run.stdout).toContain('$.forms[0].survey.pages[0].elements[1].visibleIf');
    expect(run.stdout).toContain('Tham chiếu {q9}');
    expect(run.stdout).toContain('(en) {q9} does not refer');
  });

  it('exits 1 and names a file it cannot read, saying why in Vietnamese', () => {
    const run = packCheck('tests/fixtures/packs/khong-co.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[file.unreadable]');
    const [vi, en] = messageLines(run.stdout);
    expect(vi).toBe(
      'Không tìm thấy tệp "tests/fixtures/packs/khong-co.json". Hãy kiểm tra lại đường dẫn và tên tệp.',
    );
    // The system's English error text stays in the English line.
    expect(en).toContain('ENOENT');
  });

  it('says that a directory is not a pack file', () => {
    const run = packCheck('tests/fixtures/packs');
    expect(run.status).toBe(1);
    const [vi, en] = messageLines(run.stdout);
    expect(vi).toContain('là một thư mục');
    expect(en).toContain('directory');
  });

  it('keeps checking the files after one that survey-core cannot read', () => {
    const run = packCheck(NULL_ELEMENT, VALID);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`✗ ${NULL_ELEMENT}`);
    expect(run.stdout).toContain('$.forms[0].survey.pages[0].elements[2]  [survey.wrong-type]');
    expect(run.stdout).toContain(`✓ ${VALID}`);
  });

  it('ignores a leading `--` (npx tsx utils/cli/pack-check.ts -- FILE)', () => {
    const run = packCheck('--', VALID);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`✓ ${VALID}\n`);
  });

  it('prints one JSON array with --json, keeping the exit code', () => {
    const run = packCheck('--json', VALID, INVALID);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toEqual([
      { file: VALID, ok: true, issues: [] },
      {
        file: INVALID,
        ok: false,
        issues: [
          {
            path: '$.forms[0].survey.pages[0].elements[1].visibleIf',
            code: 'survey.reference-unknown',
            vi: expect.stringContaining('Tham chiếu {q9}'),
            en: expect.stringContaining('{q9} does not refer'),
          },
        ],
      },
    ]);
  });

  it('exits 0 with --json when every file is valid, and 2 with --json but no file', () => {
    expect(packCheck('--', '--json', VALID).status).toBe(0);
    expect(packCheck('--json').status).toBe(2);
  });

  it('prints usage and exits 2 without arguments', () => {
    const run = packCheck();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('pack:check');
  });
});
