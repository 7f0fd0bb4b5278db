import { updateResponse } from '../storage/responses';
import type { ResponseRecord } from '../storage/types';
import { withLabel } from './review-labels';

/**
 * Names a review (empty: back to the default). Written in one transaction over the stored
 * record without a new revision: an answer save racing it keeps the name, the name keeps the
 * answers, and no open tab sees a conflict over a name.
 */
export function renameResponse(id: string, input: string): Promise<ResponseRecord | undefined> {
  return updateResponse(id, (current) => withLabel(current, input));
}
