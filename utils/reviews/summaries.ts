import type { Locale } from '../i18n/types';
import type { LocalizedText } from '../pack/schema';
import { getPack } from '../storage/packs';
import { latestResponse, listResponses } from '../storage/responses';
import type { ResponseRecord } from '../storage/types';

/** A response with the titles a list needs; titles come from the pack version it was started on. */
export interface ReviewSummary {
  response: ResponseRecord;
  packTitle: LocalizedText;
  formTitle: LocalizedText;
}

export async function listReviewSummaries(): Promise<ReviewSummary[]> {
  const responses = await listResponses();
  const summaries = await Promise.all(responses.map(summarise));
  return summaries.filter((summary) => summary !== undefined);
}

export async function latestReviewSummary(): Promise<ReviewSummary | undefined> {
  const response = await latestResponse();
  return response && summarise(response);
}

async function summarise(response: ResponseRecord): Promise<ReviewSummary | undefined> {
  const installed = await getPack(response.packId, response.packVersion);
  const form = installed?.pack.forms.find((candidate) => candidate.id === response.formId);
  if (!installed || !form) return undefined;
  return { response, packTitle: installed.pack.title, formTitle: form.title };
}

export function formatDateTime(timestamp: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(timestamp);
}
