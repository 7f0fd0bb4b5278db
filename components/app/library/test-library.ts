/** One valid base pack and an in-memory library service for the library view's tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import type {
  DraftMovePlan,
  ImportAnalysis,
  InstalledPack,
  UnreadablePackRecord,
} from '@/utils/library';
import type { PackDiff } from '@/utils/pack/diff';
import type { PackIssue } from '@/utils/pack/issues';
import type { Pack } from '@/utils/pack/schema';
import type { ResponseRecord } from '@/utils/storage/types';
import type { LibraryServices } from './services';

const BASE: Pack = JSON.parse(
  readFileSync(resolve('tests/fixtures/packs/valid.json'), 'utf8'),
) as Pack;

/** The base pack with top-level fields replaced. */
export function packWith(overrides: Partial<Pack> = {}): Pack {
  return { ...structuredClone(BASE), ...overrides };
}

export function installed(pack: Pack, fields: Partial<InstalledPack> = {}): InstalledPack {
  return {
    key: `${pack.id}@${pack.version}`,
    id: pack.id,
    version: pack.version,
    origin: 'file',
    installedAt: Date.UTC(2026, 10, 20, 8, 30),
    fileName: `${pack.id}-${pack.version}.json`,
    bytes: new TextEncoder().encode(JSON.stringify(pack)),
    sha256: 'ab'.repeat(32),
    pack,
    ...fields,
  };
}

export function analysis(fields: Partial<ImportAnalysis> & Pick<ImportAnalysis, 'status'>) {
  const bytes = fields.bytes ?? new TextEncoder().encode(JSON.stringify(fields.pack ?? {}));
  return {
    fileName: 'goi.json',
    bytes,
    sha256: 'cd'.repeat(32),
    issues: [] as PackIssue[],
    ...fields,
  } satisfies ImportAnalysis;
}

export function response(fields: Partial<ResponseRecord> = {}): ResponseRecord {
  return {
    id: 'r-1',
    packId: BASE.id,
    packVersion: BASE.version,
    formId: BASE.forms[0]?.id ?? '',
    data: {},
    currentPage: 0,
    status: 'draft',
    progress: { answered: 1, total: 5 },
    createdAt: Date.UTC(2026, 10, 21, 1, 0),
    updatedAt: Date.UTC(2026, 10, 21, 2, 15),
    revision: 2,
    ...fields,
  };
}

export const emptyDiff = (from: string, to: string): PackDiff => ({
  id: BASE.id,
  fromVersion: from,
  toVersion: to,
  forms: [],
});

/**
 * A library service over a list in memory: `analyses` answers analyseImport by file name,
 * installing adds the analysed pack, removing is refused while `dependents` has entries.
 */
export function fakeServices(
  state: {
    packs?: InstalledPack[];
    analyses?: Record<string, ImportAnalysis>;
    dependents?: ResponseRecord[];
    offer?: { target: InstalledPack; plan: DraftMovePlan };
    unreadable?: UnreadablePackRecord[];
  } = {},
) {
  const packs = [...(state.packs ?? [])];
  const services = {
    analyseImport: vi.fn(async (fileName: string, bytes: Uint8Array) => {
      const found = state.analyses?.[fileName];
      if (!found) throw new Error(`no analysis for ${fileName}`);
      const pack = found.pack;
      const same = pack && packs.find((p) => p.key === `${pack.id}@${pack.version}`);
      return same && found.status !== 'invalid'
        ? { ...found, bytes, status: 'installed' as const, installed: { sha256: found.sha256 } }
        : { ...found, bytes };
    }),
    installPack: vi.fn(async (found: ImportAnalysis) => {
      if (!found.pack) throw new Error('invalid');
      const record = installed(found.pack, { fileName: found.fileName, bytes: found.bytes });
      packs.unshift(record);
      return record;
    }),
    listLibrary: vi.fn(async () => ({ packs: [...packs], unreadable: state.unreadable ?? [] })),
    dependentResponses: vi.fn(async () => [...(state.dependents ?? [])]),
    removePack: vi.fn(async (id: string, version: string) => {
      if ((state.dependents ?? []).length > 0) {
        return {
          removed: false as const,
          dependents: [...(state.dependents ?? [])],
          unreadableDependents: 0,
        };
      }
      packs.splice(
        packs.findIndex((p) => p.id === id && p.version === version),
        1,
      );
      return { removed: true as const };
    }),
    exportPack: vi.fn(async (id: string, version: string) => {
      const found = packs.find((p) => p.id === id && p.version === version);
      if (!found) throw new Error('missing');
      return { fileName: found.fileName ?? 'pack.json', bytes: found.bytes };
    }),
    draftMoveOffer: vi.fn(async (_responseId: string) => state.offer),
    moveDraft: vi.fn(async (responseId: string, targetVersion: string) =>
      response({ id: `${responseId}-moved`, packVersion: targetVersion }),
    ),
  } satisfies LibraryServices;
  return { services, packs };
}
