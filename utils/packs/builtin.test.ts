import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../library/identity';
import type { Pack } from '../pack/schema';
import { getDb } from '../storage/db';
import { getPack } from '../storage/packs';
import { useFreshDatabase } from '../storage/test-utils';
import type { InstalledPack } from '../storage/types';
import { BUILTIN_PACKS, ensureBuiltinPacks } from './builtin';

const FILE = new Uint8Array(readFileSync(new URL('../../forms/nq04-27.json', import.meta.url)));
const PACK = JSON.parse(new TextDecoder().decode(FILE)) as Pack;

describe('the built-in pack index', () => {
  it('loads, for each entry, the file its id and version were read from', async () => {
    for (const builtin of BUILTIN_PACKS) {
      const file = JSON.parse(await builtin.load()) as Pack;
      expect(
        `${file.id}@${file.version}`,
        'builtin.ts: an entry’s `load` imports another file than its `id` and `version`',
      ).toBe(`${builtin.id}@${builtin.version}`);
    }
  });

  it('ships every pack file of forms/', () => {
    const forms = new URL('../../forms/', import.meta.url);
    const ids = readdirSync(forms)
      .filter((name) => name.endsWith('.json'))
      .map((name) => (JSON.parse(readFileSync(new URL(name, forms), 'utf8')) as Pack).id);
    expect(
      BUILTIN_PACKS.map(({ id }) => id).sort(),
      'a file in forms/ is missing from BUILTIN_PACKS in builtin.ts (or listed twice)',
    ).toEqual(ids.sort());
  });
});

describe('ensureBuiltinPacks', () => {
  useFreshDatabase();

  it('loads no pack file once every shipped version is installed', async () => {
    await ensureBuiltinPacks();
    const loads = BUILTIN_PACKS.map((builtin) => vi.spyOn(builtin, 'load'));
    await ensureBuiltinPacks();
    const calls = loads.map((load) => load.mock.calls.length);
    for (const load of loads) load.mockRestore();
    expect(calls).toEqual(BUILTIN_PACKS.map(() => 0));
  });

  it('stores the shipped file byte for byte, with its hash', async () => {
    await ensureBuiltinPacks();
    const installed = await getPack(PACK.id, PACK.version);
    expect(installed).toMatchObject({ origin: 'builtin', sha256: await sha256Hex(FILE) });
    expect(installed?.bytes).toEqual(FILE);
    expect(installed).not.toHaveProperty('bytesReconstructed');
  });

  it('leaves an installed version as it is on the next start', async () => {
    await ensureBuiltinPacks();
    const first = await getPack(PACK.id, PACK.version);
    await ensureBuiltinPacks();
    expect(await getPack(PACK.id, PACK.version)).toEqual(first);
  });

  it('puts the shipped bytes back into a record whose bytes were reconstructed', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(PACK));
    const migrated: InstalledPack = {
      key: `${PACK.id}@${PACK.version}`,
      id: PACK.id,
      version: PACK.version,
      origin: 'builtin',
      installedAt: 1,
      bytes,
      sha256: await sha256Hex(bytes),
      bytesReconstructed: true,
      pack: PACK,
    };
    await (await getDb()).put('packs', migrated);

    await ensureBuiltinPacks();
    const installed = await getPack(PACK.id, PACK.version);
    expect(installed?.bytes).toEqual(FILE);
    expect(installed).toMatchObject({ installedAt: 1, sha256: await sha256Hex(FILE) });
    expect(installed).not.toHaveProperty('bytesReconstructed');
  });

  it('never overwrites an unreadable record under a built-in key', async () => {
    const broken = { key: `${PACK.id}@${PACK.version}`, id: PACK.id };
    await (await getDb()).put('packs', broken as unknown as InstalledPack);
    await ensureBuiltinPacks();
    expect(await (await getDb()).get('packs', broken.key)).toEqual(broken);
  });
});
