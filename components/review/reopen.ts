import { getResponse, saveResponse } from '@/utils/storage/responses';

/** Turns a completed response back into a draft so the member can change answers. */
export async function reopenResponse(id: string): Promise<void> {
  const record = await getResponse(id);
  if (!record || record.status === 'draft') return;
  const { data, currentPage, progress, revision } = record;
  await saveResponse(id, { data, currentPage, progress, status: 'draft' }, revision);
}
