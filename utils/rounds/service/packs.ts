import { localizedOf } from '../../pack/form-questions';
import type { LocalizedText, PackForm } from '../../pack/schema';
import { getPack } from '../../storage/packs';
import type { InstalledPack } from '../../storage/types';
import { roundShape } from '../shape';
import type { PackRef, RoundShape } from '../types';
import { RoundError } from './errors';

/** The installed pack version a round uses, checked by hash: another file is "missing". */
export async function roundPack(
  pack: PackRef,
  formId: string,
): Promise<{ installed: InstalledPack; form: PackForm; shape: RoundShape }> {
  const installed = await getPack(pack.id, pack.version);
  const form = installed?.pack.forms.find((candidate) => candidate.id === formId);
  if (!installed || installed.sha256 !== pack.sha256 || !form) {
    throw new RoundError({ code: 'pack-missing', pack: `${pack.id} ${pack.version}` });
  }
  return { installed, form, shape: roundShape(form) };
}

export function packRefOf(installed: InstalledPack): PackRef {
  return { id: installed.id, version: installed.version, sha256: installed.sha256 };
}

/** Titles for lists, from the installed pack when there is one. */
export async function roundTitles(
  pack: PackRef,
  formId: string,
): Promise<{ packTitle: LocalizedText; formTitle: LocalizedText }> {
  const installed = await getPack(pack.id, pack.version);
  const form = installed?.pack.forms.find((candidate) => candidate.id === formId);
  return {
    packTitle: installed?.pack.title ?? localizedOf(pack.id) ?? { vi: pack.id },
    formTitle: form?.title ?? { vi: formId },
  };
}
