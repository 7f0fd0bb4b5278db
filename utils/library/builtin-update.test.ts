import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packSchema } from '../pack/schema';
import { ensureBuiltinPacks } from '../packs/builtin';
import { getDb } from '../storage/db';
import { getResponse, listResponses } from '../storage/responses';
import { openAtVersion, useFreshDatabase } from '../storage/test-utils';
import { draftMoveOffer, moveDraft } from './draft-move';
import { listLibrary } from './list';
import { exportPack, removePack } from './manage';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const OLD = packSchema.parse(JSON.parse(read('../../tests/fixtures/packs/nq04-27-1.0.0.json')));
const SHIPPED = new TextEncoder().encode(read('../../forms/nq04-27.json'));
const NEW_VERSION = packSchema.parse(JSON.parse(read('../../forms/nq04-27.json'))).version;

/** A member's database from the previous release: built-in 1.0.0 and a draft on it. */
async function previousRelease(factory: IDBFactory) {
  const db = await openAtVersion(factory, 1);
  await db.put('packs', {
    key: `nq04-27@${OLD.version}`,
    id: 'nq04-27',
    version: OLD.version,
    source: 'builtin',
    installedAt: 1_700_000_000_000,
    pack: OLD,
  });
  const draft = {
    id: 'draft-1',
    packId: 'nq04-27',
    packVersion: OLD.version,
    formId: 'bieu-hien-27',
    data: { tt1: 'co', 'tt1-khac-phuc': 'Sẽ sửa', tt2: 'khong' },
    currentPage: 2,
    status: 'draft',
    progress: { answered: 2, total: 27 },
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_100_000,
    revision: 4,
  };
  await db.put('responses', draft);
  db.close();
  return draft;
}

describe('updating from the previous release', () => {
  const factory = useFreshDatabase();

  it('migrates, installs the new built-in beside the old, moves the draft, then lets 1.0.0 go', async () => {
    const draft = await previousRelease(factory());

    await getDb();
    await ensureBuiltinPacks();
    const { packs, unreadable } = await listLibrary();
    expect(unreadable).toEqual([]);
    const nq04 = packs.filter((p) => p.id === 'nq04-27');
    expect(nq04.map((p) => [p.version, p.origin, p.bytesReconstructed])).toEqual([
      [NEW_VERSION, 'builtin', undefined],
      [OLD.version, 'builtin', true],
    ]);
    expect((await exportPack('nq04-27', NEW_VERSION)).bytes).toEqual(SHIPPED);

    // Still in use: 1.0.0 stays.
    expect(await removePack('nq04-27', OLD.version)).toMatchObject({ removed: false });

    const offer = await draftMoveOffer(draft.id);
    expect(offer?.target.version).toBe(NEW_VERSION);
    expect(offer?.plan.data).toEqual(draft.data);
    const moved = await moveDraft(draft.id, NEW_VERSION, draft.revision);
    expect(moved).toMatchObject({ packVersion: NEW_VERSION, data: draft.data, status: 'draft' });
    expect(await getResponse(draft.id)).toBeUndefined();
    expect((await listResponses()).map((r) => r.id)).toEqual([moved.id]);

    // No longer shipped and no longer used.
    expect(await removePack('nq04-27', OLD.version)).toEqual({ removed: true });
  });
});
