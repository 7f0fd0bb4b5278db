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

  it('exits 1 and names a file it cannot read', () => {
    const run = packCheck('tests/fixtures/packs/khong-co.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[file.unreadable]');
    expect(run.stdout).toContain('"tests/fixtures/packs/khong-co.json"');
  });

  it('prints usage and exits 2 without arguments', () => {
    const run = packCheck();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('pack:check');
  });
});
