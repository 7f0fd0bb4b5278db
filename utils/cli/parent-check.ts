import { readFile } from 'node:fs/promises';
import type { PackValidationResult } from '../pack/issues';
import type { Bilingual } from '../pack/messages';
import { parentMappingIssues } from '../pack/rules/parent-mapping';
import type { Pack } from '../pack/schema';
import { validatePackBytes } from '../pack/validate';

/** The built-in pack a finer pack is most likely mapped onto; read only when needed. */
const BUILTIN = new URL('../../forms/nq04-27.json', import.meta.url);

export interface CheckedFile {
  file: string;
  result: PackValidationResult;
  /** Said once under the file's report; not an error. */
  notes: Bilingual[];
}

/**
 * For each valid pack with a `parent`, checks the mapping against that parent when it is one
 * of the files given (same id and version) or the built-in pack; otherwise adds a note that
 * the parent could not be checked. A mapping issue makes the child pack invalid.
 */
export async function withParentChecks(
  checked: ReadonlyArray<Omit<CheckedFile, 'notes'>>,
): Promise<CheckedFile[]> {
  const given = checked.flatMap(({ result }) => (result.ok ? [result.pack] : []));
  let builtin: Promise<Pack | undefined> | undefined;
  const findParent = async ({ id, version }: { id: string; version: string }) => {
    const matches = (pack: Pack | undefined) => pack?.id === id && pack.version === version;
    const found = given.find(matches);
    if (found) return found;
    builtin ??= readBuiltin();
    const fallback = await builtin;
    return matches(fallback) ? fallback : undefined;
  };
  return Promise.all(
    checked.map(async ({ file, result }) => {
      const wanted = result.ok ? result.pack.parent : undefined;
      if (!result.ok || !wanted) return { file, result, notes: [] };
      const label = `${wanted.id}@${wanted.version}`;
      const parent = await findParent(wanted);
      if (!parent) return { file, result, notes: [uncheckedNote(label)] };
      const issues = parentMappingIssues(result.pack, parent);
      return { file, result: issues.length === 0 ? result : { ok: false, issues }, notes: [] };
    }),
  );
}

function uncheckedNote(label: string): Bilingual {
  return {
    vi: `Chưa kiểm tra được ánh xạ tới gói cha ${label}: gói đó không nằm trong các tệp được kiểm tra. Hãy thêm tệp của gói cha vào lệnh để kiểm tra cả ánh xạ.`,
    en: `The mapping onto the parent pack ${label} was not checked: that pack is not among the files given. Add the parent's file to the command to check the mapping too.`,
  };
}

async function readBuiltin(): Promise<Pack | undefined> {
  try {
    const result = validatePackBytes(await readFile(BUILTIN));
    return result.ok ? result.pack : undefined;
  } catch {
    return undefined;
  }
}

/** A note as the CLI prints it, under the file's report. */
export function formatNote(note: Bilingual): string {
  return `  ! ${note.vi}\n    (en) ${note.en}`;
}
