import nq04 from '@/forms/nq04-27.json';
import { type Pack, packSchema } from '../pack/schema';
import { getPack, putPack } from '../storage/packs';

/** Packs shipped inside the extension. Their full validation runs in the test suite. */
const BUILTIN_PACKS: readonly Pack[] = [packSchema.parse(nq04)];

/** Installs each built-in pack version the database doesn't have yet; older versions stay. */
export async function ensureBuiltinPacks(): Promise<void> {
  for (const pack of BUILTIN_PACKS) {
    if (!(await getPack(pack.id, pack.version))) await putPack(pack, 'builtin');
  }
}
