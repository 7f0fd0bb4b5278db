import type { Locale } from '../i18n/types';
import type { LocalizedText } from '../pack/schema';
import { getPack, packReader } from '../storage/packs';
import { latestResponse, latestResponses, listResponses } from '../storage/responses';
import type { InstalledPack, ResponseRecord } from '../storage/types';
import { formatDay, pad } from './format-day';
import { reviewOrdinals } from './review-labels';

/** A response with the titles a list needs; titles come from the pack version it was started on. */
export interface ReviewSummary {
  response: ResponseRecord;
  packTitle: LocalizedText;
  formTitle: LocalizedText;
  /** Its number among the member's reviews of the same form, for the default name. */
  ordinal: number;
}

export async function listReviewSummaries(): Promise<ReviewSummary[]> {
  const responses = await listResponses();
  const readPack = packReader();
  const packOf = ({ packId, packVersion }: ResponseRecord) => readPack(packId, packVersion);
  const ordinals = reviewOrdinals(responses);
  const summaries = await Promise.all(
    responses.map(async (response) => summarise(response, await packOf(response), ordinals)),
  );
  return summaries.filter((summary) => summary !== undefined);
}

export async function latestReviewSummary(): Promise<ReviewSummary | undefined> {
  const response = await latestResponse();
  if (!response) return undefined;
  // Its number needs the other reviews' creation times (records only, no survey library).
  const ordinals = reviewOrdinals(await listResponses());
  return summarise(response, await getPack(response.packId, response.packVersion), ordinals);
}

/** The newest drafts (at most `count`) with their titles, for the popup's "Tiếp tục" list. */
export async function latestDraftSummaries(count: number): Promise<ReviewSummary[]> {
  const drafts = await latestResponses(count, (response) => response.status === 'draft');
  const ordinals = reviewOrdinals(await listResponses());
  const summaries = await Promise.all(
    drafts.map(async (response) =>
      summarise(response, await getPack(response.packId, response.packVersion), ordinals),
    ),
  );
  return summaries.filter((summary) => summary !== undefined);
}

function summarise(
  response: ResponseRecord,
  installed: InstalledPack | undefined,
  ordinals: ReadonlyMap<string, number>,
): ReviewSummary | undefined {
  const form = installed?.pack.forms.find((candidate) => candidate.id === response.formId);
  if (!installed || !form) return undefined;
  return {
    response,
    packTitle: installed.pack.title,
    formTitle: form.title,
    ordinal: ordinals.get(response.id) ?? 1,
  };
}

/** "01:16, 22/11/2026" (vi) or "22 Nov 2026, 01:16" (en), 24-hour time. */
export function formatDateTime(timestamp: number, locale: Locale): string {
  const at = new Date(timestamp);
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const day = formatDay(at.getFullYear(), at.getMonth(), at.getDate(), locale);
  return locale === 'vi' ? `${time}, ${day}` : `${day}, ${time}`;
}
