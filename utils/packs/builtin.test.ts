import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../library/identity';
import type { Pack } from '../pack/schema';
import { getDb } from '../storage/db';
import { getPack } from '../storage/packs';
import { useFreshDatabase } from '../storage/test-utils';
import type { InstalledPack } from '../storage/types';
import { ensureBuiltinPacks } from './builtin';

const FILE = new Uint8Array(readFileSync(new URL('../../forms/nq04-27.json', import.meta.url)));
const PACK = JSON.parse(new TextDecoder().decode(FILE)) as Pack;

describe('ensureBuiltinPacks', () => {
  useFreshDatabase();

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
