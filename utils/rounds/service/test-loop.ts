/** Profiles and members for the service tests: each profile is its own in-memory IndexedDB. */
import { IDBFactory } from 'fake-indexeddb';
import { ensureBuiltinPacks } from '../../packs/builtin';
import { setIdbFactoryForTests } from '../../storage/db';
import { getResponse, saveResponse } from '../../storage/responses';
import { roundCandidates } from './secretary';
import type { CreateRoundInput } from './types';

export const PASSPHRASE = 'ngựa ô qua cầu 2026';

/** A browser profile: switching to it points the storage layer at its database. */
export function profile(): { use: () => Promise<void> } {
  const factory = new IDBFactory();
  return { use: () => setIdbFactoryForTests(factory) };
}

export async function builtinRoundInput(
  fields: Partial<CreateRoundInput> = {},
): Promise<CreateRoundInput> {
  await ensureBuiltinPacks();
  const candidate = (await roundCandidates()).find((item) => item.pack.id === 'nq04-27');
  if (!candidate) throw new Error('built-in pack missing');
  return {
    packKey: candidate.packKey,
    formId: candidate.formId,
    label: 'Tự soi lần 1 — Quý IV/2026',
    cellName: 'Chi bộ Khu phố 4',
    expectedMembers: 8,
    series: { label: 'Tự soi 27 biểu hiện' },
    mode: { kind: 'exact', k: 5 },
    passphrase: PASSPHRASE,
    ...fields,
  };
}

const NAMES = [
  ...Array.from({ length: 9 }, (_, index) => `tt${index + 1}`),
  ...Array.from({ length: 9 }, (_, index) => `dd${index + 1}`),
  ...Array.from({ length: 9 }, (_, index) => `tdb${index + 1}`),
];

/** 27 answers: "khong" everywhere except the ones given, plus a remedy text that must never leave. */
export function answers(marked: Record<string, 'co' | 'mot-phan'> = {}): Record<string, unknown> {
  const data: Record<string, unknown> = Object.fromEntries(
    NAMES.map((name) => [name, marked[name] ?? 'khong']),
  );
  for (const name of Object.keys(marked)) data[`${name}-khac-phuc`] = 'Tôi, Nguyễn Văn A, sẽ sửa';
  return data;
}

export async function complete(responseId: string, data: Record<string, unknown>): Promise<void> {
  const current = await getResponse(responseId);
  if (!current) throw new Error('no response');
  const saved = await saveResponse(
    responseId,
    { data, currentPage: 0, status: 'completed', progress: { answered: 27, total: 27 } },
    current.revision,
  );
  if (!saved.ok) throw new Error(saved.reason);
}
