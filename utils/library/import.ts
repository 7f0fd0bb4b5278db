import { diffPacks } from '../pack/diff';
import type { PackIssue } from '../pack/issues';
import { parentMappingIssues } from '../pack/rules/parent-mapping';
import type { Pack } from '../pack/schema';
import { compareVersions } from '../pack/semver';
import { sizeIssue, validatePackBytes } from '../pack/validate';
import { withDb } from '../storage/db';
import { packKey, readPackRecord } from '../storage/packs';
import type { InstalledPack } from '../storage/types';
import { LibraryError } from './errors';
import { isSameFile, sha256Hex } from './identity';
import { packRecord, putIfAbsent } from './records';
import type { ImportAnalysis } from './types';

/**
 * The analysis of a file over the size limit, from its size alone, so that a huge file (a video
 * dropped by mistake) is never read into memory; undefined when the size is within the limit.
 */
export function oversizedImport(fileName: string, size: number): ImportAnalysis | undefined {
  const tooLarge = sizeIssue(size);
  if (!tooLarge) return undefined;
  return { fileName, bytes: new Uint8Array(), sha256: '', issues: [tooLarge], status: 'invalid' };
}

/**
 * Runs the full validation pipeline on a file's bytes, then compares it with the installed
 * versions of its id. Writes nothing.
 */
export async function analyseImport(fileName: string, bytes: Uint8Array): Promise<ImportAnalysis> {
  const sha256 = await sha256Hex(bytes);
  const validation = validatePackBytes(bytes);
  if (!validation.ok) {
    return { fileName, bytes, sha256, issues: validation.issues, status: 'invalid' };
  }
  const { pack } = validation;
  const parent = await parentCheck(pack);
  if (parent.issues.length > 0) {
    return { fileName, bytes, sha256, issues: parent.issues, status: 'invalid' };
  }
  const base = {
    fileName,
    bytes,
    sha256,
    issues: [],
    pack,
    ...(parent.unchecked && { parentUnchecked: parent.unchecked }),
  };
  const versions = await withDb(async (db) => {
    const tx = db.transaction('packs');
    const [keys, values] = await Promise.all([
      tx.store.index('by-id').getAllKeys(pack.id),
      tx.store.index('by-id').getAll(pack.id),
      tx.done,
    ]);
    return values.map((value, index) => ({ key: keys[index], value }));
  });

  const key = packKey(pack.id, pack.version);
  const same = versions.find((version) => version.key === key);
  if (same) {
    const read = readPackRecord(same.value, key);
    // An unreadable record under this key must not be overwritten: treat it as another file.
    if (read.ok && isSameFile(read.record, { sha256, pack })) {
      return { ...base, status: 'installed', installed: { sha256: read.record.sha256 } };
    }
    return {
      ...base,
      status: 'conflict',
      ...(read.ok && { installed: { sha256: read.record.sha256 } }),
    };
  }

  const installed = versions.flatMap(({ key: versionKey, value }) => {
    const read = readPackRecord(value, versionKey);
    return read.ok ? [read.record] : [];
  });
  const below = installed
    .filter((record) => compareVersions(record.version, pack.version) < 0)
    .sort((a, b) => compareVersions(b.version, a.version));
  const previous = below[0];
  const isHighest = installed.every((record) => compareVersions(record.version, pack.version) < 0);
  const status = installed.length === 0 ? 'new' : isHighest ? 'update' : 'older';
  return { ...base, status, ...(previous && { previous, diff: diffPacks(previous.pack, pack) }) };
}

/**
 * A finer pack's mapping onto its parent is checked against the installed parent version; when
 * that version is not installed (or cannot be read) the mapping cannot be checked yet, which the
 * analysis says instead of refusing the file.
 */
async function parentCheck(
  pack: Pack,
): Promise<{ issues: PackIssue[]; unchecked?: { id: string; version: string } }> {
  const wanted = pack.parent;
  if (!wanted) return { issues: [] };
  const key = packKey(wanted.id, wanted.version);
  const read = readPackRecord(await withDb((db) => db.get('packs', key)), key);
  if (!read.ok) return { issues: [], unchecked: { id: wanted.id, version: wanted.version } };
  return { issues: parentMappingIssues(pack, read.record.pack) };
}

/**
 * Installs an analysed file. Refuses unless its status is new, update or older. The identity
 * check runs again inside the write transaction, so two tabs cannot install different files
 * under one id and version; the same file installed meanwhile is simply returned.
 */
export async function installPack(analysis: ImportAnalysis): Promise<InstalledPack> {
  const { status, pack } = analysis;
  if (!pack || (status !== 'new' && status !== 'update' && status !== 'older')) {
    throw new LibraryError({ code: 'not-installable', status });
  }
  // The analysis is the caller's object: hash the bytes that will really be stored.
  const sha256 = await sha256Hex(analysis.bytes);
  const record = packRecord({
    pack,
    bytes: analysis.bytes,
    sha256,
    origin: 'file',
    fileName: analysis.fileName,
  });
  return putIfAbsent(record);
}
