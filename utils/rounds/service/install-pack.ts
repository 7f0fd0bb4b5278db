import { analyseImport, installPack } from '../../library';
import type { Pack } from '../../pack/schema';
import type { PackRef } from '../types';
import { RoundError } from './errors';

/**
 * The pack carried by an invitation or key backup, checked like any imported pack file.
 * `install` makes it available unless this very file is installed already.
 */
export async function carriedPack(
  pack: PackRef & { bytes: Uint8Array },
): Promise<{ pack: Pack; installed: boolean; install: () => Promise<void> }> {
  const name = `${pack.id} ${pack.version}`;
  const analysis = await analyseImport(`${pack.id}-${pack.version}.json`, pack.bytes);
  if (analysis.status === 'conflict') {
    throw new RoundError({ code: 'invitation-pack-conflict', pack: name });
  }
  if (analysis.status === 'invalid' || !analysis.pack) {
    throw new RoundError({ code: 'invitation-pack-invalid', pack: name });
  }
  const installed = analysis.status === 'installed';
  return {
    pack: analysis.pack,
    installed,
    install: async () => {
      if (!installed) await installPack(analysis);
    },
  };
}
