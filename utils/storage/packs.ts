import type { Pack } from '../pack/schema';
import { getDb } from './db';
import {
  type InstalledPack,
  installedPackSchema,
  type PackOrigin,
  parseRecord,
  parseRecords,
} from './types';

/** Primary key of an installed pack. */
export function packKey(id: string, version: string): string {
  return `${id}@${version}`;
}

/** Installs (or reinstalls) one version of a pack. The pack must already be validated. */
export async function putPack(pack: Pack, source: PackOrigin): Promise<InstalledPack> {
  const record: InstalledPack = {
    key: packKey(pack.id, pack.version),
    id: pack.id,
    version: pack.version,
    source,
    installedAt: Date.now(),
    pack,
  };
  const db = await getDb();
  await db.put('packs', record);
  return record;
}

export async function getPack(id: string, version: string): Promise<InstalledPack | undefined> {
  const db = await getDb();
  return parseRecord(installedPackSchema, await db.get('packs', packKey(id, version)));
}

/** All installed packs that are still valid, ordered by key. */
export async function listPacks(): Promise<InstalledPack[]> {
  const db = await getDb();
  return parseRecords(installedPackSchema, await db.getAll('packs'));
}
