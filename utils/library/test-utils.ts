import type { Pack } from '../pack/schema';
import { parsedPackWith } from '../pack/testing/packs';
import type { PackOrigin } from '../storage/types';
import { LibraryError } from './errors';
import { sha256Hex } from './identity';
import { packRecord, putIfAbsent } from './records';

/** The one valid base pack every library test builds its files from, envelope fields overridden. */
export function validPack(overrides: Partial<Pack> = {}): Pack {
  return parsedPackWith((pack) => ({ ...pack, ...overrides }));
}

/** The pack with the question `name` taken out of every page of its first form. */
export function withoutQuestion(pack: Pack, name: string): Pack {
  const copy = structuredClone(pack);
  const pages = copy.forms[0]?.survey.pages as Array<{ elements: Array<{ name: string }> }>;
  for (const page of pages) page.elements = page.elements.filter((e) => e.name !== name);
  return copy;
}

/** A pack file's bytes; a different `indent` gives other bytes for the same content. */
export function packFile(overrides: Partial<Pack> = {}, indent = 2): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(validPack(overrides), null, indent)}\n`);
}

/** A pack file's bytes as an author would save them. */
export function fileBytes(pack: Pack, indent = 2): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(pack, null, indent)}\n`);
}

/** Installs a pack (already valid) as if imported from a file, without the validation pipeline. */
export async function installForTest(pack: Pack, origin: PackOrigin = 'file', indent = 2) {
  const bytes = fileBytes(pack, indent);
  return putIfAbsent(packRecord({ pack, bytes, sha256: await sha256Hex(bytes), origin }));
}

/** The LibraryError the promise rejects with; fails the test on success or another error. */
export async function refusal(promise: Promise<unknown>): Promise<LibraryError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof LibraryError)) throw new Error(`expected a LibraryError, got ${error}`);
  return error;
}
