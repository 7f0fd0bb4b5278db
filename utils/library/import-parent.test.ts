import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BASE_ITEMS, childPackWith, parsedPackWith } from '../pack/testing/packs';
import { useFreshDatabase } from '../storage/test-utils';
import { analyseImport, installPack } from './import';
import { fileBytes } from './test-utils';

describe('analyseImport of a finer pack mapped onto a parent', () => {
  useFreshDatabase();

  const installParent = async () =>
    installPack(await analyseImport('parent.json', fileBytes(parsedPackWith())));

  it('checks the mapping against the installed parent version', async () => {
    await installParent();
    const good = await analyseImport('child.json', fileBytes(childPackWith()));
    expect(good).toMatchObject({ status: 'new', issues: [] });
    expect(good).not.toHaveProperty('parentUnchecked');

    const bad = await analyseImport(
      'bad-child.json',
      fileBytes(childPackWith({ ...BASE_ITEMS, bh01: 'khong_co' })),
    );
    expect(bad.status).toBe('invalid');
    expect(bad.pack).toBeUndefined();
    expect(bad.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['$.parent.forms[0].items.bh01', 'parent.parent-question-unknown'],
    ]);
  });

  it('says the mapping is unchecked while the parent version is not installed', async () => {
    const analysis = await analyseImport(
      'child.json',
      fileBytes(childPackWith({ ...BASE_ITEMS, bh01: 'khong_co' })),
    );
    const { id, version } = parsedPackWith();
    expect(analysis).toMatchObject({ status: 'new', parentUnchecked: { id, version } });
  });
});
