import type { Locale } from '../i18n/types';
import type { LocalizedText } from '../pack/schema';
import { getPack, packKey } from '../storage/packs';
import { latestResponse, latestResponses, listResponses } from '../storage/responses';
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

/** The newest drafts (at most `count`) with their titles, for the popup's "Tiếp tục" list. */
export async function latestDraftSummaries(count: number): Promise<ReviewSummary[]> {
  const drafts = await latestResponses(count, (response) => response.status === 'draft');
  const summaries = await Promise.all(
    drafts.map(async (response) =>
      summarise(response, await getPack(response.packId, response.packVersion)),
    ),
  );
  return summaries.filter((summary) => summary !== undefined);
}

function summarise(
  response: ResponseRecord,
  installed: InstalledPack | undefined,
): ReviewSummary | undefined {
  const form = installed?.pack.forms.find((candidate) => candidate.id === response.formId);
  if (!installed || !form) return undefined;
  return { response, packTitle: installed.pack.title, formTitle: form.title };
}

// Fixed names: ICU versions differ ("Sep" or "Sept"), and the tests pin the exact text.
const EN_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * "01/12/2026" (vi: digits, as on Vietnamese documents) or "1 Dec 2026" (en: a month name, since
 * "01/12" reads as 1 December or 12 January depending on the reader). `month` counts from 0.
 */
export function formatDay(year: number, month: number, day: number, locale: Locale): string {
  return locale === 'vi'
    ? `${pad(day)}/${pad(month + 1)}/${year}`
    : `${day} ${EN_MONTHS[month]} ${year}`;
}

/** "01:16, 22/11/2026" (vi) or "22 Nov 2026, 01:16" (en), 24-hour time. */
export function formatDateTime(timestamp: number, locale: Locale): string {
  const at = new Date(timestamp);
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const day = formatDay(at.getFullYear(), at.getMonth(), at.getDate(), locale);
  return locale === 'vi' ? `${time}, ${day}` : `${day}, ${time}`;
}
