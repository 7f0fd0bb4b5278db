import type { Pack } from '../pack/schema';
import { withDb } from './db';
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
  await withDb((db) => db.put('packs', record));
  return record;
}

export async function getPack(id: string, version: string): Promise<InstalledPack | undefined> {
  const value = await withDb((db) => db.get('packs', packKey(id, version)));
  return parseRecord(installedPackSchema, value);
}

/** All installed packs that are still valid, ordered by key. */
export async function listPacks(): Promise<InstalledPack[]> {
  return parseRecords(installedPackSchema, await withDb((db) => db.getAll('packs')));
}
