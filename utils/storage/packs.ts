import { withDb } from './db';
import {
  type InstalledPack,
  type RecordRead,
  readRecord,
  storedPackV2,
  type UnreadablePackRecord,
} from './types';

/** Primary key of an installed pack. */
export function packKey(id: string, version: string): string {
  return `${id}@${version}`;
}

/** Reads one stored pack record with the stored-record schema, keeping the reason if it fails. */
export function readPackRecord(value: unknown, key?: string): RecordRead<InstalledPack> {
  return readRecord(storedPackV2, value, key);
}

/** The installed pack, or undefined if absent or unreadable (listPackRecords reports those). */
export async function getPack(id: string, version: string): Promise<InstalledPack | undefined> {
  const key = packKey(id, version);
  const value = await withDb((db) => db.get('packs', key));
  if (value === undefined) return undefined;
  const read = readPackRecord(value, key);
  return read.ok ? read.record : undefined;
}

export interface PackRecords {
  /** Readable records, ordered by key. */
  packs: InstalledPack[];
  /** Every record that could not be read, with its key and why. */
  unreadable: UnreadablePackRecord[];
}

/** Every stored pack record, readable or not: nothing is left out silently. */
export async function listPackRecords(): Promise<PackRecords> {
  const [keys, values] = await withDb(async (db) => {
    const tx = db.transaction('packs');
    const read = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    return [read[0], read[1]] as const;
  });
  const records: PackRecords = { packs: [], unreadable: [] };
  values.forEach((value, index) => {
    const read = readPackRecord(value, keys[index]);
    if (read.ok) records.packs.push(read.record);
    else records.unreadable.push({ key: read.key, reason: read.reason, value: read.value });
  });
  return records;
}

/**
 * A `getPack` that reads (and validates) each version once: for lists where many responses
 * share one pack version.
 */
export function packReader(): (id: string, version: string) => Promise<InstalledPack | undefined> {
  const read = new Map<string, Promise<InstalledPack | undefined>>();
  return (id, version) => {
    const key = packKey(id, version);
    const known = read.get(key) ?? getPack(id, version);
    read.set(key, known);
    return known;
  };
}
