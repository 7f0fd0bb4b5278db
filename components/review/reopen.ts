import { cancelledReopen, reopenedRecord } from '@/utils/storage/response-history';
import { updateResponse } from '@/utils/storage/responses';
import type { ResponseRecord } from '@/utils/storage/types';

/**
 * Turns a completed response back into a draft so the member can change answers; its
 * completion time is kept in the record's history, and the way back is kept until an answer
 * changes.
 */
export async function reopenResponse(id: string): Promise<void> {
  await updateResponse(id, (record) => reopenedRecord(record, Date.now()));
}

/**
 * "Hủy sửa": the reopened response completed again exactly as it was. Undefined when that is
 * no longer possible (an answer was changed since, here or in another tab).
 */
export function cancelReopen(id: string): Promise<ResponseRecord | undefined> {
  return updateResponse(id, cancelledReopen);
}
