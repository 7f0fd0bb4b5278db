import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Pack } from '../pack/schema';
import { BASE_ITEMS, childPackWith, parsedPackWith } from '../pack/testing/packs';

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
      { file: VALID, ok: true, issues: [], notes: [] },
      {
        file: INVALID,
        ok: false,
        notes: [],
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

describe('npm run pack:check with a parent mapping', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tu-soi-parent-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** Writes a pack built from the valid base and returns its path. */
  const write = (name: string, pack: Pack) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(pack));
    return path;
  };
  const ITEMS = BASE_ITEMS;
  const child = (items: Record<string, string>) => childPackWith(items);

  it('checks the mapping against a parent given among the files', () => {
    const parent = write('parent.json', parsedPackWith());
    expect(packCheck(write('child.json', child(ITEMS)), parent)).toMatchObject({ status: 0 });
    const bad = write('bad-child.json', child({ ...ITEMS, bh01: 'khong_co' }));
    const run = packCheck(bad, parent);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`✗ ${bad}`);
    expect(run.stdout).toContain('$.parent.forms[0].items.bh01  [parent.parent-question-unknown]');
    // Two runs of the CLI, each starting tsx: slow on a busy machine.
  }, 30_000);

  it('notes, without failing, that a parent not given could not be checked', () => {
    const file = write('alone.json', child({ ...ITEMS, bh01: 'khong_co' }));
    const run = packCheck(file);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`✓ ${file}`);
    expect(run.stdout).toContain('! Chưa kiểm tra được ánh xạ tới gói cha mau-kiem-tra@1.2.0');
    expect(run.stdout).toContain(
      '(en) The mapping onto the parent pack mau-kiem-tra@1.2.0 was not checked',
    );
  });

  it('checks a mapping onto the built-in pack without its file being given', () => {
    const builtin = JSON.parse(readFileSync(new URL('forms/nq04-27.json', ROOT), 'utf8'));
    const file = write(
      'onto-builtin.json',
      parsedPackWith((pack) => {
        pack.id = 'mau-chi-tiet';
        const items = Object.fromEntries(Object.keys(ITEMS).map((name) => [name, 'khong_co']));
        pack.parent = {
          id: 'nq04-27',
          version: builtin.version,
          forms: [{ id: 'tu-kiem-diem', parentForm: builtin.forms[0].id, items }],
        };
      }),
    );
    const run = packCheck(file);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('$.parent.forms[0].items.bh01  [parent.parent-question-unknown]');
    expect(run.stdout).not.toContain('Chưa kiểm tra được');
  });
});
