import { compareVersions } from '../pack/semver';
import { listPackRecords } from '../storage/packs';
import type { InstalledPack } from '../storage/types';
import type { Library } from './types';

/** Every installed pack, grouped by id, newest version first; unreadable records beside them. */
export async function listLibrary(): Promise<Library> {
  const { packs, unreadable } = await listPackRecords();
  return { packs: [...packs].sort(byIdThenNewest), unreadable };
}

/** Ids in code-point order; within an id, semver-descending (1.10.0 before 1.9.0). */
export function byIdThenNewest(a: InstalledPack, b: InstalledPack): number {
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return compareVersions(b.version, a.version);
}
