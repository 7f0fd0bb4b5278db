import type { Locale } from '../i18n/types';
import type { LocalizedText } from '../pack/schema';
import { getPack, packKey } from '../storage/packs';
import { latestResponse, listResponses } from '../storage/responses';
import type { InstalledPack, ResponseRecord } from '../storage/types';
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
  // Many responses share one pack version: read (and validate) each pack once.
  const packs = new Map<string, ReturnType<typeof getPack>>();
  const packOf = ({ packId, packVersion }: ResponseRecord) => {
    const key = packKey(packId, packVersion);
    let pack = packs.get(key);
    if (!pack) {
      pack = getPack(packId, packVersion);
      packs.set(key, pack);
    }
    return pack;
  };
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

/** "01:16, 22/11/2026" (vi) or "22/11/2026, 01:16" (en): all digits, easy for older eyes. */
export function formatDateTime(timestamp: number, locale: Locale): string {
  const tag = locale === 'vi' ? 'vi-VN' : 'en-GB';
  const date = new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hour12: false });
  return locale === 'vi'
    ? `${time.format(timestamp)}, ${date.format(timestamp)}`
    : `${date.format(timestamp)}, ${time.format(timestamp)}`;
}
