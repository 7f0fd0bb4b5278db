import type { Locale } from '../i18n/types';
import type { LocalizedText } from '../pack/schema';
import { getPack, packKey } from '../storage/packs';
import { latestResponse, listResponses } from '../storage/responses';
import type { InstalledPack, ResponseRecord } from '../storage/types';

/** A response with the titles a list needs; titles come from the pack version it was started on. */
export interface ReviewSummary {
  response: ResponseRecord;
  packTitle: LocalizedText;
  formTitle: LocalizedText;
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
  const summaries = await Promise.all(
    responses.map(async (response) => summarise(response, await packOf(response))),
  );
  return summaries.filter((summary) => summary !== undefined);
}

export async function latestReviewSummary(): Promise<ReviewSummary | undefined> {
  const response = await latestResponse();
  return response && summarise(response, await getPack(response.packId, response.packVersion));
}

function summarise(
  response: ResponseRecord,
  installed: InstalledPack | undefined,
): ReviewSummary | undefined {
  const form = installed?.pack.forms.find((candidate) => candidate.id === response.formId);
  if (!installed || !form) return undefined;
  return { response, packTitle: installed.pack.title, formTitle: form.title };
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
