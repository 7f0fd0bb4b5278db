import type { LocalizedText } from '../pack/schema';
import { getPack } from '../storage/packs';
import { listResponses } from '../storage/responses';
import { type FlaggedGroup, flaggedItems } from './flagged-items';

export interface LatestResult {
  responseId: string;
  formTitle: LocalizedText;
  completedAt: number;
  groups: FlaggedGroup[];
}

/**
 * The member's most recent completed review of a form with an indicator (the 27 items, or
 * any pack that declares one), with what they marked: the month's self-criticism needs it.
 */
export async function latestIndicatorResult(): Promise<LatestResult | undefined> {
  const completed = (await listResponses())
    .filter((response) => response.status === 'completed')
    .sort((a, b) => (b.completedAt ?? b.updatedAt) - (a.completedAt ?? a.updatedAt));
  for (const response of completed) {
    const form = (await getPack(response.packId, response.packVersion))?.pack.forms.find(
      (candidate) => candidate.id === response.formId,
    );
    if (!form?.aggregate.indicator) continue;
    return {
      responseId: response.id,
      formTitle: form.title,
      completedAt: response.completedAt ?? response.updatedAt,
      groups: flaggedItems(form, response.data),
    };
  }
  return undefined;
}
