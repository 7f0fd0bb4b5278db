// Named imports of `id` and `version` only: the bundle keeps these two strings of each file, and
// the file itself is loaded (`load`) only when it must be installed.
import { id as registrationId, version as registrationVersion } from '@/forms/dang-ky-cam-ket.json';
import { id as annualId, version as annualVersion } from '@/forms/kiem-diem-2025.json';
import { id as nq04Id, version as nq04Version } from '@/forms/nq04-27.json';
import { id as qd207Id, version as qd207Version } from '@/forms/qd207-19-dieu.json';
import { getPack, packKey } from '../storage/packs';

/** A pack shipped inside the extension. Its full validation runs in the test suite. */
export interface BuiltinPack {
  id: string;
  version: string;
  /** The shipped file as text, so the stored bytes are exactly the file (Vite's `?raw`). */
  load: () => Promise<string>;
}

const text = (module: { default: string }) => module.default;

/** In the order the home page offers them: the 27 items first. */
export const BUILTIN_PACKS: readonly BuiltinPack[] = [
  { id: nq04Id, version: nq04Version, load: () => import('@/forms/nq04-27.json?raw').then(text) },
  {
    id: annualId,
    version: annualVersion,
    load: () => import('@/forms/kiem-diem-2025.json?raw').then(text),
  },
  {
    id: registrationId,
    version: registrationVersion,
    load: () => import('@/forms/dang-ky-cam-ket.json?raw').then(text),
  },
  {
    id: qd207Id,
    version: qd207Version,
    load: () => import('@/forms/qd207-19-dieu.json?raw').then(text),
  },
];

/** Ids of the built-in packs in the order the home page offers them. */
export const BUILTIN_PACK_ORDER: readonly string[] = BUILTIN_PACKS.map(({ id }) => id);

/** Keys (`id@version`) of the built-in versions this build ships. */
export const BUILTIN_PACK_KEYS: ReadonlySet<string> = new Set(
  BUILTIN_PACKS.map(({ id, version }) => packKey(id, version)),
);

/**
 * Installs each built-in pack version the database doesn't have yet; older versions stay.
 * A record the data migration gave reconstructed bytes gets the shipped file's bytes back when
 * its content is the same. A key taken by another file (or an unreadable record) is left alone.
 * On an ordinary start every version is there already: no file is loaded, nothing is parsed.
 */
export async function ensureBuiltinPacks(): Promise<void> {
  for (const builtin of BUILTIN_PACKS) {
    const existing = await getPack(builtin.id, builtin.version);
    if (existing && !(existing.bytesReconstructed && existing.origin === 'builtin')) continue;
    // The pack schema (classic zod) and the file: only for a first start or a new version.
    const { installBuiltin } = await import('./builtin-install');
    await installBuiltin(await builtin.load(), existing);
  }
}
